/** Locating the system tools the harness runs, with an install hint when one is missing. */
import { execFileSync } from "node:child_process";

export function findHaproxy(): string {
  const candidates = [process.env.HAL_HAPROXY_BIN, "haproxy", "/usr/sbin/haproxy"].filter((c): c is string => !!c);
  for (const bin of candidates) {
    try {
      execFileSync(bin, ["-v"], { stdio: "ignore" });
      return bin;
    } catch {
      // Try the next candidate.
    }
  }
  throw new Error("haproxy was not found. Install HAProxy 2.6 LTS (Debian: `apt-get install haproxy`) or set HAL_HAPROXY_BIN to its path.");
}
