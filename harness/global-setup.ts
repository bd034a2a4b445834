/** Before a run: sweep what an earlier run left behind when it was killed too hard to clean up. */
import { isProduction, loadConfig } from "./config/suite-config.ts";
import { sweep } from "./infra/pid-registry.ts";
import { beforeRun } from "./stack/containers/run-hooks.ts";
import { resolveRuntime } from "./stack/runtime.ts";

export default async function globalSetup(): Promise<void> {
  const killed = sweep();
  if (killed.length) console.warn(`[hal-e2e] removed leftovers of an earlier run: ${killed.join(", ")}`);
  // Containers too (by owner label); on the containers runtime, images are built once, here.
  const config = loadConfig();
  await beforeRun(isProduction(config) ? undefined : resolveRuntime(config));
}
