/**
 * Starts the reference stack on the configured runtime (HAL_RUNTIME). The containers runtime
 * arrives with issue 6; until then "processes" serves every setting.
 */
import type { SuiteConfig } from "../config.ts";
import { startProcessesStack } from "./processes.ts";
import type { StackHandle, StackVariant } from "./types.ts";

export async function startReferenceStack(variant: StackVariant = {}, _config?: SuiteConfig): Promise<StackHandle> {
  return startProcessesStack(variant);
}
