/** Before a run: sweep processes left by an earlier run that was killed too hard to clean up. */
import { sweep } from "./pid-registry.ts";

export default function globalSetup(): void {
  const killed = sweep();
  if (killed.length) console.warn(`[hal-e2e] removed leftovers of an earlier run: ${killed.join(", ")}`);
}
