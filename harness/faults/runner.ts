/**
 * Runs the suite against one catalogued fault: only the tests that check the items the fault
 * names (red, green, collateral, unverified), chosen by the checklist ids they declare, with
 * HAL_FAULT=<name> on the processes runtime (Docker activity makes Chromium drop HTTP/2
 * sessions), one worker, no retries (a retried pass would hide a fault), and its own output
 * directories so the main run's reports are never clobbered:
 * reports/selftest/<fault>/{checklist.json,results.json,test-results,run.log}. Playwright's
 * JSON report (results.json) keeps each test's own verdicts, from which the judge derives
 * collateral (expectations.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ListedTest } from "../checklist/listing.ts";
import type { ChecklistReport } from "../checklist/verdicts.ts";
import { PLAYWRIGHT_CLI, REPO_ROOT, REPORTS_DIR, suiteModule } from "../paths.ts";
import { type JudgedFault, judgedItems } from "./expectations.ts";
import { RESULTS_FILE, type RunTest, readRunTests } from "./run-results.ts";

export const SELFTEST_DIR = join(REPORTS_DIR, "selftest");
/** A safety net for a hung run, far above any fault's specs (a few tens of seconds each). */
const GLOBAL_TIMEOUT_MS = 5 * 60_000;

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
 * The tests that check any item the fault names, as `file:line` locations for the Playwright
 * CLI. The real 5/10/60-minute soaks (@soak) are never part of a self-test: the configurable
 * soak checks the same items at the configured length.
 */
export function selectTests(fault: JudgedFault, suite: readonly ListedTest[]): string[] {
  const wanted = new Set<string>(judgedItems(fault));
  const chosen = suite.filter((t) => !t.tags.includes("soak") && t.ids.some((id) => wanted.has(id)));
  return [...new Set(chosen.map((t) => t.location))];
}

export function runFault(fault: JudgedFault, suite: readonly ListedTest[], env: NodeJS.ProcessEnv = process.env): Promise<RunOutcome> {
  const dir = join(SELFTEST_DIR, fault.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const locations = selectTests(fault, suite);
  if (!locations.length) return Promise.resolve({ wallMs: 0, exitCode: null, dir, error: "no test checks any item it names" });
  const args = [
    PLAYWRIGHT_CLI,
    "test",
    ...locations,
    "--workers=1",
    "--retries=0",
    `--global-timeout=${GLOBAL_TIMEOUT_MS}`,
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

/** The wall time of the fault's last run, if it ran here before. */
export function lastWallMs(fault: Pick<JudgedFault, "name">): number | undefined {
  try {
    const ms = Number.parseInt(readFileSync(join(SELFTEST_DIR, fault.name, WALL_FILE), "utf8"), 10);
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/** The outcome of the last run of `fault`, read back from its directory (for --rejudge). */
export function lastRun(fault: Pick<JudgedFault, "name">): RunOutcome {
  const dir = join(SELFTEST_DIR, fault.name);
  const path = join(dir, "checklist.json");
  const report = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ChecklistReport) : undefined;
  return { report, tests: readRunTests(dir), wallMs: 0, exitCode: null, dir, error: report ? undefined : "not run yet" };
}

const report = (code: number | null) => (code === 0 || code === 1 ? undefined : `playwright exited with ${code}`);
