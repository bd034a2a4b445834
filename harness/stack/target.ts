/**
 * The one switch for the target (STYLE.md 2): the embedded reference stack unless a production
 * target is configured (HAL_TARGET_URL). Specs and fixtures only ever see the resulting
 * StackHandle. The production branch comes first: with a target configured, nothing starts
 * locally, whatever else (a fault variant, a runtime) is set.
 */
import type { PageGeneration } from "../../reference-impl/page/generations.ts";
import { isProduction, type SuiteConfig } from "../config/suite-config.ts";
import { faultVariant } from "../faults/variants.ts";
import { openProduction } from "./production.ts";
import { startReferenceStack } from "./start.ts";
import type { StackHandle } from "./types.ts";

/** `pageGeneration`: the page a reference stack serves (a page build selected by HAL_FAULT decides its own). */
export async function openTarget(config: SuiteConfig, pageGeneration?: PageGeneration): Promise<StackHandle> {
  if (isProduction(config)) return openProduction(config);
  return startReferenceStack(config, { pageGeneration, ...faultVariant(config.HAL_FAULT) });
}
