/**
 * How a seeded fault is declared: whole, once, in the file of its kind (haproxy-*.ts,
 * gateway.ts, static.ts, page*.ts, certificate.ts, history.ts), through `defineFaults(kind, ...)`:
 * its one description, its variant of the reference stack (a page fault: its page build), and
 * what the checklist must say about it. The kind is the helper's argument, never a field of its
 * own, so it cannot contradict where the fault lives; the names are the declarations' keys, so
 * catalogue.ts derives the union of fault names from them.
 *
 * What the checklist must say (judged by judge.ts; a quick run holds the tests that check a
 * red, green or unverified item, selected by the checklist ids they declare; a full run, every
 * checkable test):
 *   red         items that must fail, the fault's proof; `layer` is what their diagnosis must name
 *   green       items that must pass (explicit, so a run where everything skipped is a miss)
 *   unverified  items that must be reported SKIP, with a reason
 *   collateral  items allowed to fail besides `red` that the judge cannot derive: an item whose
 *               own check the fault breaks too. Derived from the run instead, needing no line
 *               here (expectations.ts): an item that fails only because it shares a failing test
 *               with a red item (not settled on its own with `eachItem`), and an item BLOCKED by
 *               the preflight part that blocked a red item. An allowance, not a proof: no test
 *               is selected for it in a quick run.
 * Any other item the run judges must not fail: that is a false red.
 */
import type { Layer } from "../checklist/annotations.ts";
import type { ChecklistId } from "../checklist/items.ts";
import type { StackVariant } from "../stack/types.ts";
import type { PageBuild } from "./page-build.ts";

type ExpectedLayer = Layer | "n/a";

/** Where a fault lives: the part of the reference stack its declaration changes. */
export type FaultKind = "healthy" | "haproxy" | "gateway" | "static" | "page" | "certificate" | "logs";

/** The healthy run's `green`: every checkable item but those the long soaks check (from the suite listing) and those named otherwise (expectations.ts). */
export const EVERY_OTHER_ITEM = "every other item";

interface Expectations {
  red: readonly ChecklistId[];
  /** The layer the diagnosis of the red through-proxy checks must name; n/a: only config-review items go red. */
  layer: ExpectedLayer;
  green?: readonly ChecklistId[] | typeof EVERY_OTHER_ITEM;
  unverified?: readonly ChecklistId[];
  /** Only what the run cannot derive (see above), each with the reason in a comment. */
  collateral?: readonly ChecklistId[];
  /**
   * A stack the suite must not over-report: harmless, or broken in one way while a nearby
   * budget or check must stay green. Its point is its `green` items.
   */
  specificity?: true;
}

interface Described extends Expectations {
  /** One line for the catalogue table (docs/selftest.md) and the self-test's output. */
  description: string;
}

/** A fault of the stack's servers, proxy, certificate or logs: a variant of the reference stack. */
interface StackFaultDeclaration extends Described {
  variant: StackVariant;
}

/** A fault of the page: a build (a checked patch of one generation) served instead of the reference page. */
interface PageFaultDeclaration extends Described {
  build: PageBuild;
}

type FaultDeclaration<K extends FaultKind> = K extends "page" ? PageFaultDeclaration : StackFaultDeclaration;

export interface FaultCase<Name extends string = string> extends Expectations {
  readonly name: Name;
  readonly kind: FaultKind;
  readonly description: string;
  /** The stack variant; a page fault's is completed with its build's directory when selected (variants.ts). */
  readonly variant: StackVariant;
  readonly build?: PageBuild;
}

/**
 * Declares the faults of one kind, keyed by name. Each value is checked against the kind's
 * declaration type (a misspelt field, checklist id or gateway knob is a compile error).
 */
export function defineFaults<K extends FaultKind, Name extends string>(
  kind: K,
  declarations: Record<Name, FaultDeclaration<K>>,
): FaultCase<Name>[] {
  return (Object.entries(declarations) as [Name, StackFaultDeclaration | PageFaultDeclaration][]).map(([name, declared]) =>
    "build" in declared ? { ...declared, name, kind, variant: {} } : { ...declared, name, kind },
  );
}

/** "haproxy" or "haproxy, specificity": the kind as the tables show it. */
export const kindLabel = (f: { kind: FaultKind; specificity?: boolean }): string => (f.specificity ? `${f.kind}, specificity` : f.kind);
