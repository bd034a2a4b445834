/**
 * The stack variant a run uses: the healthy reference stack, or the catalogued fault named by
 * HAL_FAULT (the fault self-test sets it; a person can too, to see a check turn red). The
 * name was validated with the rest of the configuration (harness/config/suite-config.ts).
 * A page build (./page.ts) is a patch of one page generation: that generation is the run's.
 */
import { join } from "node:path";
import type { PageGeneration } from "../../reference-impl/page/generations.ts";
import { RUN_DIR } from "../paths.ts";
import type { StackVariant } from "../stack/types.ts";
import { CATALOGUE_BY_NAME, type FaultCase } from "./catalogue.ts";
import { buildPageFault, PAGE_FAULTS } from "./page.ts";

function catalogued(name: string): FaultCase {
  const fault = CATALOGUE_BY_NAME.get(name);
  if (!fault) throw new Error(`HAL_FAULT="${name}" is not a known fault; known: ${[...CATALOGUE_BY_NAME.keys()].join(", ")}`);
  return fault;
}

/** The page generation a fault runs on, if it decides one: its page build's, or the one its variant names. */
export function faultPageGeneration(name: string | undefined): PageGeneration | undefined {
  if (!name) return undefined;
  const fault = catalogued(name);
  return fault.page ? PAGE_FAULTS[fault.page]?.generation : fault.variant.pageGeneration;
}

export function faultVariant(name: string | undefined): StackVariant {
  if (!name) return {};
  const fault = catalogued(name);
  if (!fault.page) return fault.variant;
  // Page builds are files: built (once per content) when their fault is selected.
  return {
    ...fault.variant,
    staticRoot: buildPageFault(fault.page, join(RUN_DIR, "page-faults")),
    pageGeneration: PAGE_FAULTS[fault.page]?.generation,
  };
}
