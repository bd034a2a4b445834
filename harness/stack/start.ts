/**
 * Starts the reference stack on the configured runtime. The containers runtime arrives in a
 * later issue; until then "processes" is the only runtime.
 */
import { startProcessesStack } from "./processes.ts";
import type { StackHandle, StackVariant } from "./types.ts";

export async function startReferenceStack(variant: StackVariant = {}): Promise<StackHandle> {
  return startProcessesStack(variant);
}
