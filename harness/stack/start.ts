/**
 * Starts the reference stack on the configured runtime (HAL_RUNTIME): containers when a Docker
 * engine answers (or when asked for explicitly), processes otherwise. The handle's description
 * names the runtime, and every test is annotated with it.
 */
import { loadConfig, type SuiteConfig } from "../config/suite-config.ts";
import { chooseRuntime } from "../infra/docker.ts";
import { startProcessesStack } from "./processes.ts";
import type { StackHandle, StackVariant } from "./types.ts";

export async function startReferenceStack(variant: StackVariant = {}, config?: SuiteConfig): Promise<StackHandle> {
  const { HAL_RUNTIME, HAL_HAPROXY_LOG_MODE } = config ?? loadConfig();
  const runtime = await chooseRuntime(HAL_RUNTIME);
  const options = { haproxyLogMode: HAL_HAPROXY_LOG_MODE };
  if (runtime === "processes") return startProcessesStack(variant, options);
  // Loaded only here: a processes run never loads testcontainers.
  const { startContainersStack } = await import("./containers/stack.ts");
  return startContainersStack(variant, options);
}
