/**
 * The gateway's knobs as the harness sets them: gatewayEnv (typed) and behaviourFromEnv are
 * inverses for every knob, a misspelt knob does not compile, and the new faults do what their
 * names promise — a blocked event loop answers users at once at N, 2N, 3N ms; answers rotated
 * to the next session keep one answer per question per session; a `text_input` closes with 1011.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { HalClient } from "../../harness/probes/hal-client.ts";
import { type GatewayBehaviour, HEALTHY } from "../../reference-impl/gateway/behaviour.ts";
import { behaviourFromEnv, GatewayConfigError, gatewayEnv, KNOBS } from "../../reference-impl/gateway/config.ts";
import { recordingGateway } from "./support/gateway.ts";
import { spawnGateway } from "./support/gateway-process.ts";

/** A value other than the healthy one for every knob: a new knob without one does not compile. */
const SAMPLE: GatewayBehaviour = {
  replyDelayMs: 6000,
  answerLimit: 3,
  padResponseBytes: 20_000,
  crashOn: "joke",
  rejectUpgradeStatus: 503,
  tracebackOn: "tell me a joke",
  noStartLine: true,
  handshakeDelayMs: 4000,
  connectedDelayMs: 4000,
  failEvery: 3,
  sessionIds: "shared",
  broadcastReplies: true,
  sessionTraceback: true,
  partialMessageLog: true,
  backend: "llm-like",
  seed: 1234,
  blockLoopMs: 2000,
  rotateReplies: true,
  closeOnTextInput: true,
};
const FIELDS = Object.keys(SAMPLE) as (keyof GatewayBehaviour)[];

describe("typed knobs: gatewayEnv, the inverse of behaviourFromEnv", () => {
  test("every knob, alone, round-trips through its one HAL_GW_* variable", () => {
    assert.deepEqual(FIELDS.toSorted(), Object.keys(HEALTHY).toSorted(), "SAMPLE covers every field");
    for (const key of FIELDS) {
      assert.notDeepEqual(SAMPLE[key], HEALTHY[key], `${key}: the sample must not be the healthy value`);
      const env = gatewayEnv({ [key]: SAMPLE[key] });
      assert.deepEqual(Object.keys(env), [KNOBS[key].env], key);
      assert.deepEqual(behaviourFromEnv(env), { ...HEALTHY, [key]: SAMPLE[key] }, key);
    }
  });

  test("all at once, and the healthy values, round-trip too; variable names are distinct HAL_GW_* names", () => {
    const { broadcastReplies: _both, ...all } = SAMPLE;
    assert.deepEqual(behaviourFromEnv(gatewayEnv(all)), { ...all, broadcastReplies: false });
    assert.deepEqual(behaviourFromEnv(gatewayEnv(HEALTHY)), HEALTHY);
    assert.deepEqual(gatewayEnv({}), {});
    const names = FIELDS.map((k) => KNOBS[k].env);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) assert.match(name, /^HAL_GW_[A-Z_]+$/);
  });

  test("today's HAL_GW_* strings in harness/faults/gateway.ts are all known knobs (until it switches to gatewayEnv)", () => {
    const used = readFileSync(new URL("../../harness/faults/gateway.ts", import.meta.url), "utf8").match(/HAL_GW_[A-Z_]+/g) ?? [];
    assert.ok(used.length >= 10, `found ${used.length}`);
    const known = new Set(FIELDS.map((k) => KNOBS[k].env));
    for (const name of used) assert.ok(known.has(name), `${name} is not a gateway knob: it would run a healthy gateway`);
  });

  test("values the gateway would refuse throw at once, naming the field", () => {
    assert.throws(() => gatewayEnv({ replyDelayMs: -1 }), /replyDelayMs must be a whole number >= 0, got "-1"/);
    assert.throws(() => gatewayEnv({ blockLoopMs: 1.5 }), /blockLoopMs/);
    assert.throws(() => gatewayEnv({ backend: "postgres" as GatewayBehaviour["backend"] }), /backend must be one of canned, echo/);
    // @ts-expect-error a misspelt knob is a compile error; at run time, an error too
    assert.throws(() => gatewayEnv({ replyDelay: 6000 }), GatewayConfigError);
    assert.throws(
      () => behaviourFromEnv({ HAL_GW_BACKEND: "mock" }),
      /HAL_GW_BACKEND must be one of canned, echo, llm-like, down, router-error/,
    );
    assert.throws(() => behaviourFromEnv(gatewayEnv({ broadcastReplies: true, rotateReplies: true })), /cannot both be set/);
  });
});

describe("new fault knobs", () => {
  test("HAL_GW_BLOCK_LOOP_MS: one user waits N; three users asking at once are answered at about N, 2N, 3N", async () => {
    const N = 400;
    const gw = await spawnGateway({ blockLoopMs: N });
    try {
      const clients = await Promise.all([1, 2, 3].map(() => HalClient.connect(gw.url)));
      const [first] = clients;
      assert.ok(first);
      const alone = (await first.ask("hello")).ms;
      assert.ok(alone >= N * 0.9 && alone < 1.8 * N, `alone: ${alone} ms`);
      const together = (await Promise.all(clients.map((c) => c.ask("hello", 10_000)))).map((r) => r.ms).sort((a, b) => a - b);
      together.forEach((ms, i) => {
        assert.ok(ms >= (i + 1) * N * 0.9, `at once: ${together.join(", ")} ms; answer ${i + 1} came before ${(i + 1) * N} ms`);
      });
      assert.ok((together[2] ?? 0) < 3 * N + 1500, `at once: ${together.join(", ")} ms`);
      await Promise.all(clients.map((c) => c.close()));
    } finally {
      await gw.stop();
    }
  });

  test("HAL_GW_ROTATE_REPLIES: each answer reaches the next session; every session gets one answer per question", async () => {
    const gw = await recordingGateway({ rotateReplies: true, backend: "echo" });
    try {
      const alone = await HalClient.connect(gw.url);
      assert.equal((await alone.ask("mine")).frame.data?.text, "You said: mine", "alone, a session gets its own answers");
      const [a, b, c] = [alone, await HalClient.connect(gw.url), await HalClient.connect(gw.url)];
      const got = [a, b, c].map((s) => s.next((f) => f.type === "response", 5000, "an answer"));
      a.send({ type: "text_input", text: "from a" });
      b.send({ type: "text_input", text: "from b" });
      c.send({ type: "text_input", text: "from c" });
      const texts = (await Promise.all(got)).map((f) => f.data?.text);
      assert.deepEqual(texts, ["You said: from c", "You said: from a", "You said: from b"]);
      for (const s of [a, b, c]) {
        assert.equal(s.frames.filter((f) => f.type === "response").length, s === a ? 2 : 1, "equal counts per question");
        assert.equal(s.frames.filter((f) => f.type === "processing").length, s === a ? 2 : 1, "`processing` goes to the asker");
      }
      await Promise.all([a.close(), b.close(), c.close()]);
    } finally {
      await gw.close();
    }
  });

  test("HAL_GW_CLOSE_ON_TEXT_INPUT: a question closes the socket (1011) with no answer; audio and new sessions are served", async () => {
    const gw = await recordingGateway({ closeOnTextInput: true });
    try {
      const c = await HalClient.connect(gw.url);
      const wake = c.next((f) => f.type === "wake_word_detected", 2000, "wake word");
      c.send({ type: "audio_stream", audio: [0, 1, 2] });
      await wake;
      const closed = new Promise<number>((resolve) => c.ws.once("close", resolve));
      c.send({ type: "text_input", text: "hello" });
      assert.equal(await closed, 1011);
      assert.deepEqual(
        c.frames.filter((f) => f.dir === "received").map((f) => f.type),
        ["connected", "wake_word_detected"],
      );
      await gw.logged(`[VoiceGatewayWeb] Client disconnected: ${c.sessionId}`);
      const next = await HalClient.connect(gw.url);
      assert.match(next.sessionId, /^[0-9a-f-]{36}$/);
      await next.close();
    } finally {
      await gw.close();
    }
  });
});
