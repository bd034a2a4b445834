/**
 * The containers runtime's part of Playwright's global setup and teardown: sweep containers
 * and networks whose owner is gone, and build (or find cached) the images once, before the
 * workers start — a cold build takes longer than a worker fixture may.
 */
import { dockerEngineAnswers, type LocalRuntime } from "../../infra/docker.ts";
import { createNetwork, ipv6ChurnWarning, RUN_NETWORK_ENV } from "./network.ts";
import { ensureReaper } from "./reaper.ts";
import { sweepContainers } from "./sweep.ts";

const say = (line: string) => console.log(`[hal-e2e] ${line}`);

async function sweepIfEngine(what: string): Promise<boolean> {
  if (!(await dockerEngineAnswers(2000))) return false;
  const removed = await sweepContainers();
  if (removed.length) console.warn(`[hal-e2e] removed ${what}: ${removed.join(", ")}`);
  return true;
}

/**
 * `runtime` is undefined for a production target. Only a containers run asks the engine: a
 * processes or production run starts no container, so it neither loads testcontainers nor
 * sweeps (about a second of every self-test run on a machine with Docker). Leftovers of a killed
 * containers run are swept by the next one, and `.ci/run` removes any by label at its end.
 */
export async function beforeRun(runtime: LocalRuntime | undefined): Promise<void> {
  if (runtime !== "containers") return;
  await sweepIfEngine("containers left by an earlier run");
  const started = Date.now();
  const { ensureImages } = await import("../../images/build.ts");
  const images = await ensureImages({ log: say });
  say(`images ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${images.haproxy}, ${images.servers}`);
  process.env[RUN_NETWORK_ENV] = await createNetwork(process.pid, "run");
  // Removes the run's network if this runner is killed before its global teardown.
  ensureReaper();
  const warning = ipv6ChurnWarning();
  if (warning) console.warn(`[hal-e2e] warning: ${warning}`);
}

export async function afterRun(runtime: LocalRuntime | undefined): Promise<void> {
  if (runtime !== "containers") return;
  if (!(await sweepIfEngine("containers a crashed worker left behind"))) return;
  // The run's own network (its owner, this runner, is still alive).
  if (process.env[RUN_NETWORK_ENV]) await sweepContainers({ owner: process.pid });
}
