/** The self-test's table: one row per fault, as text for the terminal and as Markdown for reports/. */

import { type Coverage, observedCoverage } from "./coverage.ts";
import { type FaultCase, kindLabel } from "./define.ts";
import type { FaultResult } from "./judge.ts";
import type { Scope } from "./runner.ts";

export interface SelftestSummary {
  generatedAt: string;
  caught: number;
  total: number;
  score: string;
  falseReds: number;
  wallMs: number;
  parallel: number;
  /** quick: each fault ran the tests of the items it names; full: every checkable test. */
  scope: Scope;
  /** The checklist items this run proved red (the red items of the faults it caught). */
  coverage: Coverage;
  results: FaultResult[];
}

const list = (ids: string[]) => (ids.length ? ids.join(", ") : "—");
/** Observed red items, the flaky ones marked: red on one attempt, passed on a retry. */
const observed = (r: FaultResult) => list(r.observedRed.map((id) => (r.flakyReds.includes(id) ? `${id} (flaky)` : id)));
const layer = (r: FaultResult) =>
  r.expectedLayer === "n/a"
    ? `n/a${r.observedLayers.length ? ` (${r.observedLayers.join(", ")})` : ""}`
    : r.observedLayers.join(", ") || "none";
const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

export function summarize(results: FaultResult[], wallMs: number, parallel: number, scope: Scope = "quick"): SelftestSummary {
  const caught = results.filter((r) => r.caught).length;
  return {
    generatedAt: new Date().toISOString(),
    caught,
    total: results.length,
    score: `${caught}/${results.length} (${Math.round((100 * caught) / Math.max(1, results.length))}%)`,
    falseReds: results.reduce((n, r) => n + r.falseReds.length, 0),
    wallMs,
    parallel,
    scope,
    coverage: observedCoverage(results),
    results,
  };
}

export function renderText(s: SelftestSummary): string {
  const lines = ["", `Fault self-test (${s.scope})`];
  for (const r of s.results) {
    lines.push(
      `  ${r.caught ? "CAUGHT" : "MISSED"}  ${r.name} [${kindLabel(r)}] (${seconds(r.wallMs)})`,
      `          expected red: ${list(r.expectedRed)}`,
      `          observed red: ${observed(r)}`,
      ...(r.sharedRed.length ? [`          red with a red item's test: ${list(r.sharedRed)}`] : []),
      ...(r.blockedRed.length ? [`          blocked with a red item: ${list(r.blockedRed)}`] : []),
      `          layer: expected ${r.expectedLayer}, diagnosed ${layer(r)}`,
      ...r.problems.map((p) => `          ! ${p}`),
    );
  }
  lines.push("", `  Score ${s.score}, false reds ${s.falseReds}, wall time ${seconds(s.wallMs)} (${s.parallel} in parallel)`);
  lines.push(`  Coverage: ${s.coverage.line}${s.coverage.unproven.length ? `; not proven: ${s.coverage.unproven.join(", ")}` : ""}`);
  return lines.join("\n");
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function renderMarkdown(s: SelftestSummary): string {
  return [
    `# Fault self-test (${s.scope})`,
    "",
    `Generated ${s.generatedAt}. **Score ${s.score}**, false reds: ${s.falseReds}, wall time ${seconds(s.wallMs)} (${s.parallel} in parallel).`,
    "",
    `**Coverage: ${s.coverage.line}**${s.coverage.unproven.length ? `; not proven: ${s.coverage.unproven.map((id) => `\`${id}\``).join(", ")}` : ""}.`,
    "",
    "| fault | kind | expected red | observed red | layer (expected → diagnosed) | result | problems | time |",
    "|---|---|---|---|---|---|---|---|",
    ...s.results.map(
      (r) =>
        `| ${r.name} | ${kindLabel(r)} | ${cell(list(r.expectedRed))} | ${cell(observed(r))} | ${r.expectedLayer} → ${cell(layer(r))} | **${r.caught ? "caught" : "MISSED"}** | ${cell(r.problems.join("; ") || "—")} | ${seconds(r.wallMs)} |`,
    ),
    "",
  ].join("\n");
}

/** The catalogue as the README lists it: every fault, what it is, what must turn red, and the layer. */
export function catalogueMarkdown(catalogue: readonly FaultCase[]): string {
  return [
    "| fault | kind | what it is | must be red | layer |",
    "|---|---|---|---|---|",
    ...catalogue.map(
      (f) =>
        `| \`${f.name}\` | ${kindLabel(f)} | ${cell(f.description)} | ${f.red.length ? f.red.map((id) => `\`${id}\``).join(", ") : "— (every judged item passes)"} | ${f.layer} |`,
    ),
  ].join("\n");
}
