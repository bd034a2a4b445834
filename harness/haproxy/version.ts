/**
 * Which HAProxy a stack runs, as a comparable version: `haproxy -v` for the processes runtime,
 * the pinned Debian package for the containers one. Some defaults changed between the LTS
 * releases the suite meets (Debian 12's 2.6, Ubuntu 24.04's 2.8), and a seeded fault that relies
 * on a default must know which one it gets (harness/faults/haproxy-template.ts, `SinceVersion`).
 * Parsing and comparing versions: version-number.ts.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SuiteConfig } from "../config/suite-config.ts";
import { findHaproxy } from "../infra/tools.ts";
import { REFERENCE_IMPL } from "../paths.ts";
import { type HaproxyVersion, parseHaproxyVersion } from "./version-number.ts";

/** The containers runtime's HAProxy: the Debian package pinned in versions.env. */
export function pinnedHaproxyVersion(
  versionsEnv = readFileSync(join(REFERENCE_IMPL, "docker", "versions.env"), "utf8"),
): HaproxyVersion | undefined {
  const pin = /^HAPROXY_DEB_VERSION=(.+)$/m.exec(versionsEnv)?.[1];
  return pin ? parseHaproxyVersion(pin) : undefined;
}

const local = new Map<string, HaproxyVersion | undefined>();

/** The processes runtime's HAProxy, from `haproxy -v` (once per binary and process). */
export function localHaproxyVersion(config: Pick<SuiteConfig, "HAL_HAPROXY_BIN">): HaproxyVersion | undefined {
  const bin = findHaproxy(config);
  if (!local.has(bin)) local.set(bin, parseHaproxyVersion(execFileSync(bin, ["-v"], { encoding: "utf8" })));
  return local.get(bin);
}
