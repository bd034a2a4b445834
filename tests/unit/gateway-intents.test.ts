/**
 * HAL's query router as HAL_SYSTEM.md's table "Which question reaches what" describes it
 * (reference-impl/gateway/intents.ts): every row and every keyword of the table, the order of the
 * rows, and the readings of what the table leaves open. The questions are written out by hand,
 * not generated from the module's table, so a mistranscribed keyword fails here. Also the two
 * lines the router prints per question, and that the log checks take them for normal output.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { errorLines, ROUTER_LINE } from "../../harness/logs/log-patterns.ts";
import { INTENT_TABLE, intentOf, type RoutedIntent } from "../../reference-impl/gateway/intents.ts";
import { pythonFloat, routerLogLines } from "../../reference-impl/gateway/router.ts";

const CONFIDENCE: Record<RoutedIntent, number> = { builtin: 0.95, home_assistant: 0.9, database: 0.85, llm: 0.7 };

/** [question, intent, why] */
const CASES: [string, RoutedIntent, string][] = [
  // builtin: "what", "current" or "tell me" directly followed by "time" or "date"
  ["what time is it", "builtin", "what + time"],
  ["What Time is it?", "builtin", "matched on the lower-cased text"],
  ["what date is it today", "builtin", "what + date"],
  ["current time", "builtin", "current + time"],
  ["current   date please", "builtin", "any whitespace between counts as directly"],
  ["tell me time", "builtin", "tell me + time"],
  ["tell me date", "builtin", "tell me + date"],
  ["what is the date", "llm", "HAL_SYSTEM.md: not directly followed, so it goes to the LLM"],
  ["what is the time", "llm", "not directly followed"],
  ["tell me the time", "llm", "not directly followed"],
  ["what timezone am i in", "llm", "time must be a word of its own"],
  // builtin: hello/hi/hey in a text under 20 characters
  ["hello", "builtin", "a greeting"],
  ["hi", "builtin", "a greeting"],
  ["hey jarvis", "builtin", "a greeting"],
  ["hello again", "builtin", "a greeting under 20 characters"],
  ["Hi there!", "builtin", "a greeting, any case"],
  ["  hello hello hello h  ", "builtin", "19 characters once trimmed"],
  ["hello hello hello hi", "llm", "20 characters is not under 20"],
  ["hello, can you tell me about black holes", "llm", "a greeting in a long text is not builtin"],
  ["this is it", "llm", "'hi' inside 'this' is no greeting"],
  ["they said no", "llm", "'hey' inside 'they' is no greeting"],
  ["goodbye", "llm", "no farewell in the table: the LLM answers it"],
  // home_assistant: turn on/off, switch, toggle, dim, brighten, set + light/lamp/switch/plug
  ["turn on the kitchen lights", "home_assistant", "turn on + lights"],
  ["turn off the lamp", "home_assistant", "turn off + lamp"],
  ["switch on the plug", "home_assistant", "switch + plug"],
  ["toggle the porch light", "home_assistant", "toggle + light"],
  ["dim the bedroom lights", "home_assistant", "dim + lights"],
  ["brighten the lamps", "home_assistant", "brighten + lamps"],
  ["set the light to blue", "home_assistant", "set + light"],
  ["turn on the wall switch", "home_assistant", "turn on + switch"],
  ["turn on both switches", "home_assistant", "plural of switch"],
  ["the lights, turn on", "llm", "the device before the verb: not this row's order"],
  ["what is a lamp", "llm", "a device without a verb"],
  // open/close/lock/unlock + door/window/garage/blinds/curtain
  ["open the garage", "home_assistant", "open + garage"],
  ["close the window", "home_assistant", "close + window"],
  ["lock the front door", "home_assistant", "lock + door"],
  ["unlock the doors", "home_assistant", "unlock + doors"],
  ["open the blinds", "home_assistant", "open + blinds"],
  ["close the curtains", "home_assistant", "close + curtains"],
  // set/adjust/change + temperature/thermostat/climate/heat/cool
  ["set the temperature to 21", "home_assistant", "set + temperature"],
  ["adjust the thermostat", "home_assistant", "adjust + thermostat"],
  ["change the climate mode", "home_assistant", "change + climate"],
  ["set the heat to low", "home_assistant", "set + heat"],
  ["change it to cool", "home_assistant", "change + cool"],
  // play/pause/stop/volume/skip + music/media/tv/speaker
  ["play some music", "home_assistant", "play + music"],
  ["pause the media", "home_assistant", "pause + media"],
  ["stop the tv", "home_assistant", "stop + tv"],
  ["volume up on the speaker", "home_assistant", "volume + speaker"],
  ["skip this song on the speakers", "home_assistant", "skip + speakers"],
  // arm/disarm + alarm/security; "scene"; "automation"
  ["arm the alarm", "home_assistant", "arm + alarm"],
  ["disarm security", "home_assistant", "disarm + security"],
  ["the army alarm", "llm", "'arm' inside 'army' is no verb"],
  ["activate the movie scene", "home_assistant", "scene"],
  ["run the morning automation", "home_assistant", "automation"],
  // database: find/search/lookup/get/show/list/retrieve + patient/customer/record/person/appointment
  ["find patient john", "database", "find + patient"],
  ["search for customers in boston", "database", "search + customers"],
  ["lookup the record", "database", "lookup + record"],
  ["get me that person", "database", "get + person"],
  ["show my appointments", "database", "show + appointments"],
  ["list all customers", "database", "list + customers"],
  ["retrieve the records", "database", "retrieve + records"],
  // "query"; medication, allergy, vital, diagnosis, immunization, transaction, order
  ["run a query", "database", "query"],
  ["which medications am i taking", "database", "medications"],
  ["any allergies?", "database", "allergies"],
  ["check my vitals", "database", "vitals"],
  ["what was the diagnosis", "database", "diagnosis"],
  ["list the diagnoses", "database", "diagnoses"],
  ["immunization history", "database", "immunization"],
  ["my last transaction", "database", "transaction"],
  ["where is my order", "database", "order"],
  ["what do i need in order to bake bread", "database", "'order' is a keyword wherever it appears"],
  // "how many", "count", "total"
  ["how many customers do we have", "database", "how many"],
  ["count the items", "database", "count"],
  ["what's the total", "database", "total"],
  ["the accounting department", "llm", "'count' inside 'accounting' is no keyword"],
  // what/who/when/where … in/on/from … database/system/records
  ["what is in the database", "database", "what … in … database"],
  ["who is on the system", "database", "who … on … system"],
  ["when did it come from the records", "database", "when … from … records"],
  ["what is in a solar system", "database", "the row matches any 'system'"],
  ["tell me about the solar system", "llm", "no what/who/when/where"],
  // llm: everything else
  ["what is 2+2", "llm", "arithmetic is the LLM's"],
  ["what is 12+30", "llm", "arithmetic is the LLM's"],
  ["tell me a joke", "llm", "no keyword"],
  ["what is the capital of france", "llm", "what … of … : no in/on/from + database"],
  ["", "llm", "nothing matches an empty text"],
  // first match wins, in the table's order
  ["hi turn on the lamp", "builtin", "a greeting under 20 characters comes before the house"],
  ["hi, turn on the lights please", "home_assistant", "over 20 characters: the greeting row no longer matches"],
  ["what time should i set the lights", "builtin", "builtin is tried first"],
  ["set the light and count to ten", "home_assistant", "home_assistant is tried before database"],
];

describe("HAL's query router (intents.ts, from HAL_SYSTEM.md)", () => {
  for (const [question, intent, why] of CASES) {
    test(`${JSON.stringify(question)} → ${intent} (${why})`, () => {
      assert.deepEqual(intentOf(question), { intent, confidence: CONFIDENCE[intent] });
    });
  }

  test("the table holds HAL_SYSTEM.md's rows in its order, with its confidences", () => {
    assert.deepEqual(
      INTENT_TABLE.map((r) => [r.intent, r.confidence]),
      [
        ["builtin", 0.95],
        ["home_assistant", 0.9],
        ["database", 0.85],
      ],
    );
    for (const intent of ["builtin", "home_assistant", "database", "llm"] as const)
      assert.ok(
        CASES.some(([, i]) => i === intent),
        `no case reaches ${intent}`,
      );
  });

  test("a megabyte of near-matches is routed in well under a second (no backtracking)", () => {
    const started = performance.now();
    assert.equal(intentOf("what in what on ".repeat(65_536)).intent, "llm");
    assert.ok(performance.now() - started < 1000, `took ${Math.round(performance.now() - started)} ms`);
  });
});

describe("the router's two log lines per question", () => {
  test("the intent with Python's float, then the question's first 50 characters and '...'", () => {
    assert.deepEqual(routerLogLines("  What is 2+2  "), ["[Router] Intent: llm (confidence: 0.7)", "[Router] Query: What is 2+2..."]);
    const long = `${"🙂".repeat(10)}${"a".repeat(60)}`;
    assert.equal(routerLogLines(long)[1], `[Router] Query: ${"🙂".repeat(10)}${"a".repeat(40)}...`, "50 code points, as Python counts");
    assert.equal(routerLogLines("turn on the kitchen lights")[0], "[Router] Intent: home_assistant (confidence: 0.9)");
    assert.deepEqual([0, 0.85, 0.95, 1].map(pythonFloat), ["0.0", "0.85", "0.95", "1.0"]);
  });

  test("the log checks take them for normal output, with or without a syslog prefix, whatever the question says", () => {
    const router = [
      ...routerLogLines("Error: my Exception handler is FATAL"),
      ...routerLogLines("Traceback (most recent call last):"),
      `Nov 27 02:56:50 hal python3[812]: ${routerLogLines("what ERROR codes exist")[1]}`,
      "2026-11-27T02:56:50.045123+00:00 hal python3[812]: [Router] Intent: error (confidence: 0.0)",
    ];
    const real = ["Traceback (most recent call last):", "Exception: could not answer", "[Router] Intent: llm (confidence: 0.7) Error"];
    const lines = [...router, ...real].map((text, at) => ({ at, text }));
    assert.ok(router.every((l) => ROUTER_LINE.test(l)));
    assert.deepEqual(
      errorLines(lines).map((l) => l.text),
      real,
      "router lines are normal; a traceback beside them is still an error",
    );
  });
});
