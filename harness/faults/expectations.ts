/**
 * What a fault's expectations come to once the suite is known, so nothing derivable is kept by
 * hand: the healthy run's `green` (every checkable item, but the long soaks', from the suite
 * listing), and, from a run, the items red only because they share a failed test with a red
 * item or were blocked by the preflight part that blocked a red item. Pure functions, unit-tested.
 */
import { CHECKLIST, type ChecklistId } from "../checklist/items.ts";
import type { ListedTest } from "../checklist/listing.ts";
import type { ItemReport } from "../checklist/verdicts.ts";
import { EVERY_OTHER_ITEM, type FaultCase } from "./define.ts";
import type { RunTest } from "./run-results.ts";

/** A fault with its `green` items listed: what the runner selects tests by and the judge judges. */
export interface JudgedFault extends Omit<FaultCase, "green"> {
  green: readonly ChecklistId[];
}

/** Items a real soak (@soak: 5 minutes to an hour) checks: never part of a self-test run. */
export const soakItems = (suite: readonly ListedTest[]): Set<string> =>
  new Set(suite.filter((t) => t.tags.includes("soak")).flatMap((t) => t.ids));

/** `green` as the judge needs it: the declared list, or every checkable non-soak item the fault names nowhere else. */
export function judgedFault(fault: FaultCase, suite: readonly ListedTest[]): JudgedFault {
  if (fault.green !== EVERY_OTHER_ITEM) return { ...fault, green: fault.green ?? [] };
  const soak = soakItems(suite);
  const named = new Set<string>([...fault.red, ...(fault.collateral ?? []), ...(fault.unverified ?? [])]);
  const green = CHECKLIST.filter((i) => !i.manual && !soak.has(i.id) && !named.has(i.id)).map((i) => i.id);
  return { ...fault, green };
}

/** Every item a fault's declaration names: the judge checks each. */
export const judgedItems = (f: JudgedFault): ChecklistId[] => [...f.red, ...f.green, ...(f.collateral ?? []), ...(f.unverified ?? [])];

/**
 * The items whose tests a quick run selects: those the fault's proof stands on (red, green,
 * unverified). Collateral is an allowance, not a proof: its tests run in a full run.
 */
export const provingItems = (f: JudgedFault): ChecklistId[] => [...f.red, ...f.green, ...(f.unverified ?? [])];

/**
 * Items BLOCKED by a part of the preflight that blocked a `red` item too: the root cause the
 * fault's proof already names, said once for every test that needs that part (a full run meets
 * them in tests no declared item selects). A `green` item is never among them: it must pass.
 */
export function blockedAlong(fault: Pick<JudgedFault, "red" | "green">, items: readonly ItemReport[]): Set<string> {
  const red = new Set<string>(fault.red);
  const green = new Set<string>(fault.green);
  const parts = new Set(items.filter((i) => red.has(i.id) && i.verdict === "blocked" && i.blockedBy).map((i) => i.blockedBy?.part));
  return new Set(items.filter((i) => i.verdict === "blocked" && !green.has(i.id) && parts.has(i.blockedBy?.part)).map((i) => i.id));
}

/**
 * Items red only because a test that checks a red item failed with them: not red themselves, not
 * settled on their own (a test that settles its items with `eachItem` fails only those that
 * failed their own check, and such a failure is no one else's). An item that failed in any
 * other way, in any test, is not in the set: it must be declared, or it is a false red. A
 * `green` item is never collateral: it must pass.
 */
export function sharedFailures(fault: Pick<JudgedFault, "red" | "green">, tests: readonly RunTest[]): Set<string> {
  const red = new Set<string>(fault.red);
  const green = new Set<string>(fault.green);
  const failedIn = new Map<string, boolean[]>();
  for (const t of tests) {
    if (!t.failed) continue;
    const checksRed = t.ids.some((id) => red.has(id));
    for (const id of t.ids) {
      const own = t.settled.get(id);
      if (own === true || red.has(id) || green.has(id)) continue; // passed on its own, expected red anyway, or must pass
      failedIn.set(id, [...(failedIn.get(id) ?? []), checksRed && own === undefined]);
    }
  }
  return new Set([...failedIn].filter(([, shared]) => shared.every(Boolean)).map(([id]) => id));
}
