/**
 * The reference gateway survives any frame (issue 18, point 5): every frame gets an `error`
 * reply, an answer, silence (audio, empty text) or a protocol close (1007 invalid UTF-8, 1009 too
 * large), never a crash, and the gateway goes on serving. Property-based with fast-check: the
 * frame parser on thousands of inputs, then a running gateway fed random frames. The seed is
 * random per run and printed; HAL_FUZZ_SEED=<n> replays one. Plus the 23-byte frame that used to
 * kill the process, and the guards behind the parser: a failing handler answers `error` with a
 * Python traceback in the log, and an exception that escapes everything never ends the process.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { HalClient } from "../../harness/probes/hal-client.ts";
import { parseFrame } from "../../reference-impl/gateway/protocol.ts";
import { keepServingOnUncaught } from "../../reference-impl/gateway/traceback.ts";
import { frameText, protocolObject, type WireFrame, wireFrame } from "./support/frames.ts";
import { type RecordingGateway, recordingGateway } from "./support/gateway.ts";
import { spawnGateway } from "./support/gateway-process.ts";

const SEED = Number(process.env.HAL_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const LIMIT = 64 * 1024; // tests/unit/support/gateway.ts
const REGRESSION = '{"type":{"toString":1}}';

describe("frames from anyone (fast-check; the seed is in each test's diagnostics)", () => {
  test("parseFrame never throws, and every failure is a short error text", (t) => {
    t.diagnostic(`seed ${SEED}: replay with HAL_FUZZ_SEED=${SEED}`);
    fc.assert(
      fc.property(frameText, (raw) => {
        const parsed = parseFrame(raw);
        if (parsed.ok) assert.ok(parsed.message.type === "text_input" || parsed.message.type === "audio_stream");
        else assert.ok(typeof parsed.error === "string" && parsed.error.length <= 230, parsed.error.slice(0, 300));
        assert.doesNotThrow(() => JSON.stringify(parsed));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  test("an object whose type is neither text_input nor audio_stream is answered `Unknown type: ...`", (t) => {
    t.diagnostic(`seed ${SEED}`);
    fc.assert(
      fc.property(protocolObject, (raw) => {
        const parsed = parseFrame(raw);
        const type = (JSON.parse(raw) as Record<string, unknown>).type;
        if (type !== "text_input" && type !== "audio_stream") assert.ok(!parsed.ok && parsed.error.startsWith("Unknown type: "), raw);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  describe("a running gateway", () => {
    let gw: RecordingGateway;
    const escaped: unknown[] = [];
    const record = (err: unknown) => escaped.push(err);
    before(async () => {
      process.on("unhandledRejection", record).on("uncaughtException", record);
      gw = await recordingGateway();
    });
    after(async () => {
      process.off("unhandledRejection", record).off("uncaughtException", record);
      await gw.close();
    });

    test("answers every random frame in order, closes only for invalid UTF-8 (1007) or size (1009), then serves a new client", async (t) => {
      let connections = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(wireFrame(LIMIT), { minLength: 1, maxLength: 15 }), async (frames) => {
          let c = await HalClient.connect(gw.url);
          let expected: string[] = [];
          connections += 1;
          for (const frame of frames) {
            const closes = closeCode(frame);
            const closed = closes ? new Promise<number>((resolve) => c.ws.once("close", resolve)) : undefined;
            send(c, frame);
            if (closed) {
              assert.equal(await closed, closes, `${frame.kind} frame`);
              c = await HalClient.connect(gw.url);
              expected = [];
              connections += 1;
            } else expected.push(...expectedErrors(frame));
          }
          // In order: once the sentinel's error is back, every earlier frame has had its reply.
          const sentinel = c.next((f) => f.type === "error" && f.data?.message === "Unknown type: sentinel", 5000, "the sentinel's error");
          c.sendRaw('{"type":"sentinel"}');
          await sentinel;
          const errors = c.frames.filter((f) => f.type === "error").map((f) => String(f.data?.message));
          assert.deepEqual(errors, [...expected, "Unknown type: sentinel"]);
          await c.close();
        }),
        { seed: SEED, numRuns: 40 },
      );
      t.diagnostic(`seed ${SEED}; 40 runs, ${connections} connections`);
      const fresh = await HalClient.connect(gw.url);
      assert.equal((await fresh.ask("hello")).frame.type, "response");
      await fresh.close();
      assert.deepEqual(gw.err, [], "bad input is the client's error, never a traceback of the gateway");
      assert.deepEqual(escaped, [], "no exception escaped the gateway");
    });
  });
});

function closeCode(frame: WireFrame): number | undefined {
  if (frame.kind === "bad-utf8") return 1007;
  if (frame.kind === "oversized" || (frame.kind === "text" && Buffer.byteLength(frame.data) > LIMIT)) return 1009;
  return undefined;
}

function send(c: HalClient, frame: WireFrame): void {
  if (frame.kind === "text") c.ws.send(frame.data);
  else if (frame.kind === "binary") c.ws.send(frame.data, { binary: true });
  else if (frame.kind === "bad-utf8") c.ws.send(frame.data, { binary: false });
  else c.ws.send("x".repeat(frame.bytes));
}

/** The `error` messages a frame that keeps the socket open must get: HAL's texts, one per bad frame. */
function expectedErrors(frame: WireFrame): string[] {
  if (frame.kind === "binary") return ["Invalid JSON"];
  if (frame.kind !== "text") return [];
  // What arrives is the frame's UTF-8, so lone surrogates arrive as U+FFFD.
  const parsed = parseFrame(Buffer.from(frame.data).toString());
  return parsed.ok ? [] : [parsed.error];
}

describe("the 23-byte frame of issue 18", () => {
  test(`${REGRESSION} is answered "Unknown type: {'toString': 1}" and the gateway process lives on`, async () => {
    assert.equal(Buffer.byteLength(REGRESSION), 23);
    const gw = await spawnGateway();
    try {
      const c = await HalClient.connect(gw.url);
      const reply = c.next((f) => f.type === "error", 5000, "an error for the frame");
      c.sendRaw(REGRESSION);
      assert.equal((await reply).data?.message, "Unknown type: {'toString': 1}");
      const other = await HalClient.connect(gw.url);
      assert.equal((await other.ask("hello")).frame.type, "response");
      assert.equal((await c.ask("hello")).frame.type, "response", "the sender is served too");
      assert.ok(gw.running(), "the gateway process is still running");
      assert.deepEqual(
        gw.err.filter((l) => l.startsWith("Traceback")),
        [],
      );
      await Promise.all([c.close(), other.close()]);
    } finally {
      await gw.stop();
    }
  });
});

describe("guards behind the parser", () => {
  test("an exception while handling a message: a Python traceback, an `error` reply, and the session and others go on", async () => {
    const gw = await recordingGateway({}, (line) => {
      if (line.startsWith("[Router] Intent")) throw new TypeError("'NoneType' object is not callable");
    });
    try {
      const c = await HalClient.connect(gw.url);
      const { frame } = await c.ask("hello");
      assert.equal(frame.type, "error");
      assert.equal(frame.data?.message, "'NoneType' object is not callable");
      assert.equal(gw.err[0], "Traceback (most recent call last):");
      assert.equal(gw.err.at(-1), "TypeError: 'NoneType' object is not callable");
      const unknown = c.next((f) => f.type === "error", 2000, "an error for an unknown type");
      c.send({ type: "dance" });
      assert.equal((await unknown).data?.message, "Unknown type: dance", "the same session is still served");
      const other = await HalClient.connect(gw.url);
      assert.match(other.sessionId, /^[0-9a-f-]{36}$/);
      await Promise.all([c.close(), other.close()]);
    } finally {
      await gw.close();
    }
  });

  test("an exception that escapes every handler is logged as asyncio does, and nothing exits", () => {
    const listeners = new Map<string, (err: unknown) => void>();
    const lines: string[] = [];
    keepServingOnUncaught(
      (l) => lines.push(l),
      (event, listener) => listeners.set(event, listener),
    );
    assert.deepEqual([...listeners.keys()], ["uncaughtException", "unhandledRejection"]);
    listeners.get("uncaughtException")?.(new TypeError("Cannot convert object to primitive value"));
    listeners.get("unhandledRejection")?.("boom");
    assert.deepEqual(
      lines.filter((l) => !l.startsWith(" ")),
      [
        "Task exception was never retrieved",
        "Traceback (most recent call last):",
        "TypeError: Cannot convert object to primitive value",
        "Task exception was never retrieved",
        "Traceback (most recent call last):",
        "RuntimeError: boom",
      ],
    );
  });
});
