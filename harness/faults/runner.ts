/**
 * Runs the suite against one catalogued fault, with HAL_FAULT=<name> on the processes runtime
 * (Docker activity makes Chromium drop HTTP/2 sessions), one worker, no retries (a retried pass
 * would hide a fault), and its own output directories so the main run's reports are never
 * clobbered: reports/selftest/<fault>/{checklist.json,results.json,test-results,run.log}, or
 * reports/selftest/full/<fault>/ for a full run. Which tests:
 *   quick (the default)  only those that check an item the fault's proof names (red, green,
 *                        unverified), chosen by the checklist ids they declare: fast enough for
 *                        every `npm test`;
 *   full (`--full`)      every checkable test but the long soaks, as the healthy run: every item
 *                        the fault does not name must then pass, skip, or fail only as its
 *                        declaration allows (collateral, or derived: expectations.ts).
 * Playwright's JSON report (results.json) keeps each test's own verdicts, from which the judge
 * derives collateral (expectations.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ListedTest } from "../checklist/listing.ts";
import type { ChecklistReport } from "../checklist/verdicts.ts";
import { PLAYWRIGHT_CLI, REPO_ROOT, REPORTS_DIR, suiteModule } from "../paths.ts";
import { type JudgedFault, provingItems } from "./expectations.ts";
import { RESULTS_FILE, type RunTest, readRunTests } from "./run-results.ts";

export const SELFTEST_DIR = join(REPORTS_DIR, "selftest");

/** Which tests a fault's run holds: those its proof names (quick), or every checkable one (full). */
export type Scope = "quick" | "full";

/** A safety net for a hung run, far above any fault's specs (a few tens of seconds each; the whole suite in a full run). */
const GLOBAL_TIMEOUT_MS: Record<Scope, number> = { quick: 5 * 60_000, full: 20 * 60_000 };

/** Where a fault's run is kept: apart per scope, so a full run's wall time never orders quick runs. */
const runDir = (name: string, scope: Scope = "quick") => join(SELFTEST_DIR, ...(scope === "full" ? ["full"] : []), name);

export interface RunOutcome {
  report?: ChecklistReport;
  /** The run's tests with their own verdicts, when Playwright's JSON report was written. */
  tests?: RunTest[];
  wallMs: number;
  exitCode: number | null;
  error?: string;
  dir: string;
}

/**
 * The tests of a fault's run, as `file:line` locations for the Playwright CLI: those that check
 * an item its proof names (quick), or every test that checks an item (full). The real
 * 5/10/60-minute soaks (@soak) are never part of a self-test: the configurable soak checks the
 * same items at the configured length.
 */
export function selectTests(fault: JudgedFault, suite: readonly ListedTest[], scope: Scope = "quick"): string[] {
  const wanted = new Set<string>(provingItems(fault));
  const chosen = suite.filter(
    (t) => !t.tags.includes("soak") && (scope === "full" ? t.ids.length > 0 : t.ids.some((id) => wanted.has(id))),
  );
  return [...new Set(chosen.map((t) => t.location))];
}

export function runFault(
  fault: JudgedFault,
  suite: readonly ListedTest[],
  scope: Scope = "quick",
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunOutcome> {
  const dir = runDir(fault.name, scope);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const locations = selectTests(fault, suite, scope);
  if (!locations.length) return Promise.resolve({ wallMs: 0, exitCode: null, dir, error: "no test checks any item it names" });
  const args = [
    PLAYWRIGHT_CLI,
    "test",
    ...locations,
    "--workers=1",
    "--retries=0",
    `--global-timeout=${GLOBAL_TIMEOUT_MS[scope]}`,
    `--output=${join(dir, "test-results")}`,
    `--reporter=line,json,${suiteModule("harness/checklist/reporter.ts")}`,
  ];
  const log = createWriteStream(join(dir, "run.log"));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: {
        ...env,
        HAL_FAULT: fault.name,
        HAL_RUNTIME: "processes",
        HAL_REPORTS_DIR: dir,
        PLAYWRIGHT_JSON_OUTPUT_FILE: join(dir, RESULTS_FILE),
        FORCE_COLOR: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    child.on("exit", () => running.delete(child));
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const finish = (exitCode: number | null, error?: string) => {
      log.end();
      const path = join(dir, "checklist.json");
      const report = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ChecklistReport) : undefined;
      const wallMs = Date.now() - started;
      writeFileSync(join(dir, WALL_FILE), `${wallMs}\n`);
      resolve({ report, tests: readRunTests(dir), wallMs, exitCode, error, dir });
    };
    child.on("error", (err) => finish(null, err.message));
    child.on("close", (code) => finish(code, report(code)));
  });
}

/** Playwright runs under way: stopped with the self-test, so none outlives it (their teardown stops their stacks). */
const running = new Set<ChildProcess>();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill("SIGTERM");
    process.exitCode = 130;
  });
}

/** How long the fault's last run took, kept in its directory (so `--only` runs keep the others'). */
const WALL_FILE = "wall-ms";

/** The wall time of the fault's last run in this scope, if it ran here before. */
export function lastWallMs(fault: Pick<JudgedFault, "name">, scope: Scope = "quick"): number | undefined {
  try {
    const ms = Number.parseInt(readFileSync(join(runDir(fault.name, scope), WALL_FILE), "utf8"), 10);
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/** The outcome of the last run of `fault` in this scope, read back from its directory (for --rejudge). */
export function lastRun(fault: Pick<JudgedFault, "name">, scope: Scope = "quick"): RunOutcome {
  const dir = runDir(fault.name, scope);
  const path = join(dir, "checklist.json");
  const report = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ChecklistReport) : undefined;
  return {
    report,
    tests: readRunTests(dir),
    wallMs: lastWallMs(fault, scope) ?? 0,
    exitCode: null,
    dir,
    error: report ? undefined : "not run yet",
  };
}

const report = (code: number | null) => (code === 0 || code === 1 ? undefined : `playwright exited with ${code}`);
