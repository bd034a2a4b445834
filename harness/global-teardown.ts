/** After a run: every worker is gone, so any registered process still alive is a leftover. */
import { isProduction, loadConfig } from "./config/suite-config.ts";
import { sweep } from "./infra/pid-registry.ts";
import { afterRun } from "./stack/containers/run-hooks.ts";
import { resolveRuntime } from "./stack/runtime.ts";

export default async function globalTeardown(): Promise<void> {
  const killed = sweep();
  if (killed.length) console.warn(`[hal-e2e] stopped processes a crashed worker left behind: ${killed.join(", ")}`);
  // The runtime was resolved when the config loaded (HAL_RUNTIME holds the answer): not asked again.
  const config = loadConfig();
  await afterRun(isProduction(config) ? undefined : resolveRuntime(config));
}
