/**
 * Starts the reference stack on the configured runtime (HAL_RUNTIME): containers when a Docker
 * engine answers (or when asked for explicitly), processes otherwise. The handle's description
 * names the runtime, and every test is annotated with it.
 */
import type { SuiteConfig } from "../config/suite-config.ts";
import { startProcessesStack } from "./processes.ts";
import { resolveRuntime } from "./runtime.ts";
import type { StackHandle, StackVariant } from "./types.ts";

export async function startReferenceStack(config: SuiteConfig, variant: StackVariant = {}): Promise<StackHandle> {
  if (resolveRuntime(config) === "processes") return startProcessesStack(config, variant);
  // Loaded only here: a processes run never loads testcontainers.
  const { startContainersStack } = await import("./containers/stack.ts");
  return startContainersStack(config, variant);
}
