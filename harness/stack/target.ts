/**
 * The one switch for the target (STYLE.md 2): the embedded reference stack unless a production
 * target is configured. Specs and fixtures only ever see the resulting StackHandle.
 */
import type { SuiteConfig } from "../config.ts";
import { variantFromEnv } from "../faults/variants.ts";
import { startReferenceStack } from "./start.ts";
import type { StackHandle } from "./types.ts";

export async function openTarget(config: SuiteConfig): Promise<StackHandle> {
  return startReferenceStack(variantFromEnv(), config);
}
