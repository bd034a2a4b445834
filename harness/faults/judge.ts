/**
 * Judges one fault's checklist report against its declaration (pure, unit-tested):
 * caught when every expected item is red, the diagnosis names the expected layer, every
 * `green` item passes, every `unverified` item is skipped (with its reason) and nothing else
 * fails. Anything failing beyond `red`, the declared `collateral`, the items that only shared a
 * failed test with a red item (derived from the run's tests) and the items blocked by the
 * preflight part that blocked a red item (derived from the report: expectations.ts) is a false
 * red, reported by id with the test that failed it. The same rules judge a quick run (the tests
 * of the items the fault names) and a full one (every checkable test).
 *
 * A flaky item (a test of it failed, then passed on a retry) is red, whatever verdict an older
 * report gave it: a flaky red item is caught, a flaky green item is a false red. A BLOCKED item
 * (the preflight found a part it needs failing, and named the layer) is red too: it fails a run
 * like a FAIL, and a fault that breaks a part turns red every item that needs it.
 */
import { attemptHistory, type ChecklistReport, type ItemReport } from "../checklist/verdicts.ts";
import type { FaultKind } from "./define.ts";
import { blockedAlong, type JudgedFault, sharedFailures } from "./expectations.ts";
import type { RunTest } from "./run-results.ts";

export interface FaultResult {
  name: string;
  kind: FaultKind;
  specificity: boolean;
  expectedRed: string[];
  observedRed: string[];
  /** Observed red items allowed because they only shared a failed test with a red item. */
  sharedRed: string[];
  /** Observed red items allowed because the preflight part that blocked a red item blocked them too. */
  blockedRed: string[];
  /** The observed red items that were red only on some attempts (failed, then passed on a retry). */
  flakyReds: string[];
  expectedLayer: string;
  /** Layers the diagnosis named for the red through-proxy items (config-review items excluded). */
  observedLayers: string[];
  falseReds: string[];
  problems: string[];
  caught: boolean;
  wallMs: number;
}

/** Static review items: judged from the config file, so a bypass diagnosis says nothing about them. */
export const isReviewItem = (id: string) => id.startsWith("step3.review.") || id === "step3.config-valid";

export function judge(
  fault: JudgedFault,
  report: ChecklistReport | undefined,
  wallMs: number,
  runError?: string,
  /** The run's tests with their own verdicts (results.json); without them no collateral is derived. */
  tests?: readonly RunTest[],
): FaultResult {
  const items = new Map<string, ItemReport>((report?.items ?? []).map((i) => [i.id, i]));
  const verdict = (id: string) => {
    const item = items.get(id);
    if (!item) return "missing";
    return isFlaky(item) ? `fail (flaky: ${flakyHistory(item)})` : item.verdict;
  };
  const isRed = (i: ItemReport) => i.verdict === "fail" || i.verdict === "blocked" || isFlaky(i);
  const observedRed = [...items.values()].filter(isRed).map((i) => i.id);
  const flakyReds = [...items.values()].filter(isFlaky).map((i) => i.id);
  const problems: string[] = [];
  if (!report) problems.push(`no checklist.json was written${runError ? ` (${runError})` : ""}`);
  if (report?.unknownIds.length) problems.push(`tests use unknown checklist ids: ${report.unknownIds.join(", ")}`);

  const red = (id: string) => {
    const item = items.get(id);
    return item !== undefined && isRed(item);
  };
  for (const id of fault.red) if (!red(id)) problems.push(`${id} should be red, is ${verdict(id)}`);
  for (const id of fault.green) if (verdict(id) !== "pass") problems.push(`${id} should pass, is ${verdict(id)}`);
  for (const id of fault.unverified ?? []) if (verdict(id) !== "skip") problems.push(`${id} should be skipped, is ${verdict(id)}`);

  const declared = new Set<string>([...fault.red, ...(fault.collateral ?? [])]);
  const shared = sharedFailures(fault, tests ?? []);
  const along = blockedAlong(fault, [...items.values()]);
  const sharedRed = observedRed.filter((id) => !declared.has(id) && shared.has(id));
  const blockedRed = observedRed.filter((id) => !declared.has(id) && !shared.has(id) && along.has(id));
  const falseReds = observedRed.filter((id) => !declared.has(id) && !shared.has(id) && !along.has(id));
  if (report && !tests && falseReds.length)
    problems.push("no results.json beside checklist.json: collateral shared with a red item's test is not derived (run it again)");
  for (const id of falseReds) {
    const item = items.get(id);
    const why = item && isFlaky(item) && item.verdict !== "fail" ? `flaky: ${flakyHistory(item)}` : item?.reason?.split("\n")[0];
    problems.push(`false red: ${id} (${why ?? ""})${item ? inTests(item) : ""}`);
  }

  const layered = fault.red.filter((id) => red(id) && !isReviewItem(id));
  const observedLayers = [...new Set(layered.map((id) => items.get(id)?.layer ?? "none"))];
  if (fault.layer !== "n/a") {
    if (!layered.length) problems.push(`no red through-proxy item to diagnose (expected layer ${fault.layer})`);
    const wrong = layered.filter((id) => items.get(id)?.layer !== fault.layer);
    for (const id of wrong) problems.push(`diagnosis of ${id} names layer ${items.get(id)?.layer ?? "none"}, expected ${fault.layer}`);
  }

  return {
    name: fault.name,
    kind: fault.kind,
    specificity: fault.specificity === true,
    expectedRed: [...fault.red],
    observedRed,
    sharedRed,
    blockedRed,
    flakyReds,
    expectedLayer: fault.layer,
    observedLayers,
    falseReds,
    problems,
    caught: problems.length === 0,
    wallMs,
  };
}

/** The tests that failed the item (or were blocked: skipped by the preflight), by title: where to look, whatever the reason says. */
function inTests(i: ItemReport): string {
  const failing = (t: ItemReport["tests"][number]) => t.flaky || (t.status !== "passed" && t.status !== "skipped");
  const failed = i.tests.filter((t) => i.verdict === "blocked" || failing(t)).map((t) => `"${t.title}"`);
  return failed.length ? ` in ${[...new Set(failed)].join(", ")}` : "";
}

/** A test of the item failed on some attempt and passed on a later one. */
const isFlaky = (i: ItemReport) => i.tests.some((t) => t.flaky);

function flakyHistory(i: ItemReport): string {
  const t = i.tests.find((t) => t.flaky);
  return (t?.attempts && attemptHistory(t.attempts)) ?? "failed, then passed on a retry";
}
