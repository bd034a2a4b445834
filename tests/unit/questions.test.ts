/**
 * The questions the suite asks production act on nothing: each catalogue entry reaches the intent
 * it declares in HAL's router (as transcribed from HAL_SYSTEM.md), and no question production may
 * be asked reaches `home_assistant` or `database` — nor names every keyword of one of their
 * patterns in any order (the router's "A + B" might not care about order; the safe reading wins).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { PRODUCTION_QUESTIONS, QUESTIONS, sessionQuestions } from "../../harness/rules/questions.ts";
import { INTENT_TABLE, intentOf, nounForms } from "../../reference-impl/gateway/intents.ts";

const ACTING = INTENT_TABLE.filter((row) => row.intent === "home_assistant" || row.intent === "database");

/** Every group of the pattern has a word in `text`, wherever it is. */
function namesAllKeywords(text: string, words: readonly (readonly string[])[]): boolean {
  const q = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return words.every((group) => group.flatMap(nounForms).some((w) => q.includes(` ${w} `)));
}

test("every catalogued question reaches the intent it declares, and acts exactly when that intent does", () => {
  for (const [name, q] of Object.entries(QUESTIONS)) {
    assert.equal(intentOf(q.text).intent, q.reaches, `${name}: "${q.text}"`);
    assert.equal(q.acts, q.reaches === "home_assistant" || q.reaches === "database", name);
  }
});

test("no question asked of production reaches home automation or the records database", () => {
  assert.ok(PRODUCTION_QUESTIONS.length >= 12);
  for (const text of PRODUCTION_QUESTIONS) {
    const { intent } = intentOf(text);
    assert.ok(intent === "builtin" || intent === "llm", `"${text}" reaches ${intent}`);
    for (const row of ACTING)
      for (const p of row.patterns)
        assert.ok(!namesAllKeywords(text, p.words), `"${text}" names every keyword of a ${row.intent} pattern, in some order`);
  }
});

test("the keyword check is not vacuous: it flags the acting questions the reference stack asks", () => {
  const flagged = (text: string) => ACTING.some((row) => row.patterns.some((p) => namesAllKeywords(text, p.words)));
  assert.ok(flagged(QUESTIONS.kitchenLights.text));
  assert.ok(flagged(QUESTIONS.customers.text));
  assert.ok(flagged("the lights, turn on"), "any order");
});

test("a session has twelve questions on either target; only the reference stack's include acting ones", () => {
  const reference = sessionQuestions({ target: "reference" });
  const production = sessionQuestions({ target: "production" });
  assert.equal(reference.length, 12);
  assert.equal(production.length, 12);
  assert.ok(reference.some((t) => intentOf(t).intent === "home_assistant"));
  assert.ok(production.every((t) => PRODUCTION_QUESTIONS.includes(t)));
});
