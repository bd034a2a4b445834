/**
 * What stands behind the reference gateway (HAL_GW_BACKEND): `canned` keeps today's texts (the
 * suite's default), `echo` repeats the question, `llm-like` words `llm` answers differently from
 * run to run (reproducibly for a seed), `down` and `router-error` answer with HAL's own error
 * texts (HAL_SYSTEM.md). Over a socket, every backend answers `processing` then `response`.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { HalClient } from "../../harness/probes/hal-client.ts";
import { BACKENDS } from "../../reference-impl/gateway/behaviour.ts";
import { inWords, seededRandom } from "../../reference-impl/gateway/llm-like.ts";
import { route } from "../../reference-impl/gateway/router.ts";
import { testGateway } from "./support/gateway.ts";

const NOW = new Date(2026, 10, 27, 15, 4);

describe("backends, as the router answers", () => {
  test("canned (the default): today's deterministic texts, with HAL's intents", () => {
    const canned = (q: string) => route(q, "canned", { now: NOW });
    assert.deepEqual(route("hello"), { text: "Hello! I'm HAL. How can I help you today?", intent: "builtin", confidence: 0.95 });
    assert.deepEqual(canned("what time is it"), { text: "It's 3:04 PM.", intent: "builtin", confidence: 0.95 });
    assert.deepEqual(canned("what is 2+2"), { text: "2 + 2 is 4.", intent: "llm", confidence: 0.7 });
    assert.equal(canned("what is 12+30").text, "12 + 30 is 42.");
    assert.equal(canned("tell me a joke").text, "Why did the WebSocket go to therapy? It had too many unresolved connections.");
    assert.deepEqual(canned("goodbye"), { text: "Goodbye! Talk to you soon.", intent: "llm", confidence: 0.7 });
    assert.deepEqual(canned("turn on the kitchen lights"), {
      text: 'OK, I sent "turn on the kitchen lights" to Home Assistant.',
      intent: "home_assistant",
      confidence: 0.9,
    });
    assert.deepEqual(canned("how many customers do we have"), {
      text: "I found 42 matching records.",
      intent: "database",
      confidence: 0.85,
    });
    assert.equal(canned("tell me about quantum gravity").text, "I'm not sure about that yet, but I'm always learning.");
    assert.match(canned("what date is it").text, /^Today is Friday, November 27, 2026\.$/);
  });

  test("echo: the question back, as typed, with the intent HAL's router gives it", () => {
    assert.deepEqual(route("  What is 2+2 ", "echo"), { text: "You said: What is 2+2", intent: "llm", confidence: 0.7 });
    assert.deepEqual(route("Hello", "echo"), { text: "You said: Hello", intent: "builtin", confidence: 0.95 });
  });

  test("llm-like: llm answers vary in wording, stay right, and repeat for a seed; other intents stay canned", () => {
    const answers = (seed: number, q: string) => {
      const random = seededRandom(seed);
      return Array.from({ length: 40 }, () => route(q, "llm-like", { random, now: NOW }).text);
    };
    const sums = answers(7, "what is 12+30");
    assert.ok(new Set(sums).size >= 4, `only ${new Set(sums).size} wordings: ${[...new Set(sums)].join(" | ")}`);
    for (const text of sums) assert.match(text, /\b42\b|forty-two/, text);
    assert.ok(
      sums.some((t) => /forty-two/.test(t)),
      "arithmetic sometimes in words",
    );
    assert.ok(
      sums.some((t) => /step by step/.test(t)),
      "arithmetic sometimes explained",
    );
    assert.deepEqual(answers(7, "what is 12+30"), sums, "the same seed gives the same answers");
    assert.notDeepEqual(answers(8, "what is 12+30"), sums, "another seed, other wording");
    assert.ok(new Set(answers(1, "tell me about quantum gravity")).size >= 4, "free questions vary too");
    assert.ok(answers(2, "tell me a joke").every((t) => t.includes("?")));
    assert.deepEqual(new Set(answers(3, "hello")), new Set(["Hello! I'm HAL. How can I help you today?"]), "builtin is not the LLM's");
    for (const t of answers(4, "what is 2+2")) assert.doesNotMatch(t, /^Error|I encountered an error/);
  });

  test("inWords: the numbers an LLM spells out", () => {
    assert.deepEqual([0, 7, 19, 42, 100, -7].map(inWords), ["zero", "seven", "nineteen", "forty-two", "one hundred", "minus seven"]);
    assert.equal(inWords(1_234_567), "one million two hundred thirty-four thousand five hundred sixty-seven");
    assert.equal(inWords(0.5), undefined);
  });

  test("down: every answer is HAL's AI-server error, as an ordinary reply with the routed intent", () => {
    for (const [q, intent] of [
      ["hello", "builtin"],
      ["what is 2+2", "llm"],
      ["turn on the lights", "home_assistant"],
    ] as const)
      assert.deepEqual(route(q, "down"), {
        text: "Error: [Errno 111] Connection refused",
        intent,
        confidence: route(q).confidence,
      });
  });

  test("router-error: HAL's router exception text, intent `error`", () => {
    for (const q of ["hello", "what is 2+2"])
      assert.deepEqual(route(q, "router-error"), {
        text: "I encountered an error processing your request: 'NoneType' object has no attribute 'get'",
        intent: "error",
        confidence: 0,
      });
  });
});

describe("backends, over a socket", () => {
  for (const backend of BACKENDS) {
    test(`${backend}: processing, then a response with HAL's fields, well within the budget`, async () => {
      const gw = await testGateway({ backend, seed: 42 });
      try {
        const c = await HalClient.connect(`ws://127.0.0.1:${gw.port}`);
        for (const q of ["what is 2+2", "hello"]) {
          const { frame, ms } = await c.ask(q);
          assert.equal(frame.type, "response", `${backend}: ${JSON.stringify(frame.data)}`);
          assert.equal(typeof frame.data?.text, "string");
          assert.deepEqual(route(q, backend, { random: () => 0 }).intent, frame.data?.intent);
          assert.ok(ms < 1000, `${backend} answered in ${ms} ms`);
        }
        assert.deepEqual(
          c.frames.filter((f) => f.dir === "received").map((f) => f.type),
          ["connected", "processing", "response", "processing", "response"],
        );
        if (backend === "down") assert.equal(c.frames.at(-1)?.data?.text, "Error: [Errno 111] Connection refused");
        if (backend === "echo") assert.equal(c.frames.at(-1)?.data?.text, "You said: hello");
        await c.close();
      } finally {
        await gw.close();
      }
    });
  }
});
