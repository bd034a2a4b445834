/**
 * `npm run selftest`: runs the suite against every catalogued fault (harness/faults/catalogue.ts),
 * two at a time (two cores), and prints one row per fault: expected red, observed red, the
 * diagnosed layer, caught or missed. Writes reports/selftest.json and reports/selftest.md.
 * It also counts the checklist items proven red (coverage.ts): a run of every fault fails below
 * 100 %. Exit 1 on any miss, false red or unproven item. `--only a,b` runs some faults; `--list`
 * prints the catalogue and the items it names red.
 *
 * Quick by default: each fault runs the tests of the items its proof names (what `npm test`
 * runs). `--full` runs every checkable test against each fault (the nightly's), so an item the
 * declaration leaves out must pass, skip, or fail only as derived or declared (judge.ts): a
 * check that turns red on a fault it has nothing to do with is found, by test. `--shard i/n`
 * runs every n-th fault of the catalogue (CI jobs side by side); `npm run ci -- selftest-merge`
 * judges the shards' reports as one run, coverage included.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { type ListedTest, listSuite } from "../checklist/listing.ts";
import { exitOnProductionTarget } from "../config/production-entry.ts";
import { CATALOGUE, isFaultName } from "../faults/catalogue.ts";
import { declaredCoverage } from "../faults/coverage.ts";
import { kindLabel } from "../faults/define.ts";
import { type JudgedFault, judgedFault } from "../faults/expectations.ts";
import { judge } from "../faults/judge.ts";
import { lastRun, lastWallMs, runFault, type Scope, selectTests } from "../faults/runner.ts";
import { catalogueMarkdown, renderMarkdown, renderText, summarize } from "../faults/table.ts";
import { inBatches } from "../infra/pool.ts";
import { REPORTS_DIR } from "../paths.ts";
import { writeAllureGlobalAttachments } from "../report/allure-globals.ts";
import { reportPaths } from "../report/outputs.ts";
import { parseShard } from "./ci-runs.ts";

const options = new Command("selftest")
  .option("--only <names>", "comma-separated fault names")
  .option("--parallel <n>", "faults run at once", (v) => Number.parseInt(v, 10), 2)
  .option("--list", "print the catalogue and exit")
  .option("--markdown", "with --list: the catalogue as the README's Markdown table")
  .option("--full", "run every checkable test against each fault, not only those of the items it names (the nightly's)")
  .option("--shard <i/n>", "only every n-th fault of the catalogue, from the i-th (CI jobs side by side): coverage is then partial")
  .option("--rejudge", "judge the reports of the last run again (after a catalogue change) without running anything")
  .parse()
  .opts<{ only?: string; parallel: number; list?: boolean; markdown?: boolean; full?: boolean; shard?: string; rejudge?: boolean }>();
const scope: Scope = options.full ? "full" : "quick";

exitOnProductionTarget("npm run selftest");

if (options.list && options.markdown) {
  console.log(catalogueMarkdown(CATALOGUE));
  process.exit(0);
}
if (options.list) {
  for (const f of CATALOGUE)
    console.log(`${f.name.padEnd(30)} ${kindLabel(f).padEnd(24)} red: ${f.red.join(", ") || "—"}  (layer ${f.layer})`);
  const declared = declaredCoverage(CATALOGUE);
  console.log(`\n${declared.line}${declared.unproven.length ? `; never named red: ${declared.unproven.join(", ")}` : ""}`);
  process.exit(0);
}

const wanted = options.only?.split(",").map((s) => s.trim());
const unknown = wanted?.filter((n) => !isFaultName(n)) ?? [];
if (unknown.length) {
  console.error(`unknown fault(s): ${unknown.join(", ")}; see --list`);
  process.exit(2);
}
const shard = shardOption(options.shard);
const named = wanted ? CATALOGUE.filter((f) => wanted.includes(f.name)) : CATALOGUE;
// By catalogue position, so every shard computes the same split wherever it runs.
const chosen = shard ? named.filter((_, k) => k % shard.total === shard.index - 1) : named;

function shardOption(value: string | undefined): { index: number; total: number } | undefined {
  if (value === undefined) return undefined;
  try {
    return parseShard(value);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}

/**
 * A fault's wall time when it never ran here: a rough median per test, and per test expected to
 * fail the fresh worker Playwright starts after it (a stack and a preflight). Measured here.
 */
const ESTIMATED_MS_PER_TEST = 5_000;
const ESTIMATED_MS_PER_FAILED_TEST = 8_000;

function estimatedMs(fault: JudgedFault, suite: ListedTest[]): number {
  const failing = new Set<string>([...fault.red, ...(fault.collateral ?? [])]);
  const locations = new Set(selectTests(fault, suite, scope));
  const failed = new Set(suite.filter((t) => locations.has(t.location) && t.ids.some((id) => failing.has(id))).map((t) => t.location));
  return ESTIMATED_MS_PER_TEST * locations.size + ESTIMATED_MS_PER_FAILED_TEST * failed.size;
}

function longestFirst<T>(items: readonly T[], cost: (item: T) => number): T[] {
  const costs = new Map(items.map((i) => [i, cost(i)]));
  return [...items].sort((a, b) => (costs.get(b) ?? 0) - (costs.get(a) ?? 0));
}

const started = Date.now();
console.log(
  `Fault self-test (${scope}: ${scope === "full" ? "every checkable test" : "the tests of the items each names"}): ${chosen.length} runs, ${options.parallel} at a time (HAL_RUNTIME=processes)`,
);
// Each fault runs the tests that declare the items it names, and the healthy run's items are
// every checkable one but the soaks': the suite is listed once, here (a rejudge needs it too).
const suite = listSuite();
const faults = chosen.map((f) => judgedFault(f, suite));
// Longest first, so the last lane does not start a long fault while the other lanes idle:
// each fault's wall time in the last self-test, else an estimate from the tests it runs and fails.
const order = longestFirst(faults, (fault) => lastWallMs(fault, scope) ?? estimatedMs(fault, suite));
const finished = await inBatches(order, options.parallel, async (fault) => {
  const run = options.rejudge ? lastRun(fault, scope) : await runFault(fault, suite, scope);
  const result = judge(fault, run.report, run.wallMs, run.error, run.tests);
  console.log(
    `  ${result.caught ? "caught" : "MISSED"}  ${fault.name} (${(run.wallMs / 1000).toFixed(0)} s)${result.caught ? "" : ` — ${result.problems[0]}; see ${run.dir}`}`,
  );
  return result;
});
const results = faults.map((f) => finished[order.indexOf(f)] as (typeof finished)[number]);
const summary = summarize(results, Date.now() - started, options.parallel, scope);
console.log(renderText(summary));
writeFileSync(join(REPORTS_DIR, "selftest.json"), `${JSON.stringify(summary, null, 2)}\n`);
writeFileSync(join(REPORTS_DIR, "selftest.md"), renderMarkdown(summary));
writeAllureGlobalAttachments(reportPaths(REPORTS_DIR).allureResults, [{ path: join(REPORTS_DIR, "selftest.md") }]);
console.log(`  Written to ${join(REPORTS_DIR, "selftest.md")}`);
// A run of every fault must prove every checkable item red; a partial one (--only) reports its coverage.
const covered = wanted !== undefined || shard !== undefined || summary.coverage.unproven.length === 0;
if (!covered) console.log(`  FAILED: ${summary.coverage.unproven.length} checkable items were proven red by no fault`);
process.exit(summary.caught === summary.total && summary.falseReds === 0 && covered ? 0 : 1);
