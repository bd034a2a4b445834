/**
 * HAProxy versions as comparable numbers: parsing `haproxy -v` or a Debian package version, and
 * comparing. Pure and imported by the seeded faults' templates (haproxy-template.ts) as well as
 * by version.ts, which finds out which HAProxy a stack runs; no imports, so no cycle.
 */
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
