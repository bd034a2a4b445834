/** The reference gateway speaks HAL's protocol and survives bad input. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { HalClient } from "../../harness/probes/hal-client.ts";
import { HEALTHY, startGateway } from "../../reference-impl/gateway/server.ts";

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("reference gateway", () => {
  const lines: string[] = [];
  let url = "";
  let close: () => Promise<void>;

  before(async () => {
    const gw = await startGateway({
      host: "127.0.0.1",
      port: 0,
      maxFrameBytes: 64 * 1024,
      pingIntervalMs: 20_000,
      behaviour: HEALTHY,
      log: (l) => lines.push(l),
    });
    url = `ws://127.0.0.1:${gw.port}`;
    close = gw.close;
  });
  after(() => close());

  test("logs its start line and greets each client with a fresh uuid4 session id", async () => {
    assert.match(lines[0] ?? "", /^\[VoiceGatewayWeb\] Starting on ws:\/\/127\.0\.0\.1:\d+$/);
    const a = await HalClient.connect(url);
    const b = await HalClient.connect(url);
    assert.match(a.sessionId, UUID4);
    assert.notEqual(a.sessionId, b.sessionId);
    assert.ok(lines.includes(`[VoiceGatewayWeb] Client connected: ${a.sessionId}`));
    await Promise.all([a.close(), b.close()]);
  });

  test("answers text_input with processing, then a response with HAL's fields", async () => {
    const c = await HalClient.connect(url);
    const { frame } = await c.ask("what is 2+2");
    assert.deepEqual(
      c.frames.filter((f) => f.dir === "received").map((f) => f.type),
      ["connected", "processing", "response"],
    );
    assert.match(String(frame.data?.text), /\b4\b/);
    assert.equal(frame.data?.audio, null);
    assert.equal(frame.data?.audio_format, null);
    assert.ok(lines.some((l) => l.includes("_handle_message") && l.includes(c.sessionId)));
    await c.close();
  });

  test("answers malformed frames with an error message and keeps serving", async () => {
    const c = await HalClient.connect(url);
    const invalid = c.next((f) => f.type === "error", 2000, "error for invalid JSON");
    c.sendRaw("{not json");
    assert.equal((await invalid).data?.message, "Invalid JSON");
    const unknown = c.next((f) => f.type === "error", 2000, "error for unknown type");
    c.send({ type: "dance" });
    assert.equal((await unknown).data?.message, "Unknown type: dance");
    const { frame } = await c.ask("hello");
    assert.equal(frame.type, "response");
    await c.close();
  });

  test("ignores empty text and flags the first audio of an utterance", async () => {
    const c = await HalClient.connect(url);
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

  test("closes an oversized frame with 1009 and still serves other sessions", async () => {
    const big = await HalClient.connect(url);
    const other = await HalClient.connect(url);
    const closed = new Promise<number>((resolve) => big.ws.once("close", resolve));
    big.sendRaw(JSON.stringify({ type: "text_input", text: "x".repeat(100 * 1024) }));
    assert.equal(await closed, 1009);
    assert.equal((await other.ask("hello")).frame.type, "response");
    await other.close();
  });
});
