/** After a run: every worker is gone, so any registered process still alive is a leftover. */
import { sweep } from "./infra/pid-registry.ts";
import { afterRun } from "./stack/containers/run-hooks.ts";

export default async function globalTeardown(): Promise<void> {
  const killed = sweep();
  if (killed.length) console.warn(`[hal-e2e] stopped processes a crashed worker left behind: ${killed.join(", ")}`);
  await afterRun();
}
