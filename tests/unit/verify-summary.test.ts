/**
 * `verify`'s last words and exit code: PASSED only when everything applicable passed, "PASSED
 * with N items unverified" (and the skips grouped by cause) when some were skipped, exit 1 for
 * those under --strict, and FAILED on any failed item.
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { encode } from "../../harness/checklist/annotations.ts";
import type { SkipCauseId } from "../../harness/checklist/skip-causes.ts";
import { buildReport, type TestOutcome } from "../../harness/checklist/verdicts.ts";
import { EXIT, fromChecklist, summarizeRun } from "../../harness/cli/verify-summary.ts";
import { ConfigError, loadConfig } from "../../harness/config/suite-config.ts";

const passed = (id: string): TestOutcome => ({
  title: `spec › ${id}`,
  status: "passed",
  flaky: false,
  annotations: [{ type: "checklist", description: id }],
});
const skipped = (id: string, cause: SkipCauseId, reason: string): TestOutcome => ({
  title: `spec › ${id}`,
  status: "skipped",
  flaky: false,
  annotations: [{ type: "checklist", description: id }, encode.skipCause(cause), { type: "skip", description: reason }],
});
const failed = (id: string): TestOutcome => ({ ...passed(id), status: "failed", error: "Error: Step 6: no reply" });

const PASSING = ["step6.test1.proxy-200", "pdv.page-reachable", "pdv.reply-5s"].map(passed);
const SKIPS = [
  skipped("step7.haproxy.no-5xx", "no-log-source", "no HAProxy log source is configured"),
  skipped("step7.gateway.no-exceptions", "no-log-source", "no gateway log source is configured"),
  skipped("rollback.backup", "read-only", "read-only target: @destructive checks never run against production (HAL_TARGET_URL is set)"),
];
const lastLine = (text: string) => text.split("\n").at(-1);

test("all applicable items passed: VERIFY PASSED, exit 0, no unverified block", () => {
  const out = fromChecklist(buildReport(PASSING, "https://hal.example.test/"), 0);
  assert.equal(out.exitCode, EXIT.PASSED);
  assert.equal(lastLine(out.text), "VERIFY PASSED: all 3 applicable checklist items passed.");
  assert.doesNotMatch(out.text, /Unverified/);
});

test("passed with skips: the skips counted and grouped by cause, 'PASSED with N items unverified', exit 0", () => {
  const out = fromChecklist(buildReport([...PASSING, ...SKIPS], "t"), 0);
  assert.equal(out.exitCode, EXIT.PASSED);
  assert.equal(
    lastLine(out.text),
    "VERIFY PASSED with 3 items unverified: all 3 checked items passed; the 3 above were not verified (--strict refuses the 2 that configuration could verify).",
  );
  assert.match(
    out.text,
    /Unverified: 3 applicable items were skipped\n {4}2 × no log source configured — to verify: --haproxy-log \/ --gateway-log.*\n {8}step7.haproxy.no-5xx, step7.gateway.no-exceptions\n {4}1 × read-only target.*\n {8}rollback.backup\n/,
  );
});

test("strict with skips: VERIFY FAILED (--strict), exit 1, the same grouped list", () => {
  // Under strict the checklist reporter fails the Playwright run too (exit 1): the summary says why.
  const out = fromChecklist(buildReport([...PASSING, ...SKIPS], "t"), 1, true);
  assert.equal(out.exitCode, EXIT.FAILED);
  assert.equal(
    lastLine(out.text),
    'VERIFY FAILED (--strict): 3 items unverified, 2 of them verifiable with more configuration (see "to verify" above); strict refuses those (3 passed).',
  );
  assert.match(out.text, /2 × no log source configured/);
  // Strict without skips passes.
  assert.equal(fromChecklist(buildReport(PASSING, "t"), 0, true).exitCode, EXIT.PASSED);
});

test("strict never refuses what no configuration of the target can verify: a read-only target's destructive checks", () => {
  const readOnly = SKIPS.filter((o) => o.title.includes("rollback"));
  const out = fromChecklist(buildReport([...PASSING, ...readOnly], "t"), 0, true);
  assert.equal(out.exitCode, EXIT.PASSED);
  assert.match(lastLine(out.text) ?? "", /^VERIFY PASSED with 1 item unverified/);
});

test("a failed item: VERIFY FAILED, exit 1, whatever was skipped", () => {
  const out = fromChecklist(buildReport([...PASSING, ...SKIPS, failed("step6.test3.reply-3s")], "t"), 1);
  assert.equal(out.exitCode, EXIT.FAILED);
  assert.equal(lastLine(out.text), "VERIFY FAILED: 1 checklist item(s) failed.");
  assert.match(out.text, /FAIL +step6.test3.reply-3s: .* — spec › step6.test3.reply-3s: Error: Step 6: no reply/);
});

test("nothing passed: INCOMPLETE, exit 3; only skips under strict: FAILED", () => {
  assert.equal(fromChecklist(buildReport(SKIPS, "t"), 0).exitCode, EXIT.INCOMPLETE);
  assert.equal(fromChecklist(buildReport(SKIPS, "t"), 1, true).exitCode, EXIT.FAILED);
});

test("summarizeRun reads this run's checklist.json and passes strict on", () => {
  const dir = mkdtempSync(join(tmpdir(), "verify-summary-"));
  const checklistPath = join(dir, "checklist.json");
  writeFileSync(checklistPath, JSON.stringify(buildReport([...PASSING, ...SKIPS], "t")));
  const run = (strict: boolean) => summarizeRun({ checklistPath, junitPath: join(dir, "junit.xml"), since: 0, playwrightCode: 0, strict });
  assert.equal(run(false).exitCode, EXIT.PASSED);
  assert.match(run(false).text, /VERIFY PASSED with 3 items unverified/);
  assert.equal(run(true).exitCode, EXIT.FAILED);
});

test("JUnit fallback: skipped tests are counted, and refused under strict", () => {
  const dir = mkdtempSync(join(tmpdir(), "verify-summary-"));
  const junitPath = join(dir, "junit.xml");
  writeFileSync(
    junitPath,
    `<testsuites><testsuite name="a"><testcase name="t1" classname="a"/><testcase name="t2" classname="a"><skipped/></testcase></testsuite></testsuites>`,
  );
  const run = (strict: boolean) => summarizeRun({ checklistPath: join(dir, "none.json"), junitPath, since: 0, playwrightCode: 0, strict });
  assert.equal(run(false).exitCode, EXIT.PASSED);
  assert.match(run(false).text, /VERIFY PASSED with 1 test\(s\) skipped, their items unverified/);
  assert.equal(run(true).exitCode, EXIT.FAILED);
});

test("HAL_STRICT is a validated flag: 1/true on, unset off, anything else an error naming it", () => {
  assert.equal(loadConfig({ HAL_STRICT: "1" }).HAL_STRICT, true);
  assert.equal(loadConfig({ HAL_STRICT: "true" }).HAL_STRICT, true);
  assert.equal(loadConfig({}).HAL_STRICT, false);
  assert.throws(
    () => loadConfig({ HAL_STRICT: "yes" }),
    (err: Error) => err instanceof ConfigError && /HAL_STRICT: .*"yes"/.test(err.message),
  );
});
