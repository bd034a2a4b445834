/**
 * What the top of the checklist page says about a run: the target and runtime (the `target`,
 * `target url` and `runtime` annotations every test carries: its stack handle's own facts), the
 * page generation (a `page` annotation, when a check recorded one), and the versions of what took part. Versions are read from the tools
 * themselves where the suite ran them; for a production target the HAProxy version is not
 * knowable read-only and the page says so rather than guessing.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { TargetFacts, TargetRuntime } from "../checklist/annotations.ts";
import { loadConfig } from "../config/suite-config.ts";
import { findHaproxy } from "../infra/tools.ts";
import { COMPILED, PACKAGE_ROOT, REFERENCE_IMPL, REPO_ROOT } from "../paths.ts";

/** The target as the top of the page shows it: the stack handle's own facts (annotations.ts), or none. */
export interface Target {
  /** The stack's description, e.g. "reference stack (processes)". */
  description: string;
  url: string;
  runtime: TargetRuntime | "unknown";
}

export interface RunInfo {
  target: Target;
  pageGeneration: string;
  startedAt: string;
  durationMs: number;
  /** Playwright's overall status: passed, failed, timedout, interrupted. */
  status: string;
  versions: { name: string; value: string }[];
}

/** The run's target from the facts its tests recorded; a run in which no test ran has none. */
export function targetOf(facts: TargetFacts | undefined): Target {
  return facts ?? { description: "no target (no test ran)", url: "", runtime: "unknown" };
}

/** The target in one line, as the checklist's heading and checklist.json name it. */
export function targetLine(facts: TargetFacts | undefined): string {
  return facts ? `${facts.description}: ${facts.url}` : "no target (no test ran)";
}

function firstLine(cmd: string, args: string[], cwd?: string): string | undefined {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] })
      .split("\n")[0]
      ?.trim();
  } catch {
    return undefined;
  }
}

export function haproxyVersion(runtime: Target["runtime"]): string {
  if (runtime === "processes") {
    try {
      // Without the project's URL that `haproxy -v` ends with: a report names no outside host (report-hosts.ts).
      return firstLine(findHaproxy(loadConfig()), ["-v"])?.replace(/\s+-\s+https?:\/\/\S+$/, "") ?? "unknown (haproxy -v printed nothing)";
    } catch (err) {
      return `unknown (${(err as Error).message.split(".")[0]})`;
    }
  }
  if (runtime === "containers") {
    const pinned = /^HAPROXY_DEB_VERSION=(.+)$/m.exec(readFileSync(join(REFERENCE_IMPL, "docker", "versions.env"), "utf8"))?.[1];
    return pinned ? `${pinned} (Debian package pinned for the container image)` : "unknown (versions.env names none)";
  }
  if (runtime === "production") return "not collected (read-only target: HAProxy does not announce its version)";
  return "unknown";
}

/** Which Chromium the version line names; `null` when the machine writing the report has none. */
export type ChromiumForVersion = string | undefined | null;

/** The chosen Chromium's path (undefined: Playwright's own), or null when none is installed here. */
export function chromiumForVersion(choose: () => { executablePath?: string }): ChromiumForVersion {
  try {
    return choose().executablePath;
  } catch {
    return null;
  }
}

export function chromiumVersion(executablePath: ChromiumForVersion): string {
  if (executablePath === null) return "unknown (no Chromium where this report was written, e.g. a job merging shards)";
  let path = executablePath;
  if (!path) {
    try {
      path = (createRequire(import.meta.url)("playwright-core") as { chromium: { executablePath(): string } }).chromium.executablePath();
    } catch {
      return "unknown";
    }
  }
  return firstLine(path, ["--version"]) ?? `unknown (${path} --version failed)`;
}

export function versions(runtime: Target["runtime"], chromiumPath: ChromiumForVersion): RunInfo["versions"] {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { name: string; version: string };
  // An installed package has no history of its own (a git describe would name the user's project).
  const commit = COMPILED ? undefined : firstLine("git", ["describe", "--always", "--dirty"], REPO_ROOT);
  const playwright = (require("@playwright/test/package.json") as { version: string }).version;
  return [
    { name: "HAProxy", value: haproxyVersion(runtime) },
    { name: "Chromium", value: chromiumVersion(chromiumPath) },
    { name: "Node.js", value: process.version },
    { name: "Playwright", value: playwright },
    { name: "Suite", value: `${pkg.name} ${pkg.version}${commit ? ` (${commit})` : ""}` },
  ];
}
