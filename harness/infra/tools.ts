/** Locating the system tools the harness runs, with an install hint when one is missing. */
import { execFileSync } from "node:child_process";
import type { SuiteConfig } from "../config/suite-config.ts";

export function findHaproxy(config: Pick<SuiteConfig, "HAL_HAPROXY_BIN">): string {
  const candidates = config.HAL_HAPROXY_BIN ? [config.HAL_HAPROXY_BIN] : ["haproxy", "/usr/sbin/haproxy"];
  for (const bin of candidates) {
    try {
      execFileSync(bin, ["-v"], { stdio: "ignore" });
      return bin;
    } catch {
      // Try the next candidate.
    }
  }
  if (config.HAL_HAPROXY_BIN)
    throw new Error(`HAL_HAPROXY_BIN: "${config.HAL_HAPROXY_BIN}" does not run (\`${config.HAL_HAPROXY_BIN} -v\` failed).`);
  throw new Error("haproxy was not found. Install HAProxy 2.6 LTS (Debian: `apt-get install haproxy`) or set HAL_HAPROXY_BIN to its path.");
}
