/**
 * The checklist page (reports/checklist.html): every checklist item appears exactly once, in
 * the checklist's order, with its verdict in words; failed items come first with their layer;
 * the page is one file with nothing fetched from the network.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { encode, readAnnotations } from "../../harness/checklist/annotations.ts";
import { CHECKLIST } from "../../harness/checklist/items.ts";
import { buildReport, type TestOutcome, type Verdict } from "../../harness/checklist/verdicts.ts";
import { renderChecklistPage, runVerdict } from "../../harness/report/page.ts";
import { type RunInfo, targetLine, targetOf } from "../../harness/report/run-info.ts";

const checkable = CHECKLIST.filter((i) => !i.manual);

/** One test per checkable item, cycling through pass, fail, skip and (no test) not-run. */
function outcomes(): TestOutcome[] {
  return checkable.flatMap((item, n): TestOutcome[] => {
    const kind = n % 4;
    if (kind === 3) return [];
    const status = (["passed", "failed", "skipped"] as const)[kind] as TestOutcome["status"];
    return [
      {
        title: `spec › checks ${item.id}`,
        status,
        flaky: false,
        annotations: [
          { type: "checklist", description: item.id },
          ...(status === "failed"
            ? [
                { type: "layer", description: "gateway" },
                { type: "diagnosis", description: "replies too slowly <b>" },
              ]
            : []),
          ...(status === "skipped" ? [{ type: "skip", description: "no HAProxy log source is configured" }] : []),
        ],
        error: status === "failed" ? `Error: Performance: every response should appear within 5000 ms <b>\nstack` : undefined,
      },
    ];
  });
}

const run: RunInfo = {
  target: targetOf({ description: "reference stack (processes)", url: "https://localhost:40089/", runtime: "processes" }),
  pageGeneration: "current",
  startedAt: "2026-11-27T02:56:50.000Z",
  durationMs: 83_000,
  status: "failed",
  versions: [{ name: "HAProxy", value: "HAProxy version 2.6.12" }],
};

const VERDICT_WORD: Record<Verdict, string> = {
  pass: "PASS",
  fail: "FAIL",
  blocked: "BLOCKED",
  skip: "SKIP",
  manual: "MANUAL",
  "not-run": "NOT RUN",
};

test("every checklist item appears once, in checklist order, with its verdict", async () => {
  const report = buildReport(outcomes(), "t");
  const html = await renderChecklistPage({ report, run, tests: [], links: [] });
  const rows = [
    ...html.matchAll(/<tr id="item-([^"]+)" class="v-([a-z-]+)"><td class="verdict"><span class="badge \2">[^<]*?([A-Z ]+)<\/span>/g),
  ];
  assert.equal(rows.length, CHECKLIST.length, "one row per checklist item");
  report.items.forEach((item, n) => {
    const row = rows[n];
    assert.ok(row, `row for ${item.id}`);
    assert.equal(row[1], item.id.replace(/[^a-zA-Z0-9_-]/g, "-"), "checklist order");
    assert.equal(row[2], item.verdict, `${item.id}: verdict class`);
    assert.equal(row[3]?.trim(), VERDICT_WORD[item.verdict], `${item.id}: verdict in words, not only colour`);
    assert.equal(
      html.split(
        `>${item.text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;")}<br><code>`,
      ).length,
      2,
      `${item.id}: its wording, once`,
    );
  });
  for (const v of ["pass", "fail", "skip", "manual", "not-run"] as Verdict[]) assert.ok(report.summary[v] > 0, `the sample covers ${v}`);
});

test("failed items come first, with the layer and the reason, escaped", async () => {
  const report = buildReport(outcomes(), "t");
  const html = await renderChecklistPage({ report, run, tests: [], links: [] });
  const failedSection = html.slice(html.indexOf('id="failed"'), html.indexOf("</section>", html.indexOf('id="failed"')));
  const failed = report.items.filter((i) => i.verdict === "fail");
  assert.ok(html.indexOf('id="failed"') < html.indexOf("<main>"), "the summary precedes the checklist");
  for (const i of failed) assert.ok(failedSection.includes(`href="#item-${i.id.replace(/[^a-zA-Z0-9_-]/g, "-")}"`), i.id);
  assert.match(failedSection, /layer: gateway/);
  assert.match(failedSection, /every response should appear within 5000 ms/);
  assert.doesNotMatch(failedSection, /spec › checks/, "the test title is linked in the row, not repeated in the reason");
  assert.doesNotMatch(html, /<b>/, "text from tests is escaped");
  assert.match(html, /5000 ms &lt;b&gt;/);
});

test("one file: no script, no external resource", async () => {
  const html = await renderChecklistPage({ report: buildReport(outcomes(), "t"), run, tests: [], links: [] });
  assert.doesNotMatch(html, /<script|<link |src="http|@import|url\(http/);
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<th scope="col">Verdict<\/th>/);
});

test("the run's verdict: failed, incomplete (nothing passed), or passed with what was not verified", () => {
  const report = buildReport(outcomes(), "t");
  assert.equal(runVerdict(report).cls, "fail");
  assert.match(runVerdict(report).lede, new RegExp(`^Of \\d+ applicable items, ${report.summary.fail} failed`));
  const passedOnly = buildReport(
    outcomes().filter((o) => o.status === "passed"),
    "t",
  );
  assert.equal(runVerdict(passedOnly).cls, "pass");
  assert.match(runVerdict(passedOnly).lede, /not run/);
  assert.equal(runVerdict(buildReport([], "t")).cls, "incomplete");
});

test("the target's facts come as data from the stack handle, never parsed from its description", () => {
  const facts = { description: "reference stack (containers)", url: "https://localhost:1/", runtime: "containers" } as const;
  const read = readAnnotations([...encode.target(facts), { type: "checklist", description: "pdv.reply-5s" }]);
  assert.deepEqual(read.target, facts);
  assert.deepEqual(targetOf(read.target), facts);
  assert.equal(targetLine(read.target), "reference stack (containers): https://localhost:1/");
  // A production description that mentions a runtime-like word in parentheses says nothing: the runtime field does.
  const production = {
    description: "production deployment (read-only; resolve hal.example.test:443:127.0.0.1)",
    url: "https://hal.example.test/",
    runtime: "production",
  } as const;
  assert.equal(readAnnotations(encode.target(production)).target?.runtime, "production");
  assert.equal(targetOf(undefined).runtime, "unknown");
  assert.equal(readAnnotations([{ type: "target", description: "legacy: https://x/" }]).target, undefined, "no runtime, no target");
});
