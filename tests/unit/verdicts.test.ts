/**
 * Verdicts are no kinder than the evidence: a test that failed on any attempt fails its items
 * (with the attempt history in the reason), an item fails when it failed in any project (the
 * reason names it), a skip carries its typed cause, and a run Playwright calls passed is refused
 * for a failed item, and under HAL_STRICT for a skipped one.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { encode, readAnnotations } from "../../harness/checklist/annotations.ts";
import { CHECKLIST } from "../../harness/checklist/items.ts";
import type { SkipCauseId } from "../../harness/checklist/skip-causes.ts";
import {
  attemptHistory,
  buildReport,
  type ChecklistReport,
  renderMarkdown,
  renderText,
  runRefusals,
  type TestOutcome,
} from "../../harness/checklist/verdicts.ts";
import { renderChecklistPage, runVerdict } from "../../harness/report/page.ts";
import { targetOf } from "../../harness/report/run-info.ts";

const ID = "pdv.reply-5s";
const item = (report: ChecklistReport, id = ID) => report.items.find((i) => i.id === id);

const outcome = (over: Partial<TestOutcome> & Pick<TestOutcome, "status">, ids: string[] = [ID]): TestOutcome => ({
  title: "functionality.spec.ts › replies within 5 s",
  flaky: false,
  annotations: ids.map((description) => ({ type: "checklist", description })),
  ...over,
});

test("attempt history: what a reader sees beside a retried test", () => {
  assert.equal(attemptHistory(["passed"]), undefined);
  assert.equal(attemptHistory(["failed", "passed"]), "failed on attempt 1 of 2, then passed");
  assert.equal(attemptHistory(["failed", "timedOut", "passed"]), "failed on attempt 1 of 3, timed out on attempt 2 of 3, then passed");
  assert.equal(attemptHistory(["failed", "failed"]), "failed on attempts 1 and 2 of 2");
  assert.equal(attemptHistory(["failed", "failed", "passed"]), "failed on attempts 1 and 2 of 3, then passed");
});

test("flaky is not PASS: failed on attempt 1, passed on the retry → FAIL, the reason saying so with the first error", () => {
  const report = buildReport(
    [
      outcome({
        status: "passed",
        flaky: true,
        attempts: [
          { status: "failed", error: "Error: Functionality: the response should appear within 5000 ms\n  at stack" },
          { status: "passed" },
        ],
      }),
    ],
    "t",
  );
  const i = item(report);
  assert.equal(i?.verdict, "fail");
  assert.equal(
    i?.reason,
    "functionality.spec.ts › replies within 5 s: failed on attempt 1 of 2, then passed — Error: Functionality: the response should appear within 5000 ms",
  );
  assert.deepEqual(i?.tests, [
    { title: "functionality.spec.ts › replies within 5 s", status: "passed", flaky: true, attempts: ["failed", "passed"] },
  ]);
  assert.equal(report.summary.fail, 1);
  assert.equal(report.summary.pass, 0);
  // The layer the failed attempt's diagnosis named stays with the item.
  const layered = buildReport(
    [
      outcome({
        status: "passed",
        flaky: true,
        attempts: [{ status: "failed", error: "Error: x", layer: "gateway" }, { status: "passed" }],
      }),
    ],
    "t",
  );
  assert.equal(item(layered)?.layer, "gateway");
});

test("flaky without a recorded history is still FAIL (an older report, another writer)", () => {
  const i = item(buildReport([outcome({ status: "passed", flaky: true })], "t"));
  assert.equal(i?.verdict, "fail");
  assert.match(i?.reason ?? "", /failed on attempt 1 of 2, then passed/);
});

test("a failure in one project fails the item, naming the project; the other project's pass does not hide it", () => {
  const report = buildReport(
    [
      outcome({ status: "passed", project: "reference-current" }),
      outcome({ status: "failed", project: "reference-classic", error: "Error: Test 3: HAL's response should appear on the left" }),
    ],
    "t",
  );
  const i = item(report);
  assert.equal(i?.verdict, "fail");
  assert.equal(
    i?.reason,
    "functionality.spec.ts › replies within 5 s: in reference-classic: Error: Test 3: HAL's response should appear on the left",
  );
  assert.deepEqual(
    i?.tests.map((t) => t.project),
    ["reference-current", "reference-classic"],
  );
  // A flaky run in one project is named the same way.
  const flaky = buildReport(
    [
      outcome({ status: "passed", project: "reference-current" }),
      outcome({ status: "passed", project: "reference-classic", flaky: true, attempts: [{ status: "timedOut" }, { status: "passed" }] }),
    ],
    "t",
  );
  assert.match(item(flaky)?.reason ?? "", /: in reference-classic: timed out on attempt 1 of 2, then passed$/);
});

test("one project: the reason does not name it", () => {
  const i = item(buildReport([outcome({ status: "failed", project: "production", error: "Error: x" })], "t"));
  assert.equal(i?.reason, "functionality.spec.ts › replies within 5 s: Error: x");
});

test("passed everywhere, on the first attempt: PASS", () => {
  const report = buildReport(
    [outcome({ status: "passed", project: "reference-current" }), outcome({ status: "skipped", project: "reference-classic" })],
    "t",
  );
  assert.equal(item(report)?.verdict, "pass");
});

test("a SKIP carries its typed cause; several reasons are all kept, the cause being the one the operator can fix first", () => {
  const skip = (cause: SkipCauseId, reason: string): TestOutcome => ({
    ...outcome({ status: "skipped" }, ["troubleshooting.bypass"]),
    annotations: [
      { type: "checklist", description: "troubleshooting.bypass" },
      encode.skipCause(cause),
      { type: "skip", description: reason },
    ],
  });
  const report = buildReport(
    [
      skip("read-only", "read-only target: @destructive checks never run against production"),
      skip("no-direct-urls", "no direct gateway and static server URLs are configured (HAL_GATEWAY_URL, HAL_STATIC_URL)"),
    ],
    "t",
  );
  const i = item(report, "troubleshooting.bypass");
  assert.equal(i?.verdict, "skip");
  assert.equal(i?.cause, "no-direct-urls");
  assert.match(i?.reason ?? "", /read-only target.*; no direct gateway/);
});

test("a partial pass (short soak, no log source) is a SKIP with the cause of its reason", () => {
  const soak: TestOutcome = {
    ...outcome({ status: "passed" }, ["success.no-log-errors-1h", "pdv.stable-10min"]),
    annotations: [
      { type: "checklist", description: "success.no-log-errors-1h" },
      { type: "checklist", description: "pdv.stable-10min" },
      encode.partial("success.no-log-errors-1h", "soak-too-short", "the soak ran 30s, this item needs 1h"),
      encode.partial("success.no-log-errors-1h", "no-log-source", "no HAProxy log source is configured (HAL_HAPROXY_LOG)"),
      encode.partial("pdv.stable-10min", "soak-too-short", "the soak ran 30s, this item needs 10m (HAL_SOAK=10m, or the soak project)"),
    ],
  };
  const report = buildReport([soak], "t");
  assert.equal(item(report, "success.no-log-errors-1h")?.cause, "no-log-source", "the cause the operator can fix first");
  assert.equal(
    item(report, "success.no-log-errors-1h")?.reason,
    "the soak ran 30s, this item needs 1h; no HAProxy log source is configured (HAL_HAPROXY_LOG)",
  );
  assert.equal(item(report, "pdv.stable-10min")?.cause, "soak-too-short");
});

test("the text and Markdown reports list unverified items by cause, and show a flaky item as FAIL with its history", () => {
  const report = buildReport(
    [
      outcome({ status: "passed", flaky: true, attempts: [{ status: "failed", error: "Error: slow" }, { status: "passed" }] }),
      {
        ...outcome({ status: "skipped" }, ["step7.haproxy.no-5xx"]),
        annotations: [
          { type: "checklist", description: "step7.haproxy.no-5xx" },
          encode.skipCause("no-log-source"),
          { type: "skip", description: "no HAProxy log source is configured" },
        ],
      },
    ],
    "t",
  );
  const md = renderMarkdown(report);
  assert.match(md, /\| `pdv.reply-5s` \| .* \| \*\*FAIL\*\* \| .*failed on attempt 1 of 2, then passed — Error: slow \|/);
  assert.match(md, /## Not verified by this run\n\n- \*\*no log source configured\*\* \(1\) — to verify: --haproxy-log/);
  assert.match(md, / {2}- `step7.haproxy.no-5xx`: no HAProxy log source is configured/);
  const text = renderText(report);
  assert.match(text, /FAIL {4}pdv.reply-5s: .*failed on attempt 1 of 2, then passed/);
  assert.match(
    text,
    /Unverified: 1 applicable item was skipped\n {4}1 × no log source configured — to verify: .*\n {8}step7.haproxy.no-5xx/,
  );
});

test("a run Playwright calls passed is refused for a failed (e.g. flaky) item, an unknown id, and under strict for a skip", () => {
  const flaky = buildReport([outcome({ status: "passed", flaky: true })], "t");
  assert.match(runRefusals(flaky, false).join(), /1 checklist item\(s\) FAIL/);
  const skipped = buildReport([outcome({ status: "skipped" })], "t");
  assert.deepEqual(runRefusals(skipped, false), []);
  assert.match(
    runRefusals(skipped, true).join(),
    /HAL_STRICT=1: 1 unverified \(skipped\) item\(s\) that configuration could verify fail this run/,
  );
  assert.deepEqual(runRefusals(buildReport([outcome({ status: "passed" })], "t"), true), []);
  assert.match(
    runRefusals(buildReport([outcome({ status: "passed" }, ["no.such-id"])], "t"), false).join(),
    /unknown checklist ids: no.such-id/,
  );
});

test("the checklist page shows a flaky item as FAIL with its attempts, and the unverified items under their causes", async () => {
  const report = buildReport(
    [
      outcome({
        status: "passed",
        project: "reference-classic",
        flaky: true,
        attempts: [{ status: "failed", error: "Error: slow" }, { status: "passed" }],
      }),
      {
        ...outcome({ status: "skipped", project: "reference-current" }, ["step7.haproxy.no-5xx"]),
        annotations: [
          { type: "checklist", description: "step7.haproxy.no-5xx" },
          encode.skipCause("no-log-source"),
          { type: "skip", description: "no HAProxy log source is configured" },
        ],
      },
    ],
    "t",
  );
  const html = await renderChecklistPage({
    report,
    run: {
      target: targetOf({ description: "reference stack (processes)", url: "https://localhost:1/", runtime: "processes" }),
      pageGeneration: "current",
      startedAt: "2026-01-01T00:00:00.000Z",
      durationMs: 1000,
      status: "passed",
      versions: [],
    },
    tests: [],
    links: [],
  });
  assert.match(html, /<tr id="item-pdv-reply-5s" class="v-fail">/);
  assert.match(html, /\(reference-classic; passed; failed on attempt 1 of 2, then passed\)/);
  assert.match(html, /in reference-classic: failed on attempt 1 of 2, then passed — slow/);
  assert.match(
    html,
    /<h2 id="unverified-h">Not verified by this run<\/h2><ul><li><strong>no log source configured<\/strong> \(1\) — to verify: /,
  );
  assert.equal(runVerdict(report).cls, "fail");
  // Every checkable item ran, one was skipped: the banner says PASSED WITH 1 UNVERIFIED, not a bare PASSED.
  const all = CHECKLIST.filter((i) => !i.manual).map((i, n) =>
    outcome(n === 0 ? { status: "skipped", title: i.id } : { status: "passed", title: i.id }, [i.id]),
  );
  assert.equal(runVerdict(buildReport(all, "t")).word, "✓ PASSED WITH 1 UNVERIFIED");
});

test("a test that settles its items on their own fails only those that failed; a retried one is judged whole", () => {
  const ids = ["step6.test3.user-bubble", "step6.test3.hal-bubble", "step6.test3.send-enter"];
  const settledRun: TestOutcome = {
    ...outcome({ status: "failed", error: "Error: 1 of 3 checklist items failed" }, ids),
    annotations: [
      ...ids.map((description) => ({ type: "checklist", description })),
      {
        type: "item",
        description: "step6.test3.user-bubble: fail: Step 6 Test 3: your message should appear on the right\nExpected: > 0.5",
      },
      { type: "item", description: "step6.test3.hal-bubble: pass" },
      { type: "item", description: "step6.test3.send-enter: pass" },
    ],
  };
  const report = buildReport([settledRun], "t");
  assert.equal(item(report, "step6.test3.user-bubble")?.verdict, "fail");
  assert.match(item(report, "step6.test3.user-bubble")?.reason ?? "", /your message should appear on the right$/);
  assert.equal(item(report, "step6.test3.hal-bubble")?.verdict, "pass");
  assert.equal(item(report, "step6.test3.send-enter")?.verdict, "pass");
  // Retried: the earlier attempt's settlements are unknown, so every item of the test fails.
  const retried = buildReport([{ ...settledRun, attempts: [{ status: "failed" }, { status: "failed" }] }], "t");
  assert.equal(item(retried, "step6.test3.hal-bubble")?.verdict, "fail");
  // An item the failing test never settled (not reached) fails with the test's own error.
  const unsettled = buildReport([{ ...settledRun, annotations: settledRun.annotations.slice(0, 4) }], "t");
  assert.equal(item(unsettled, "step6.test3.send-enter")?.verdict, "fail");
});

test("one layer per failed item, from the annotations alone: the item's own over the test's diagnosis", () => {
  const ids = ["step7.haproxy.no-5xx", "pdv.haproxy-logs-clean"];
  const report = buildReport(
    [
      {
        ...outcome({ status: "failed", error: "Error: 2 of 2 checks failed" }, ids),
        title: "step7 › no 5xx",
        annotations: [
          ...ids.map((description) => ({ type: "checklist", description })),
          encode.settled("step7.haproxy.no-5xx", "Error: Step 7: HAProxy's log should show no 502 (proxy or gateway?)"),
          encode.settled("pdv.haproxy-logs-clean", "Error: Post-Deployment: no alerts"),
          encode.itemLayer("step7.haproxy.no-5xx", "page", "HAProxy logged 503 from hal2_http"),
          ...encode.layer("gateway", "the bypass diagnosis"),
        ],
      },
    ],
    "t",
  );
  const layer = (id: string) => report.items.find((i) => i.id === id)?.layer;
  assert.equal(layer("step7.haproxy.no-5xx"), "page", "the item's own evidence");
  assert.equal(layer("pdv.haproxy-logs-clean"), "gateway", "no evidence of its own: the test's diagnosis");
  // What the report writes is that one layer, once; no prose in the reason names another.
  const text = renderText(report);
  assert.match(text, /FAIL {4}step7.haproxy.no-5xx: .* — \[layer: page\] /);
  assert.doesNotMatch(report.items.find((i) => i.id === "step7.haproxy.no-5xx")?.reason ?? "", /\(layer:/);
});

test("a flaky item keeps the layer its failed attempt stated for it", () => {
  const report = buildReport(
    [
      outcome({
        status: "passed",
        flaky: true,
        attempts: [{ status: "failed", error: "Error: x", layer: "gateway", itemLayers: { [ID]: "proxy" } }, { status: "passed" }],
      }),
    ],
    "t",
  );
  assert.equal(item(report)?.layer, "proxy");
});

test("annotations round-trip: free text last, so a failure holding ': ' is read back whole", () => {
  const failure = "Error: Step 7: expected: 1, received: 2";
  const read = readAnnotations([
    encode.settled("pdv.reply-5s", failure),
    encode.settled("pdv.text-input"),
    encode.itemLayer("pdv.reply-5s", "gateway", "why: with a colon"),
    encode.partial("pdv.stable-10min", "soak-too-short", "needs: 10m"),
    encode.skipCause("no-log-source"),
    { type: "skip cause", description: "not-a-cause" },
    { type: "item layer", description: "pdv.text-input: kernel: why" },
  ]);
  assert.deepEqual(read.settled.get("pdv.reply-5s"), { failure });
  assert.deepEqual(read.settled.get("pdv.text-input"), {});
  assert.deepEqual(read.itemLayers.get("pdv.reply-5s"), { layer: "gateway", why: "why: with a colon" });
  assert.equal(read.itemLayers.has("pdv.text-input"), false, "an unknown layer is not a layer");
  assert.deepEqual(read.partial.get("pdv.stable-10min"), { causes: ["soak-too-short"], reasons: ["needs: 10m"] });
  assert.deepEqual(read.skipCauses, ["no-log-source"], "an unknown cause is dropped, never guessed");
});
