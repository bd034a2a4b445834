/**
 * The stack variant a run uses: the healthy reference stack, or the catalogued fault named by
 * HAL_FAULT (the fault self-test sets it; a person can too, to see a check turn red). The
 * name was validated with the rest of the configuration (harness/config/suite-config.ts).
 * A page fault's build (page-build.ts) is a patch of one generation: that generation is the run's.
 */
import { join } from "node:path";
import type { PageGeneration } from "../../reference-impl/page/generations.ts";
import { RUN_DIR } from "../paths.ts";
import type { StackVariant } from "../stack/types.ts";
import { type FaultName, faultNamed } from "./catalogue.ts";
import { buildPage } from "./page-build.ts";

/** The page generation a fault runs on, if it decides one: its page build's, or the one its variant names. */
export function faultPageGeneration(name: string | undefined): PageGeneration | undefined {
  if (!name) return undefined;
  const fault = faultNamed(name);
  return fault.build?.generation ?? fault.variant.pageGeneration;
}

/** Writes the page build of fault `name` under `root` and returns its directory. */
export function buildPageFault(name: FaultName, root: string): string {
  const { build } = faultNamed(name);
  if (!build) throw new Error(`fault "${name}" has no page build`);
  return buildPage(name, build, root);
}

export function faultVariant(name: string | undefined): StackVariant {
  if (!name) return {};
  const fault = faultNamed(name);
  if (!fault.build) return fault.variant;
  // Page builds are files: built (once per content) when their fault is selected.
  return {
    ...fault.variant,
    staticRoot: buildPage(fault.name, fault.build, join(RUN_DIR, "page-faults")),
    pageGeneration: fault.build.generation,
  };
}
