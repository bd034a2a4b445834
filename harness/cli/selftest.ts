/**
 * `npm run selftest`: runs the suite against every catalogued fault (harness/faults/catalogue.ts),
 * two at a time (two cores), and prints one row per fault: expected red, observed red, the
 * diagnosed layer, caught or missed. Writes reports/selftest.json and reports/selftest.md.
 * It also counts the checklist items proven red (coverage.ts): a full run fails below 100 %.
 * Exit 1 on any miss, false red or unproven item. `--only a,b` runs some faults; `--list`
 * prints the catalogue and the items it names red.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { type ListedTest, listSuite } from "../checklist/listing.ts";
import { exitOnProductionTarget } from "../config/production-entry.ts";
import { CATALOGUE, type FaultCase } from "../faults/catalogue.ts";
import { declaredCoverage } from "../faults/coverage.ts";
import { judge } from "../faults/judge.ts";
import { lastRun, lastWallMs, runFault, selectTests } from "../faults/runner.ts";
import { catalogueMarkdown, renderMarkdown, renderText, summarize } from "../faults/table.ts";
import { inBatches } from "../infra/pool.ts";
import { REPORTS_DIR } from "../paths.ts";
import { writeAllureGlobalAttachments } from "../report/allure-globals.ts";
import { reportPaths } from "../report/outputs.ts";

const options = new Command("selftest")
  .option("--only <names>", "comma-separated fault names")
  .option("--parallel <n>", "faults run at once", (v) => Number.parseInt(v, 10), 2)
  .option("--list", "print the catalogue and exit")
  .option("--markdown", "with --list: the catalogue as the README's Markdown table")
  .option("--rejudge", "judge the reports of the last run again (after a catalogue change) without running anything")
  .parse()
  .opts<{ only?: string; parallel: number; list?: boolean; markdown?: boolean; rejudge?: boolean }>();

exitOnProductionTarget("npm run selftest");

if (options.list && options.markdown) {
  console.log(catalogueMarkdown(CATALOGUE));
  process.exit(0);
}
if (options.list) {
  for (const f of CATALOGUE) console.log(`${f.name.padEnd(30)} ${f.kind.padEnd(12)} red: ${f.red.join(", ") || "—"}  (layer ${f.layer})`);
  const declared = declaredCoverage(CATALOGUE);
  console.log(`\n${declared.line}${declared.unproven.length ? `; never named red: ${declared.unproven.join(", ")}` : ""}`);
  process.exit(0);
}

const wanted = options.only?.split(",").map((s) => s.trim());
const unknown = wanted?.filter((n) => !CATALOGUE.some((f) => f.name === n)) ?? [];
if (unknown.length) {
  console.error(`unknown fault(s): ${unknown.join(", ")}; see --list`);
  process.exit(2);
}
const faults = wanted ? CATALOGUE.filter((f) => wanted.includes(f.name)) : CATALOGUE;

/**
 * A fault's wall time when it never ran here: a rough median per test, and per test expected to
 * fail the fresh worker Playwright starts after it (a stack and a preflight). Measured here.
 */
const ESTIMATED_MS_PER_TEST = 5_000;
const ESTIMATED_MS_PER_FAILED_TEST = 8_000;

function estimatedMs(fault: FaultCase, suite: ListedTest[]): number {
  const failing = new Set<string>([...fault.red, ...(fault.collateral ?? [])]);
  const locations = new Set(selectTests(fault, suite));
  const failed = new Set(suite.filter((t) => locations.has(t.location) && t.ids.some((id) => failing.has(id))).map((t) => t.location));
  return ESTIMATED_MS_PER_TEST * locations.size + ESTIMATED_MS_PER_FAILED_TEST * failed.size;
}

function longestFirst<T>(items: readonly T[], cost: (item: T) => number): T[] {
  const costs = new Map(items.map((i) => [i, cost(i)]));
  return [...items].sort((a, b) => (costs.get(b) ?? 0) - (costs.get(a) ?? 0));
}

const started = Date.now();
console.log(`Fault self-test: ${faults.length} runs, ${options.parallel} at a time (HAL_RUNTIME=processes)`);
// Each fault runs the tests that declare the items it names: the suite is listed once, here.
const suite = options.rejudge ? [] : listSuite();
// Longest first, so the last lane does not start a long fault while the other lanes idle:
// each fault's wall time in the last self-test, else an estimate from the tests it runs and fails.
const order = longestFirst(faults, (fault) => lastWallMs(fault) ?? estimatedMs(fault, suite));
const finished = await inBatches(order, options.parallel, async (fault) => {
  const run = options.rejudge ? lastRun(fault) : await runFault(fault, suite);
  const result = judge(fault, run.report, run.wallMs, run.error);
  console.log(
    `  ${result.caught ? "caught" : "MISSED"}  ${fault.name} (${(run.wallMs / 1000).toFixed(0)} s)${result.caught ? "" : ` — ${result.problems[0]}; see ${run.dir}`}`,
  );
  return result;
});
const results = faults.map((f) => finished[order.indexOf(f)] as (typeof finished)[number]);
const summary = summarize(results, Date.now() - started, options.parallel);
console.log(renderText(summary));
writeFileSync(join(REPORTS_DIR, "selftest.json"), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(join(REPORTS_DIR, "selftest.md"), renderMarkdown(summary));
writeAllureGlobalAttachments(reportPaths(REPORTS_DIR).allureResults, [{ path: join(REPORTS_DIR, "selftest.md") }]);
console.log(`  Written to ${join(REPORTS_DIR, "selftest.md")}`);
// A full run must prove every checkable item red; a partial one (--only) reports its coverage.
const covered = wanted !== undefined || summary.coverage.unproven.length === 0;
if (!covered) console.log(`  FAILED: ${summary.coverage.unproven.length} checkable items were proven red by no fault`);
process.exit(summary.caught === summary.total && summary.falseReds === 0 && covered ? 0 : 1);
