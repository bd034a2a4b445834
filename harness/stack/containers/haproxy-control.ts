/**
 * HaproxyControl for HAProxy in a container: every operation runs inside it, as an operator
 * would with `docker exec` — `haproxy -c`, the master CLI through socat, the config file.
 */
import type { StartedTestContainer } from "testcontainers";
import { type HaproxyControl, reloadViaMaster } from "../../haproxy/control.ts";
import { type MasterSend, parseShowProc } from "../../haproxy/master-cli.ts";

export const HAPROXY_CONFIG = "/usr/local/etc/haproxy/haproxy.cfg";
export const HAPROXY_CERT = "/usr/local/etc/haproxy/hal.pem";
export const MASTER_SOCKET = "/run/haproxy/master.sock";

/** Sends one master CLI command through socat inside the container. */
export function execSender(container: StartedTestContainer, socket = MASTER_SOCKET): MasterSend {
  return async (command) => {
    const script = 'printf "%s\\n" "$1" | socat -t 5 stdio "UNIX-CONNECT:$2"';
    const r = await container.exec(["sh", "-c", script, "master-cli", command, socket]);
    if (r.exitCode !== 0) throw new Error(`master CLI "${command}" failed (${r.exitCode}): ${r.output.trim()}`);
    return r.stdout;
  };
}

export function containerHaproxyControl(container: StartedTestContainer, configPath = HAPROXY_CONFIG): HaproxyControl {
  const send = execSender(container);
  return {
    configPath,
    async readConfig() {
      const r = await container.exec(["cat", configPath]);
      if (r.exitCode !== 0) throw new Error(`reading ${configPath} in the HAProxy container failed: ${r.stderr.trim()}`);
      return r.stdout;
    },
    writeConfig: (text) => container.copyContentToContainer([{ content: text, target: configPath }]),
    async check(path = configPath) {
      // As an operator's `sudo haproxy -c` runs it: a clean environment, not the service's.
      const r = await container.exec(["env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "haproxy", "-c", "-f", path]);
      return { valid: r.exitCode === 0, output: r.output.trim() };
    },
    reload: () => reloadViaMaster(send),
    processes: async () => parseShowProc(await send("show proc")),
  };
}
