/**
 * The self-test's judge: a fault is caught only with every red item red, the right layer and no
 * false red — a flaky item (failed, then passed on a retry) counting as red; an item red only
 * because it shared a failed test with a red item (not settled on its own) is collateral,
 * derived from the run's tests, and any other red is false.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildReport, type TestOutcome } from "../../harness/checklist/verdicts.ts";
import { blockedAlong, type JudgedFault, sharedFailures } from "../../harness/faults/expectations.ts";
import { judge } from "../../harness/faults/judge.ts";
import { type RunTest, runTests } from "../../harness/faults/run-results.ts";
import { selectTests } from "../../harness/faults/runner.ts";
import { renderText, summarize } from "../../harness/faults/table.ts";

const fault: JudgedFault = {
  name: "t",
  kind: "gateway",
  description: "",
  variant: {},
  red: ["pdv.reply-5s"],
  collateral: ["pdv.response-time"],
  layer: "gateway",
  green: ["step6.test1.proxy-200"],
};

test("a quick run holds the tests of the items a fault's proof names; a full one every checkable test; never the long @soak tests", () => {
  const suite = [
    { location: "tests/a.spec.ts:1", title: "a", tags: [], ids: ["pdv.reply-5s"] },
    { location: "tests/b.spec.ts:2", title: "b", tags: [], ids: ["step6.test1.proxy-200", "pdv.page-reachable"] },
    { location: "tests/c.spec.ts:3", title: "c", tags: [], ids: ["pdv.no-ui-lag"] },
    { location: "tests/d.spec.ts:4", title: "d", tags: ["soak"], ids: ["pdv.reply-5s"] },
    { location: "tests/e.spec.ts:5", title: "e", tags: [], ids: ["pdv.response-time"] },
    { location: "tests/f.spec.ts:6", title: "f", tags: [], ids: [] },
  ];
  assert.deepEqual(selectTests(fault, suite), ["tests/a.spec.ts:1", "tests/b.spec.ts:2"], "collateral (e) is an allowance, not a proof");
  assert.deepEqual(selectTests(fault, suite, "full"), ["tests/a.spec.ts:1", "tests/b.spec.ts:2", "tests/c.spec.ts:3", "tests/e.spec.ts:5"]);
});

const outcome = (ids: string[], status: TestOutcome["status"], layer?: string, settled: string[] = []): TestOutcome => ({
  title: ids.join(" "),
  status,
  flaky: false,
  annotations: [
    ...ids.map((description) => ({ type: "checklist", description })),
    ...(layer ? [{ type: "layer", description: layer }] : []),
    ...settled.map((description) => ({ type: "item", description })),
  ],
});

/** The run's tests as runTests reads them from Playwright's JSON report. */
const ran = (...outcomes: TestOutcome[]): RunTest[] =>
  runTests({
    suites: [
      {
        specs: outcomes.map((o) => ({
          title: o.title,
          tests: [{ projectName: "reference-current", annotations: o.annotations, results: [{ status: o.status, annotations: [] }] }],
        })),
      },
    ],
  });

/** Judges outcomes as the self-test does: the checklist report and the tests, from the same run. */
const judged = (f: JudgedFault, ...outcomes: TestOutcome[]) => judge(f, buildReport(outcomes, "t"), 1, undefined, ran(...outcomes));

test("judge: caught with the red item red, the right layer and the green item green", () => {
  const r = judged(
    fault,
    outcome(["pdv.reply-5s", "pdv.response-time"], "failed", "gateway"),
    outcome(["step6.test1.proxy-200"], "passed"),
  );
  assert.deepEqual(r.problems, []);
  assert.equal(r.caught, true);
  assert.deepEqual(r.observedLayers, ["gateway"]);
});

test("judge: missed on a wrong layer, a green item red (false red) or an expected red that passed", () => {
  const wrongLayer = judged(fault, outcome(["pdv.reply-5s"], "failed", "page"), outcome(["step6.test1.proxy-200"], "passed"));
  assert.equal(wrongLayer.caught, false);
  assert.match(wrongLayer.problems.join(), /names layer page, expected gateway/);

  const falseRed = judged(fault, outcome(["pdv.reply-5s", "step6.test1.proxy-200"], "failed", "gateway"));
  assert.deepEqual(falseRed.falseReds, ["step6.test1.proxy-200"], "a green item is never collateral, even in a red item's test");
  assert.equal(falseRed.caught, false);

  const notCaught = judged(fault, outcome(["pdv.reply-5s"], "passed"), outcome(["step6.test1.proxy-200"], "passed"));
  assert.match(notCaught.problems.join(), /pdv.reply-5s should be red, is pass/);
  assert.equal(judge(fault, undefined, 1, "crashed").caught, false);
});

test("derived collateral: an item red only with a red item's failed test is allowed, any other red is false", () => {
  const f: JudgedFault = { ...fault, collateral: [], green: [] };
  // Blocked, or checked as a whole: the other item fails with the test.
  const shared = judged(f, outcome(["pdv.reply-5s", "pdv.no-ui-lag"], "failed", "gateway"));
  assert.deepEqual([shared.caught, shared.sharedRed, shared.falseReds], [true, ["pdv.no-ui-lag"], []]);
  // Settled on its own (eachItem) and failed: its own check failed, no one else's.
  const own = judged(
    f,
    outcome(["pdv.reply-5s", "pdv.no-ui-lag"], "failed", "gateway", ["pdv.reply-5s: fail: late", "pdv.no-ui-lag: fail: lag"]),
  );
  assert.deepEqual([own.caught, own.falseReds], [false, ["pdv.no-ui-lag"]]);
  // Settled on its own and passed: green, though its test failed.
  const passed = judged(
    f,
    outcome(["pdv.reply-5s", "pdv.no-ui-lag"], "failed", "gateway", ["pdv.reply-5s: fail: late", "pdv.no-ui-lag: pass"]),
  );
  assert.deepEqual([passed.caught, passed.observedRed], [true, ["pdv.reply-5s"]]);
  // Also failed in a test of its own: that failure is no red item's.
  const twice = judged(f, outcome(["pdv.reply-5s", "pdv.no-ui-lag"], "failed", "gateway"), outcome(["pdv.no-ui-lag"], "failed"));
  assert.deepEqual([twice.caught, twice.falseReds], [false, ["pdv.no-ui-lag"]]);
  // Without the run's tests (an old report), nothing is derived.
  assert.deepEqual(judge(f, buildReport([outcome(["pdv.reply-5s", "pdv.no-ui-lag"], "failed", "gateway")], "t"), 1).falseReds, [
    "pdv.no-ui-lag",
  ]);
  assert.deepEqual([...sharedFailures(f, [])], []);
});

const flaky = (ids: string[], layer?: string): TestOutcome => ({
  ...outcome(ids, "passed", layer),
  flaky: true,
  attempts: [{ status: "failed", error: "Error: Functionality: no reply within 5000 ms" }, { status: "passed" }],
});

test("judge: a flaky red item (failed, then passed on a retry) is red: the fault is caught", () => {
  const report = buildReport([flaky(["pdv.reply-5s"], "gateway"), outcome(["step6.test1.proxy-200"], "passed")], "t");
  const r = judge(fault, report, 1);
  assert.deepEqual(r.problems, []);
  assert.equal(r.caught, true);
  assert.deepEqual(r.observedRed, ["pdv.reply-5s"]);
  assert.deepEqual(r.flakyReds, ["pdv.reply-5s"]);
});

test("judge: a flaky green item is a false red, with its attempt history", () => {
  const report = buildReport([outcome(["pdv.reply-5s"], "failed", "gateway"), flaky(["step6.test1.proxy-200"])], "t");
  const r = judge(fault, report, 1);
  assert.equal(r.caught, false);
  assert.deepEqual(r.falseReds, ["step6.test1.proxy-200"]);
  assert.match(r.problems.join("\n"), /step6.test1.proxy-200 should pass, is fail \(flaky: failed on attempt 1 of 2, then passed\)/);
  assert.match(r.problems.join("\n"), /false red: step6.test1.proxy-200 \(.*failed on attempt 1 of 2, then passed/);
});

test("judge: a report that called a flaky item PASS (an older writer) is still judged red", () => {
  const report = buildReport([outcome(["pdv.reply-5s"], "failed", "gateway"), outcome(["step6.test1.proxy-200"], "passed")], "t");
  const green = report.items.find((i) => i.id === "step6.test1.proxy-200");
  assert.ok(green);
  green.tests = green.tests.map((t) => ({ ...t, flaky: true, attempts: ["failed", "passed"] }));
  const r = judge(fault, report, 1);
  assert.deepEqual(r.falseReds, ["step6.test1.proxy-200"]);
  assert.match(r.problems.join("\n"), /false red: step6.test1.proxy-200 \(flaky: failed on attempt 1 of 2, then passed\)/);
  assert.match(renderText(summarize([r], 1, 1)), /observed red: step6.test1.proxy-200 \(flaky\), pdv.reply-5s/);
});

test("judge: a BLOCKED item (the preflight refused its test, naming the layer) is red, and its test's other items shared", () => {
  const blocked: TestOutcome = {
    ...outcome(["pdv.reply-5s", "pdv.no-ui-lag"], "failed", "gateway"),
    annotations: [
      ...outcome(["pdv.reply-5s", "pdv.no-ui-lag"], "failed", "gateway").annotations,
      { type: "blocked", description: "replies: HAL answered late" },
    ],
  };
  const report = buildReport([blocked, outcome(["step6.test1.proxy-200"], "passed")], "t");
  assert.equal(report.items.find((i) => i.id === "pdv.reply-5s")?.verdict, "blocked");
  const r = judge({ ...fault, collateral: [] }, report, 1, undefined, ran(blocked, outcome(["step6.test1.proxy-200"], "passed")));
  assert.deepEqual(
    [r.caught, r.observedRed, r.sharedRed, r.observedLayers],
    [true, ["pdv.reply-5s", "pdv.no-ui-lag"], ["pdv.no-ui-lag"], ["gateway"]],
  );
});

test("a full run: an item blocked by the part that blocked a red item is derived; one blocked by another part, or failing, is a false red named with its test", () => {
  const blocked = (ids: string[], part: string): TestOutcome => ({
    ...outcome(ids, "failed", "gateway"),
    annotations: [...outcome(ids, "failed", "gateway").annotations, { type: "blocked", description: `${part}: HAL answered late` }],
  });
  const f: JudgedFault = { ...fault, collateral: [], green: ["step6.test1.proxy-200"] };
  const outcomes = [
    blocked(["pdv.reply-5s"], "replies"),
    blocked(["pdv.no-ui-lag"], "replies"),
    blocked(["pdv.text-input"], "websocket"),
    outcome(["pdv.messages-small"], "failed", "page"),
    outcome(["step6.test1.proxy-200"], "passed"),
  ];
  const report = buildReport(outcomes, "t");
  assert.deepEqual([...blockedAlong(f, report.items)].sort(), ["pdv.no-ui-lag", "pdv.reply-5s"]);
  const r = judge(f, report, 1, undefined, ran(...outcomes));
  assert.deepEqual([r.blockedRed, r.falseReds], [["pdv.no-ui-lag"], ["pdv.text-input", "pdv.messages-small"]]);
  assert.match(r.problems.join("\n"), /false red: pdv.messages-small \(.*\) in "pdv.messages-small"/, "the test that failed it is named");
  // A green item is never derived: it must pass, blocked or not.
  assert.deepEqual([...blockedAlong({ ...f, green: ["pdv.no-ui-lag"] }, report.items)], ["pdv.reply-5s"]);
});
