/**
 * The one decision of where the reference stack runs. HAL_RUNTIME=processes|containers is
 * taken as given; `auto` means containers when a Docker engine answers, processes otherwise.
 * The answer is decided once, in the Playwright runner when its config loads, and recorded in
 * the environment (HAL_RUNTIME=<answer>), so its workers, global setup and child runs inherit
 * the same answer instead of asking the engine again.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { SuiteConfig } from "../config/suite-config.ts";
import type { LocalRuntime } from "../infra/docker.ts";
import { NODE_LOADER, REPO_ROOT, suiteModule } from "../paths.ts";

export type { LocalRuntime };

/** Places where testcontainers finds an engine; without any of them there is nothing to ask. */
function engineMayExist(env: NodeJS.ProcessEnv): boolean {
  return (
    !!env.DOCKER_HOST ||
    existsSync("/var/run/docker.sock") ||
    (!!env.XDG_RUNTIME_DIR && existsSync(join(env.XDG_RUNTIME_DIR, "docker.sock"))) ||
    existsSync(join(homedir(), ".testcontainers.properties"))
  );
}

/** Asks the engine (through testcontainers, as the stack will) in a child process, so callers stay synchronous. */
function engineAnswers(): boolean {
  const docker = JSON.stringify(pathToFileURL(suiteModule("harness/infra/docker.ts")).href);
  const script = `const { dockerEngineAnswers } = await import(${docker}); process.exit((await dockerEngineAnswers(4000)) ? 0 : 1);`;
  const run = spawnSync(process.execPath, [...NODE_LOADER, "--input-type=module", "-e", script], {
    cwd: REPO_ROOT,
    stdio: "ignore",
    timeout: 10_000,
  });
  return run.status === 0;
}

export function resolveRuntime(
  config: Pick<SuiteConfig, "HAL_RUNTIME">,
  env: NodeJS.ProcessEnv = process.env,
  ask: () => boolean = () => engineMayExist(env) && engineAnswers(),
): LocalRuntime {
  if (config.HAL_RUNTIME !== "auto") return config.HAL_RUNTIME;
  const runtime: LocalRuntime = ask() ? "containers" : "processes";
  env.HAL_RUNTIME = runtime;
  return runtime;
}
