/**
 * The private network the stack's containers share. Chromium aborts page loads and drops
 * WebSockets with ERR_NETWORK_CHANGED whenever the host gains an address — a new Docker
 * network's bridge does, and so does every container's veth while IPv6 link-local addresses
 * are on (sysctl net.ipv6.conf.default.disable_ipv6=0). So a Playwright run creates one network
 * in global setup, before any browser starts, and every worker's stacks join it under their
 * own aliases; a stack started outside a run (`stack:up`) creates its own.
 */
import { readFileSync } from "node:fs";
import { dockerClient } from "../../infra/docker.ts";
import { networkName, OWNER_LABEL } from "./sweep.ts";

/** Set by global setup, inherited by the workers: the run's shared network. */
export const RUN_NETWORK_ENV = "HAL_DOCKER_NETWORK";

export async function createNetwork(owner: number, id: string): Promise<string> {
  const docker = (await dockerClient()).container.dockerode;
  const name = networkName(owner, id);
  await docker.createNetwork({ Name: name, Driver: "bridge", CheckDuplicate: true, Labels: { [OWNER_LABEL]: String(owner) } });
  return name;
}

export async function removeNetwork(name: string): Promise<void> {
  const docker = (await dockerClient()).container.dockerode;
  await docker.getNetwork(name).remove();
}

/** A warning when container starts will still disturb running browsers (see above). */
export function ipv6ChurnWarning(path = "/proc/sys/net/ipv6/conf/default/disable_ipv6"): string | undefined {
  let value: string;
  try {
    value = readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
  if (value !== "0") return undefined;
  return (
    "new interfaces get IPv6 link-local addresses here, so each container start can make Chromium abort " +
    "requests with ERR_NETWORK_CHANGED while other workers test; .ci/run sets " +
    "`sysctl -w net.ipv6.conf.default.disable_ipv6=1` for its run (or use --workers=1)"
  );
}
