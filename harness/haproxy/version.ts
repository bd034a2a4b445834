/**
 * Which HAProxy a stack runs, as a comparable version: `haproxy -v` for the processes runtime,
 * the pinned Debian package for the containers one. Some defaults changed between the LTS
 * releases the suite meets (Debian 12's 2.6, Ubuntu 24.04's 2.8), and a seeded fault that relies
 * on a default must know which one it gets (harness/faults/haproxy-template.ts, `SinceVersion`).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SuiteConfig } from "../config/suite-config.ts";
import { findHaproxy } from "../infra/tools.ts";
import { REFERENCE_IMPL } from "../paths.ts";

export interface HaproxyVersion {
  major: number;
  minor: number;
  patch: number;
}

/**
 * The version in `haproxy -v`'s first line ("HAProxy version 2.6.12-1+deb12u4 2026/10/17 - …",
 * "HA-Proxy version 1.8.19 …" before 2.0) or in a Debian package version ("2.8.5-1ubuntu3.2").
 */
export function parseHaproxyVersion(text: string): HaproxyVersion | undefined {
  const m = /(?:HA-?Proxy version |^)(\d+)\.(\d+)(?:\.(\d+))?/m.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

/** "2.8" or "2.8.5" → a version, for constants; throws on anything else (a programming error). */
export function haproxyVersion(text: string): HaproxyVersion {
  const v = parseHaproxyVersion(text);
  if (!v) throw new Error(`not a HAProxy version: "${text}"`);
  return v;
}

export function atLeast(v: HaproxyVersion, floor: HaproxyVersion): boolean {
  if (v.major !== floor.major) return v.major > floor.major;
  if (v.minor !== floor.minor) return v.minor > floor.minor;
  return v.patch >= floor.patch;
}

export const formatVersion = (v: HaproxyVersion) => `${v.major}.${v.minor}.${v.patch}`;

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
