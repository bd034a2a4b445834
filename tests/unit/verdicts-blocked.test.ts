/**
 * BLOCKED is its own verdict: an item whose test the preflight did not run names the failed part
 * and root cause, reports lead with the root causes (each once) and list the blocked items under
 * them, counted apart from failures; a run with a blocked item fails like one with a failed item.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { checks, encode } from "../../harness/checklist/annotations.ts";
import { buildReport, renderMarkdown, renderText, rootCauses, runRefusals, type TestOutcome } from "../../harness/checklist/verdicts.ts";
import { fromChecklist } from "../../harness/cli/verify-summary.ts";
import { runVerdict } from "../../harness/report/page.ts";

const ROOT = "client.js answers 404 through the proxy, 404 from the static server";
// Playwright records a test the preflight refused as skipped (fixtures/preflight.ts).
const blockedTest = (title: string, ...ids: Parameters<typeof checks>): TestOutcome => ({
  title,
  status: "skipped",
  flaky: false,
  annotations: [...checks(...ids), ...encode.layer("page", ROOT), encode.blocked("page", ROOT)],
  error: `blocked: ${ROOT}`,
});

const outcomes: TestOutcome[] = [
  blockedTest("status", "step6.test2.connected-3s", "step6.test2.not-disconnected"),
  blockedTest("text input", "step6.test3.user-bubble"),
  {
    title: "curl",
    status: "failed",
    flaky: false,
    annotations: [...checks("pdv.page-reachable"), ...encode.layer("page", ROOT)],
    error: "404",
  },
  { title: "no 5xx", status: "passed", flaky: false, annotations: checks("step7.haproxy.no-5xx") },
];

test("a blocked item is BLOCKED, names its part and root cause, and is counted apart from failures", () => {
  const report = buildReport(outcomes, "t");
  const item = (id: string) => report.items.find((i) => i.id === id);
  assert.equal(item("step6.test2.connected-3s")?.verdict, "blocked");
  assert.deepEqual(item("step6.test2.connected-3s")?.blockedBy, { part: "page", rootCause: ROOT });
  assert.match(item("step6.test3.user-bubble")?.reason ?? "", /the preflight found the page failing/);
  assert.equal(item("pdv.page-reachable")?.verdict, "fail", "failed on its own evidence");
  assert.equal(item("step7.haproxy.no-5xx")?.verdict, "pass", "judged on its evidence, not blocked");
  assert.equal(report.summary.blocked, 3);
  assert.equal(report.summary.fail, 1);
});

test("reports lead with each root cause once, the blocked items under it; blocked fails the run", () => {
  const report = buildReport(outcomes, "t");
  assert.equal(rootCauses(report).length, 1);
  const text = renderText(report);
  assert.ok(text.indexOf("Root cause") < text.indexOf("Step 6"), "root causes first");
  assert.equal(text.split(ROOT).length - 1, 1, "the root cause is said once, not once per item");
  assert.match(renderMarkdown(report), /## Root causes\n\n- \*\*page\*\*, the page: .* blocked 3/);
  assert.match(runVerdict(report).lede, /1 failed and 3 blocked by 1 root cause/);
  const summary = fromChecklist(report, 1);
  assert.equal(summary.exitCode, 1);
  assert.match(summary.text, /VERIFY FAILED: 1 checklist item\(s\) failed; 3 blocked by 1 root cause/);
  const onlyBlocked = buildReport(outcomes.slice(0, 2), "t");
  assert.match(runRefusals(onlyBlocked, false).join(), /BLOCKED/);
  assert.equal(fromChecklist(onlyBlocked, 1).exitCode, 1);
});

test("a retried test that also failed on evidence of its own is a FAIL, not a block", () => {
  const retried: TestOutcome = {
    ...blockedTest("status", "step6.test2.connected-3s"),
    attempts: [
      { status: "failed", error: "blocked" },
      { status: "failed", error: "timed out waiting" },
    ],
  };
  assert.equal(buildReport([retried], "t").items.find((i) => i.id === "step6.test2.connected-3s")?.verdict, "fail");
});

test("an item blocked in one test and failed on its own evidence in another is a FAIL; blocked alone is never a SKIP", () => {
  const failedToo: TestOutcome = {
    title: "connected, in the other generation",
    status: "failed",
    flaky: false,
    annotations: checks("step6.test2.connected-3s"),
    error: "no Connected! within 3 s",
  };
  const report = buildReport([...outcomes, failedToo], "t");
  assert.equal(report.items.find((i) => i.id === "step6.test2.connected-3s")?.verdict, "fail");
  assert.equal(report.items.find((i) => i.id === "step6.test3.user-bubble")?.verdict, "blocked");
  const legacy = buildReport([{ ...blockedTest("old report: failed", "step6.test3.user-bubble"), status: "failed" }], "t");
  assert.equal(legacy.items.find((i) => i.id === "step6.test3.user-bubble")?.verdict, "blocked", "a report from before: a failed test");
});
