/**
 * reference-impl/docker/versions.env: the one place that pins every version of the Dockerised
 * stack. Read here, validated, and handed to the Dockerfiles as build arguments.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { REFERENCE_IMPL } from "../paths.ts";

export const DOCKER_DIR = join(REFERENCE_IMPL, "docker");
export const VERSIONS_FILE = join(DOCKER_DIR, "versions.env");

const image = z.string().regex(/^[\w./-]+:[\w.-]+$/, "an image name with a tag, e.g. debian:bookworm-slim");
// A trailing * accepts Debian's security revisions of the pinned upstream version (deb12u4 →
// deb12u5): the live mirror drops superseded revisions, and an exact pin would then fail.
const debVersion = z.string().regex(/^[\w.+:~-]+\*?$/, "a Debian package version, optionally ending in * for later Debian revisions");

const Versions = z.object({
  DEBIAN_MIRROR: z.url(),
  DEBIAN_SECURITY_MIRROR: z.url(),
  HAPROXY_BASE_IMAGE: image,
  HAPROXY_DEB_VERSION: debVersion,
  SOCAT_DEB_VERSION: debVersion,
  SERVERS_BASE_IMAGE: image,
  NODEJS_DEB_VERSION: debVersion,
  SUITE_BASE_IMAGE: image,
});

export type Versions = z.infer<typeof Versions>;

/** Parses `KEY=VALUE` lines (comments and blank lines ignored); unknown keys are an error. */
export function parseVersions(text: string, source = VERSIONS_FILE): Versions {
  const entries: Record<string, string> = {};
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^([A-Z][A-Z0-9_]*)=(\S+)$/.exec(line);
    if (!m?.[1] || m[2] === undefined) throw new Error(`${source}:${i + 1}: expected KEY=VALUE, got "${line}"`);
    entries[m[1]] = m[2];
  }
  const parsed = Versions.strict().safeParse(entries);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((p) => `  ${p.path.join(".") || "(file)"}: ${p.message}`);
    throw new Error(`${source} is invalid:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export function loadVersions(): Versions {
  return parseVersions(readFileSync(VERSIONS_FILE, "utf8"));
}

/** `debian:bookworm-slim` → `bookworm`: the suite debootstrap installs for a base image. */
export function debianSuite(baseImage: string): string {
  const m = /^debian:([a-z]+)(?:-slim)?$/.exec(baseImage);
  if (!m?.[1]) throw new Error(`${baseImage}: only debian:<suite>[-slim] base images can be built locally`);
  return m[1];
}
