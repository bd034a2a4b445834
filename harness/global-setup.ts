/** Before a run: sweep processes left by an earlier run that was killed too hard to clean up. */
import { loadConfig } from "./config/suite-config.ts";
import { sweep } from "./infra/pid-registry.ts";
import { beforeRun } from "./stack/containers/run-hooks.ts";

export default async function globalSetup(): Promise<void> {
  const killed = sweep();
  if (killed.length) console.warn(`[hal-e2e] removed leftovers of an earlier run: ${killed.join(", ")}`);
  // Containers too (by owner label), and the runtime is chosen once, images built if needed.
  await beforeRun(loadConfig().HAL_RUNTIME);
}
