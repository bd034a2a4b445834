/**
 * A GenericContainer whose published ports listen on the loopback interface only. Docker
 * publishes on every interface by default; the suite's traffic stays on this machine
 * (testcontainers 12.0 has no option for the host address of a binding).
 */
import type { HostConfig } from "dockerode";
import { GenericContainer } from "testcontainers";

export const LOOPBACK = "127.0.0.1";

export function bindToLoopback(hostConfig: HostConfig): void {
  for (const bindings of Object.values(hostConfig.PortBindings ?? {}) as { HostIp?: string; HostPort?: string }[][]) {
    for (const binding of bindings) binding.HostIp = LOOPBACK;
  }
}

export class LoopbackContainer extends GenericContainer {
  protected override async beforeContainerCreated(): Promise<void> {
    bindToLoopback(this.hostConfig);
  }
}
