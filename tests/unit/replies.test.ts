/** A reply is an answer whatever its words, unless it is HAL's own error (HAL_SYSTEM.md). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { backendFailure, backendFailures } from "../../harness/rules/replies.ts";

test("any words are an answer: an LLM's, an echo's, a canned one's", () => {
  for (const text of ["It's 3:04 PM.", "You said: what is 2+2", "Twelve plus thirty is forty-two.", "The error rate is low."])
    assert.equal(backendFailure({ text, intent: "llm" }), undefined, text);
});

test("HAL's own error texts and intent `error` are not answers", () => {
  assert.match(backendFailure({ text: "Error: [Errno 111] Connection refused", intent: "builtin" }) ?? "", /its own error text/);
  assert.match(backendFailure({ text: "Error: timed out", intent: "llm" }) ?? "", /its own error text/);
  assert.match(
    backendFailure({ text: "I encountered an error processing your request: 'NoneType' object has no attribute 'get'", intent: "error" }) ??
      "",
    /intent `error`/,
  );
  assert.match(backendFailure({ text: "  ", intent: "llm" }) ?? "", /empty text/);
});

test("a conversation's failures name their questions", () => {
  assert.deepEqual(
    backendFailures([
      { question: "hello", reply: { text: "Hello!" } },
      { question: "what time is it", reply: { text: "Error: timed out" } },
      { question: "goodbye" },
    ]),
    ['"what time is it": HAL answered with its own error text: "Error: timed out"'],
  );
});
