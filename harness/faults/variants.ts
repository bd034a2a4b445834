/**
 * The stack variant a run uses: the healthy reference stack, or the catalogued fault named by
 * HAL_FAULT (the fault self-test sets it; a person can too, to see a check turn red). The
 * name was validated with the rest of the configuration (harness/config/suite-config.ts).
 */
import { join } from "node:path";
import { buildPageFault } from "../../reference-impl/page-faults/index.ts";
import { RUN_DIR } from "../paths.ts";
import type { StackVariant } from "../stack/types.ts";
import { CATALOGUE_BY_NAME } from "./catalogue.ts";

export function faultVariant(name: string | undefined): StackVariant {
  if (!name) return {};
  const fault = CATALOGUE_BY_NAME.get(name);
  if (!fault) throw new Error(`HAL_FAULT="${name}" is not a known fault; known: ${[...CATALOGUE_BY_NAME.keys()].join(", ")}`);
  // Page variants are files: built (once per content) when their fault is selected.
  return fault.page ? { ...fault.variant, staticRoot: buildPageFault(fault.page, join(RUN_DIR, "page-faults")) } : fault.variant;
}
