/**
 * The Docker engine, as testcontainers finds it (DOCKER_HOST, ~/.testcontainers.properties,
 * the local socket, rootless Docker ...). Whether the stack runs on it is decided in
 * stack/runtime.ts.
 *
 * testcontainers is imported lazily: a processes run on a machine without Docker never loads it.
 */
import type { ContainerRuntimeClient } from "testcontainers";
export type LocalRuntime = "processes" | "containers";

/**
 * Offline defaults: Ryuk (testcontainers' reaper) is an image from Docker Hub, so it stays off;
 * harness/stack/containers/reaper.ts does its job. Mapped ports are reached on localhost, the
 * name the stack's certificate carries. Explicit settings in the environment win.
 */
export function applyTestcontainersDefaults(env: NodeJS.ProcessEnv = process.env): void {
  env.TESTCONTAINERS_RYUK_DISABLED ??= "true";
  env.TESTCONTAINERS_HOST_OVERRIDE ??= "localhost";
}

export async function dockerClient(): Promise<ContainerRuntimeClient> {
  applyTestcontainersDefaults();
  const { getContainerRuntimeClient } = await import("testcontainers");
  return getContainerRuntimeClient();
}

/** True when a Docker engine answers a ping within `timeoutMs`. */
export async function dockerEngineAnswers(timeoutMs = 5000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = dockerClient()
    .then((client) => client.container.dockerode.ping())
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
