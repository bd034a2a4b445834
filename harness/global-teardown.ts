/** After a run: every worker is gone, so any registered process still alive is a leftover. */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { RUN_DIR } from "./paths.ts";
import { sweep } from "./pid-registry.ts";
import { afterRun } from "./stack/containers/run-hooks.ts";

export default async function globalTeardown(): Promise<void> {
  const killed = sweep();
  if (killed.length) console.warn(`[hal-e2e] stopped processes a crashed worker left behind: ${killed.join(", ")}`);
  await afterRun();
  // Browser homes trusting one stack's certificate each (browser-trust.ts) are done with.
  for (const name of readdirSync(RUN_DIR).filter((n) => n.startsWith("browser-home-trusting-"))) {
    rmSync(join(RUN_DIR, name), { recursive: true, force: true });
  }
}
