/**
 * The reference gateway speaks HAL's protocol, survives bad input, logs as the real Python
 * gateway does (HAL_SYSTEM.md: no line per message, tracebacks on errors), and its HAL_GW_*
 * knobs seed the faults the self-test needs while being healthy when unset.
 */
import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import { errorLines } from "../../harness/logs/log-patterns.ts";
import { HalClient } from "../../harness/probes/hal-client.ts";
import { behaviourFromEnv, gatewayOptionsFromEnv } from "../../reference-impl/gateway/config.ts";
import { HEALTHY } from "../../reference-impl/gateway/server.ts";
import { recordingGateway } from "./support/gateway.ts";

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const gateway = recordingGateway;

/** Sends a WebSocket upgrade over plain TCP and resets the connection: `wait` ms later, or once the answer's first bytes arrive. */
function upgradeThenReset(port: number, wait?: number) {
  return new Promise<void>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        "GET / HTTP/1.1\r\nHost: hal\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
      );
      const reset = () => {
        socket.resetAndDestroy();
        resolve();
      };
      if (wait === undefined) socket.once("data", reset);
      else setTimeout(reset, wait);
    });
    socket.on("error", () => resolve());
  });
}

/** Opens a raw socket; resolves with when it opened, and the first message or the close. */
function rawSession(url: string) {
  const ws = new WebSocket(url);
  const started = Date.now();
  const opened = new Promise<number>((resolve, reject) => {
    ws.once("open", () => resolve(Date.now()));
    ws.once("error", reject);
  });
  const first = new Promise<{ at: number; type?: string; closeCode?: number }>((resolve) => {
    ws.once("message", (d) => resolve({ at: Date.now(), type: String(JSON.parse(d.toString()).type) }));
    ws.once("close", (code) => resolve({ at: Date.now(), closeCode: code }));
  });
  return { ws, started, opened, first };
}

describe("reference gateway (healthy)", () => {
  let gw: Awaited<ReturnType<typeof gateway>>;
  before(async () => {
    gw = await gateway();
  });
  after(() => gw.close());

  test("logs its start line and greets each client with a fresh uuid4 session id", async () => {
    assert.match(gw.out[0] ?? "", /^\[VoiceGatewayWeb\] Starting on ws:\/\/127\.0\.0\.1:\d+$/);
    const a = await HalClient.connect(gw.url);
    const b = await HalClient.connect(gw.url);
    assert.match(a.sessionId, UUID4);
    assert.notEqual(a.sessionId, b.sessionId);
    assert.ok(gw.out.includes(`[VoiceGatewayWeb] Client connected: ${a.sessionId}`));
    await Promise.all([a.close(), b.close()]);
  });

  test("answers text_input with processing, then a response with HAL's fields; per question only the router's two lines", async () => {
    const c = await HalClient.connect(gw.url);
    const before = gw.out.length;
    const { frame } = await c.ask("what is 2+2");
    await c.ask("hello");
    assert.deepEqual(
      c.frames.filter((f) => f.dir === "received").map((f) => f.type),
      ["connected", "processing", "response", "processing", "response"],
    );
    assert.match(String(frame.data?.text), /\b4\b/);
    assert.equal(frame.data?.audio, null);
    assert.equal(frame.data?.audio_format, null);
    assert.deepEqual(
      gw.out.slice(before),
      [
        "[Router] Intent: llm (confidence: 0.7)",
        "[Router] Query: what is 2+2...",
        "[Router] Intent: builtin (confidence: 0.95)",
        "[Router] Query: hello...",
      ],
      "HAL's router prints two lines per question; the gateway itself logs nothing per message (no `_handle_message`)",
    );
    await c.close();
  });

  test("answers malformed frames with an error message and keeps serving that and other sessions", async () => {
    const c = await HalClient.connect(gw.url);
    const other = await HalClient.connect(gw.url);
    const invalid = c.next((f) => f.type === "error", 2000, "error for invalid JSON");
    c.sendRaw("{not json");
    assert.equal((await invalid).data?.message, "Invalid JSON");
    const unknown = c.next((f) => f.type === "error", 2000, "error for unknown type");
    c.send({ type: "dance" });
    assert.equal((await unknown).data?.message, "Unknown type: dance");
    const missing = c.next((f) => f.type === "error", 2000, "error for a message without a type");
    c.sendRaw(JSON.stringify({ text: "hello" }));
    assert.equal((await missing).data?.message, "Unknown type: None", "Python's f-string shows a missing type as None");
    const binary = c.next((f) => f.type === "error", 2000, "error for a binary frame");
    c.ws.send(Buffer.from([1, 2, 3]));
    assert.equal((await binary).data?.message, "Invalid JSON");
    assert.equal((await c.ask("hello")).frame.type, "response");
    assert.equal((await other.ask("hello")).frame.type, "response");
    assert.deepEqual(gw.err, [], "bad input is not an error of the gateway");
    await Promise.all([c.close(), other.close()]);
  });

  test("ignores empty text and flags the first audio of an utterance", async () => {
    const c = await HalClient.connect(gw.url);
    c.send({ type: "text_input", text: "   " });
    const wake = c.next((f) => f.type === "wake_word_detected", 2000, "wake word");
    c.send({ type: "audio_stream", audio: new Array(16).fill(0) });
    await wake;
    c.send({ type: "audio_stream", audio: new Array(16).fill(0) });
    const { frame } = await c.ask("goodbye");
    assert.equal(frame.type, "response");
    assert.equal(c.frames.filter((f) => f.type === "wake_word_detected").length, 1);
    assert.equal(c.frames.filter((f) => f.type === "processing").length, 1, "empty text must be ignored");
    await c.close();
  });

  test("logs `Client disconnected` for an abnormal close only", async () => {
    const normal = await HalClient.connect(gw.url);
    await normal.close();
    const dropped = await HalClient.connect(gw.url);
    const logged = gw.logged(`[VoiceGatewayWeb] Client disconnected: ${dropped.sessionId}`);
    dropped.ws.terminate();
    await logged;
    assert.ok(!gw.out.some((l) => l.includes(`Client disconnected: ${normal.sessionId}`)), "a normal close (1000) is not logged");
  });

  test("closes an oversized frame with 1009 and still serves other sessions", async () => {
    const big = await HalClient.connect(gw.url);
    const other = await HalClient.connect(gw.url);
    const closed = new Promise<number>((resolve) => big.ws.once("close", resolve));
    big.sendRaw(JSON.stringify({ type: "text_input", text: "x".repeat(100 * 1024) }));
    assert.equal(await closed, 1009);
    assert.equal((await other.ask("hello")).frame.type, "response");
    await other.close();
  });
});

describe("gateway knobs (HAL_GW_*)", () => {
  test("unset, they are the healthy gateway; bad values are errors naming the variable", () => {
    assert.deepEqual(behaviourFromEnv({}), HEALTHY);
    assert.deepEqual(
      behaviourFromEnv({ HAL_GW_TRACEBACK_ON: "boom", HAL_GW_NO_START_LINE: "1", HAL_GW_FAIL_EVERY: "3", HAL_GW_CONNECTED_DELAY_MS: "5" }),
      { ...HEALTHY, tracebackOn: "boom", noStartLine: true, failEvery: 3, connectedDelayMs: 5 },
    );
    assert.throws(
      () => behaviourFromEnv({ HAL_GW_FAIL_EVERY: "often" }),
      /HAL_GW_FAIL_EVERY must be a whole number >= 0 \(0 = never\), got "often"/,
    );
    assert.throws(() => behaviourFromEnv({ HAL_GW_HANDSHAKE_DELAY_MS: "-5" }), /HAL_GW_HANDSHAKE_DELAY_MS/);
    assert.throws(() => behaviourFromEnv({ HAL_GW_CONNECTED_DELAY_MS: "1.5" }), /HAL_GW_CONNECTED_DELAY_MS/);
    assert.throws(() => behaviourFromEnv({ HAL_GW_NO_START_LINE: "yes" }), /HAL_GW_NO_START_LINE must be 1 or 0, got "yes"/);
    assert.throws(() => gatewayOptionsFromEnv({ PORT: "http" }), /PORT must be a whole number/);
  });

  test("HAL_GW_TRACEBACK_ON: a Python traceback, an `error` message, and the gateway keeps serving", async () => {
    const gw = await gateway({ tracebackOn: "joke" });
    try {
      const c = await HalClient.connect(gw.url);
      const other = await HalClient.connect(gw.url);
      const { frame } = await c.ask("tell me a joke");
      assert.equal(frame.type, "error");
      assert.match(String(frame.data?.message), /joke/);
      assert.equal(gw.err[0], "Traceback (most recent call last):");
      assert.match(gw.err[1] ?? "", /^ {2}File "[^"]+\.py", line \d+, in \w+$/);
      assert.match(gw.err.at(-1) ?? "", /^RuntimeError: could not answer "tell me a joke"$/);
      assert.ok(errorLines(gw.err.map((text) => ({ at: 0, text }))).length >= 2, "the log checks see the traceback");
      assert.equal((await c.ask("hello")).frame.type, "response");
      assert.equal((await other.ask("hello")).frame.type, "response");
      await Promise.all([c.close(), other.close()]);
    } finally {
      await gw.close();
    }
  });

  test("HAL_GW_NO_START_LINE: no start line, and the gateway still serves", async () => {
    const gw = await gateway({ noStartLine: true });
    try {
      assert.ok(!gw.out.some((l) => l.includes("Starting on")));
      const c = await HalClient.connect(gw.url);
      assert.equal((await c.ask("hello")).frame.type, "response");
      await c.close();
    } finally {
      await gw.close();
    }
  });

  test("HAL_GW_HANDSHAKE_DELAY_MS and HAL_GW_CONNECTED_DELAY_MS: slow upgrade, slow `connected`; early frames wait for it", async () => {
    const gw = await gateway({ handshakeDelayMs: 300, connectedDelayMs: 400 });
    try {
      const s = rawSession(gw.url);
      const openedAt = await s.opened;
      assert.ok(openedAt - s.started >= 300, `upgrade took ${openedAt - s.started} ms, expected >= 300`);
      s.ws.send(JSON.stringify({ type: "text_input", text: "hello" }));
      const first = await s.first;
      assert.equal(first.type, "connected", "`connected` comes before the answer to an early question");
      // The gateway starts its 400 ms when the upgrade completes on its side, a moment before the
      // client sees `open`; measured from the client's start, both delays must have passed. libuv
      // rounds timers to whole milliseconds, so allow each delay 1 ms of rounding.
      const sinceStart = first.at - s.started;
      assert.ok(sinceStart >= 300 + 400 - 2, `connected ${sinceStart} ms after the client started, expected >= 700`);
      s.ws.close();
    } finally {
      await gw.close();
    }
  });

  test("a client that resets its upgrade (during a slow handshake, or a rejection) never stops the gateway", async () => {
    const slow = await gateway({ handshakeDelayMs: 200 });
    try {
      await upgradeThenReset(slow.port, 20);
      await new Promise((r) => setTimeout(r, 300));
      const client = await HalClient.connect(slow.url);
      assert.equal((await client.ask("hello")).frame.type, "response");
      await client.close();
    } finally {
      await slow.close();
    }
    const rejecting = await gateway({ rejectUpgradeStatus: 503 });
    try {
      for (let i = 0; i < 20; i++) await upgradeThenReset(rejecting.port, i % 2 ? undefined : 0);
      const s = rawSession(rejecting.url);
      await assert.rejects(s.opened, /Unexpected server response: 503/);
    } finally {
      await rejecting.close();
    }
  });

  test("HAL_GW_FAIL_EVERY: every Nth session is closed (1011) right after the handshake, the others are served", async () => {
    const gw = await gateway({ failEvery: 2 });
    try {
      const first = rawSession(gw.url);
      assert.equal((await first.first).type, "connected");
      const second = rawSession(gw.url);
      await second.opened;
      assert.deepEqual(await second.first.then((f) => f.closeCode), 1011);
      const third = await HalClient.connect(gw.url);
      assert.equal((await third.ask("hello")).frame.type, "response");
      first.ws.close();
      await third.close();
      assert.equal(gw.out.filter((l) => l.includes("Client connected")).length, 2, "the failed session was never connected");
    } finally {
      await gw.close();
    }
  });

  test("HAL_GW_SESSION_IDS: one id shared by every session, or none at all; bad values name the variable", async () => {
    assert.throws(() => behaviourFromEnv({ HAL_GW_SESSION_IDS: "random" }), /HAL_GW_SESSION_IDS must be one of unique, shared, missing/);
    const shared = await gateway({ sessionIds: "shared" });
    const missing = await gateway({ sessionIds: "missing" });
    try {
      const [a, b] = await Promise.all([HalClient.connect(shared.url), HalClient.connect(shared.url)]);
      assert.equal(a.sessionId, b.sessionId);
      assert.match(a.sessionId, UUID4);
      const c = await HalClient.connect(missing.url);
      assert.equal(c.sessionId, "");
      await Promise.all([a.close(), b.close(), c.close()]);
    } finally {
      await Promise.all([shared.close(), missing.close()]);
    }
  });

  test("HAL_GW_BROADCAST_REPLIES: an answer reaches every connected client, not only the one that asked", async () => {
    const gw = await gateway({ broadcastReplies: true });
    try {
      const [asker, bystander] = await Promise.all([HalClient.connect(gw.url), HalClient.connect(gw.url)]);
      const overheard = bystander.next((f) => f.type === "response", 5000, "an answer it did not ask for");
      assert.equal((await asker.ask("what is 2+2")).frame.type, "response");
      assert.match(String((await overheard).data?.text), /4/);
      await Promise.all([asker.close(), bystander.close()]);
    } finally {
      await gw.close();
    }
  });

  test("HAL_GW_SESSION_TRACEBACK: each session's background task logs a Python traceback; the conversation goes on", async () => {
    const gw = await gateway({ sessionTraceback: true });
    try {
      const client = await HalClient.connect(gw.url);
      assert.equal((await client.ask("hello")).frame.type, "response");
      assert.ok(gw.err.includes("Traceback (most recent call last):"), gw.err.join("\n"));
      assert.match(gw.err.join("\n"), /OSError: \[Errno 24\] Too many open files/);
      await client.close();
    } finally {
      await gw.close();
    }
  });
});
