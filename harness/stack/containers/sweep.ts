/**
 * Containers and networks of the containers runtime carry their owner: the pid of the process
 * (a Playwright worker, `stack:up`) that started them. Anything whose owner is gone is a
 * leftover — of a killed worker, an interrupted run — and is removed here, the way
 * pid-registry.ts sweeps processes. Testcontainers' own reaper (Ryuk) is an image from a
 * registry and is off offline; this is its replacement.
 */
import { isAlive } from "../../infra/pid-registry.ts";

export const OWNER_LABEL = "hal-e2e.owner";
export const STACK_LABEL = "hal-e2e.stack";
export const NETWORK_PREFIX = "hal-e2e-";

export interface SweepOptions {
  /** Remove only what this owner started (the reaper, after its owner died). */
  owner?: number;
  /** Remove everything the suite started, owners alive or not. */
  all?: boolean;
}

export function networkName(owner: number, stackId: string): string {
  return `${NETWORK_PREFIX}${owner}-${stackId}`;
}

export function networkOwner(name: string): number | undefined {
  const m = new RegExp(`^${NETWORK_PREFIX}(\\d+)-`).exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Whether a resource with this owner is to be removed under `opts`. */
export function isLeftover(owner: number | undefined, opts: SweepOptions, alive: (pid: number) => boolean = isAlive): boolean {
  if (owner === undefined || !Number.isInteger(owner)) return false;
  if (opts.owner !== undefined) return owner === opts.owner;
  return !!opts.all || !alive(owner);
}

/** Removes leftover containers (forcefully, with their anonymous volumes), then their networks. */
export async function sweepContainers(opts: SweepOptions = {}): Promise<string[]> {
  const { dockerClient } = await import("../../infra/docker.ts");
  const docker = (await dockerClient()).container.dockerode;
  const removed: string[] = [];
  const containers = await docker.listContainers({ all: true, filters: { label: [OWNER_LABEL] } });
  await Promise.all(
    containers
      .filter((c) => isLeftover(Number(c.Labels[OWNER_LABEL]), opts))
      .map(async (c) => {
        await docker
          .getContainer(c.Id)
          .remove({ force: true, v: true })
          .catch(() => {});
        removed.push(`container ${c.Names[0] ?? c.Id.slice(0, 12)} (owner ${c.Labels[OWNER_LABEL]})`);
      }),
  );
  const networks = await docker.listNetworks({ filters: { name: [NETWORK_PREFIX] } });
  for (const n of networks.filter((n) => isLeftover(networkOwner(n.Name), opts))) {
    await docker
      .getNetwork(n.Id)
      .remove()
      .catch(() => {});
    removed.push(`network ${n.Name}`);
  }
  return removed;
}
