/**
 * How much of the checklist the fault catalogue proves able to fail: a checkable item is proven
 * red when a fault names it in `red` and that fault was caught (its red items observed red with
 * the expected layer). An item no fault turns red is a claim, not a check. Declared coverage
 * (`--list`) counts what the catalogue states; a run's coverage counts what it observed.
 */
import { CHECKLIST, type ChecklistId } from "../checklist/items.ts";
import type { FaultCase } from "./define.ts";
import type { FaultResult } from "./judge.ts";

export interface Coverage {
  proven: ChecklistId[];
  unproven: ChecklistId[];
  total: number;
  /** "69/69 items proven red" */
  line: string;
}

const CHECKABLE: ChecklistId[] = CHECKLIST.filter((i) => !("manual" in i)).map((i) => i.id);

function coverage(redIds: Set<string>, what: string): Coverage {
  const proven = CHECKABLE.filter((id) => redIds.has(id));
  const unproven = CHECKABLE.filter((id) => !redIds.has(id));
  return { proven, unproven, total: CHECKABLE.length, line: `${proven.length}/${CHECKABLE.length} items ${what}` };
}

/** What the catalogue claims: every item some fault names red. */
export function declaredCoverage(catalogue: readonly Pick<FaultCase, "red">[]): Coverage {
  return coverage(new Set(catalogue.flatMap((f) => f.red)), "named red by a fault");
}

/** What a run proved: the red items of the faults it caught. */
export function observedCoverage(results: readonly FaultResult[]): Coverage {
  return coverage(new Set(results.filter((r) => r.caught).flatMap((r) => r.expectedRed)), "proven red");
}
