/**
 * The Playwright runs of the CI pipeline, each writing under one output directory (default
 * reports/nightly/) so a CI job uploads one folder and a local `npm run nightly` leaves the same
 * files:
 *
 *   smoke/                         the @smoke gate's checklist and traces
 *   tool/                          the tool's own verify runs (@tool): traces of a failure
 *   blob/<runtime>-<i>/*.zip       one blob report per shard (the input of the merge)
 *   html/ junit.xml checklist.*    the merged report of every shard of every runtime
 *   allure-results/ allure-report/
 *   soak/                          the soak's own merged report and soak-verdict.md
 *   selftest.md selftest.json selftest/   the fault self-test's table and per-fault runs
 *   selftest-shards/               the full self-test's shards, as downloaded (the input of selftest-merge)
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseDuration } from "../config/duration.ts";
import { nodeEntry, PLAYWRIGHT_CLI, REPO_ROOT, REPORTS_DIR, suiteModule } from "../paths.ts";
import { renderAllure } from "../report/allure-render.ts";
import { judgeSoak, readChecklist, renderSoakJudgement } from "./ci-summary.ts";

export type Runtime = "containers" | "processes";
export const RUNTIMES: Runtime[] = ["containers", "processes"];
export const DEFAULT_OUT = join(REPORTS_DIR, "nightly");

const PLAYWRIGHT = PLAYWRIGHT_CLI;
const MERGE_CONFIG = suiteModule("harness/cli/merge.config.ts");
const SOAK_SPEC = "tests/stability/soak.spec.ts";
const SOAK_TEST = "through the configured soak";

/** Progress lines for people; on GitHub the `github` reporter also turns failures into annotations. */
const consoleReporters = () => (process.env.GITHUB_ACTIONS === "true" ? "line,github" : "line");

/**
 * Runs a child to its end. SIGINT and SIGTERM are passed on to it and do not end this process
 * before it: a caller's `finally` (removing an ssh-agent and its key, temporary files) still runs.
 */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    const done = (code: number) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code);
    };
    child.on("error", (err) => {
      console.error(`ci: ${command} did not start: ${err.message}`);
      done(127);
    });
    child.on("exit", (code, signal) => done(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1)));
  });
}

const playwright = (args: string[], env: NodeJS.ProcessEnv) => run(process.execPath, [PLAYWRIGHT, ...args], { ...process.env, ...env });

/** `--shard 1/2` → { index: 1, total: 2 }, with a clear error for anything else. */
export function parseShard(value: string): { index: number; total: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || index < 1 || total < 1 || index > total) throw new Error(`--shard: expected i/n with 1 ≤ i ≤ n, e.g. 1/2 (got "${value}")`);
  return { index, total };
}

export const shardName = (runtime: Runtime, shard: string) => `${runtime}-${parseShard(shard).index}`;

/** The quick gate: @smoke on the processes runtime, with its own checklist under smoke/. */
export function smoke(out: string): Promise<number> {
  const dir = join(out, "smoke");
  rmSync(dir, { recursive: true, force: true });
  return playwright(
    [
      "test",
      "--grep",
      "@smoke",
      `--reporter=${consoleReporters()},${suiteModule("harness/checklist/reporter.ts")}`,
      `--output=${join(dir, "test-results")}`,
    ],
    {
      HAL_RUNTIME: process.env.HAL_RUNTIME ?? "processes",
      HAL_REPORTS_DIR: dir,
    },
  );
}

/**
 * The tests of the tool itself (@tool): a whole `verify` run each against a reference stack,
 * proving no secret reaches any output and no question acts on the home. Under tool/.
 */
export function tool(out: string): Promise<number> {
  const dir = join(out, "tool");
  rmSync(dir, { recursive: true, force: true });
  return playwright(
    ["test", "--grep", "@tool", "--workers=1", `--reporter=${consoleReporters()}`, `--output=${join(dir, "test-results")}`],
    {
      HAL_RUNTIME: process.env.HAL_RUNTIME ?? "processes",
      HAL_REPORTS_DIR: dir,
    },
  );
}

/**
 * One shard of the full checklist on one runtime, as a blob report. The blob carries the
 * shard's traces and screenshots; the config's `tag` marks its tests @<runtime> in the merged report.
 */
export function shard(out: string, runtime: Runtime, spec: string): Promise<number> {
  const { index, total } = parseShard(spec);
  const name = shardName(runtime, spec);
  return playwright(
    ["test", `--shard=${index}/${total}`, `--reporter=${consoleReporters()},blob`, `--output=${join(out, "shards", name, "test-results")}`],
    {
      HAL_RUNTIME: runtime,
      PLAYWRIGHT_BLOB_OUTPUT_DIR: join(out, "blob", name),
      PLAYWRIGHT_BLOB_OUTPUT_NAME: `${name}.zip`,
    },
  );
}

/** Every blob report under `dir` (shards may arrive nested, one folder per downloaded artifact). */
export function findBlobs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".zip"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Merges the blob reports found under `blobDir` into `dir`: HTML, JUnit, checklist.md/json,
 * Allure results, then renders the Allure report. Exit 1 when a checklist item failed, 3 when
 * there was nothing to merge or no checklist came out.
 */
export async function merge(blobDir: string, dir: string, title = "HAL deployment checklist (nightly)"): Promise<number> {
  const blobs = findBlobs(blobDir);
  if (!blobs.length) {
    console.error(`ci merge: no blob reports under ${blobDir}`);
    return 3;
  }
  // merge-reports reads one flat folder; names are unique per runtime and shard.
  const flat = join(dir, "blob-merged");
  rmSync(flat, { recursive: true, force: true });
  mkdirSync(flat, { recursive: true });
  for (const blob of blobs) cpSync(blob, join(flat, basename(blob)));
  for (const stale of ["html", "allure-results", "allure-report"]) rmSync(join(dir, stale), { recursive: true, force: true });
  console.log(`ci merge: ${blobs.length} blob report(s): ${blobs.map((b) => basename(b)).join(", ")}`);
  const merged = await playwright(["merge-reports", "--config", MERGE_CONFIG, flat], { HAL_REPORTS_DIR: dir });
  rmSync(flat, { recursive: true, force: true });
  // With the suite's Allure config (the tree grouped by step and item), as one self-contained file.
  const allure = await renderAllure(join(dir, "allure-results"), join(dir, "allure-report"), title);
  if (allure !== 0) console.error(`ci merge: allure generate exited ${allure}`);
  const report = readChecklist(dir);
  if (!report || !existsSync(join(dir, "checklist.html"))) {
    console.error(
      `ci merge: no ${report ? "checklist.html" : "checklist.json"} was written to ${dir} (the checklist reporter says why above)`,
    );
    return 3;
  }
  if (report.summary.fail > 0 || report.summary.blocked > 0) return 1;
  return merged !== 0 || allure !== 0 ? 1 : 0;
}

/**
 * The soak, `duration` long, on the reference stack, merged into soak/ and judged: failed items
 * fail it; strict, so do items it was long enough for but left unverified. HAL_STRICT goes to
 * the run only when the soak covers every soak item (≥ 1 h): shorter, the longer items are
 * skipped by design, and strict there means every item the soak could verify passed.
 */
export async function soak(out: string, duration: string, strict: boolean, runtime: Runtime): Promise<number> {
  const dir = join(out, "soak");
  rmSync(dir, { recursive: true, force: true });
  const blobDir = join(dir, "blob");
  const coversAll = durationMs(duration) >= 60 * 60_000;
  const code = await playwright(
    ["test", SOAK_SPEC, "--grep", SOAK_TEST, `--reporter=${consoleReporters()},blob`, `--output=${join(dir, "test-results")}`],
    {
      HAL_SOAK: duration,
      HAL_RUNTIME: runtime,
      PLAYWRIGHT_BLOB_OUTPUT_DIR: blobDir,
      PLAYWRIGHT_BLOB_OUTPUT_NAME: "soak.zip",
      ...(strict && coversAll ? { HAL_STRICT: "1" } : {}),
    },
  );
  await merge(blobDir, dir, `HAL soak ${duration}`);
  const report = readChecklist(dir);
  const judgement = report ? judgeSoak(report, strict) : { ok: false, verified: [], beyond: [], problems: ["the soak wrote no checklist"] };
  const text = renderSoakJudgement(judgement, duration, strict);
  writeFileSync(join(dir, "soak-verdict.md"), text);
  console.log(`\n${text}`);
  return judgement.ok && code === 0 ? 0 : 1;
}

/** "10m" → 600000, with the error naming the option (the suite validates HAL_SOAK again). */
export function durationMs(value: string): number {
  const n = parseDuration(value);
  if (n === undefined || !(n > 0)) throw new Error(`--soak: expected a duration such as 30s, 10m or 1h (got "${value}")`);
  return n;
}

export interface SelftestOptions {
  only?: string;
  /** Every checkable test against each fault (the nightly's), not only those of the items it names. */
  full?: boolean;
  /** `i/n`: every n-th fault of the catalogue (CI jobs side by side); selftest-merge judges them as one. */
  shard?: string;
}

/** `npm run selftest` (always on processes), its table and per-fault runs copied under `out`. */
export async function selftest(out: string, o: SelftestOptions = {}): Promise<number> {
  const code = await run(process.execPath, [
    ...nodeEntry("harness/cli/selftest.ts"),
    ...(o.full ? ["--full"] : []),
    ...(o.shard ? ["--shard", o.shard] : []),
    ...(o.only ? ["--only", o.only] : []),
  ]);
  copySelftest(REPORTS_DIR, out);
  return code;
}

function copySelftest(from: string, to: string): void {
  if (resolve(from) === resolve(to)) return;
  mkdirSync(to, { recursive: true });
  rmSync(join(to, "selftest"), { recursive: true, force: true });
  for (const name of ["selftest.md", "selftest.json", "selftest"]) {
    if (existsSync(join(from, name))) cpSync(join(from, name), join(to, name), { recursive: true });
  }
}

/** Every fault's run directory in the downloaded shards under `dir` (`.../selftest/full/<fault>/`), however nested. */
export function findShardRuns(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir, { recursive: true, withFileTypes: true })
      // wall-ms is written by every run, one that left no checklist.json included (the judge says so).
      .filter((e) => e.isFile() && e.name === "wall-ms" && basename(resolve(e.parentPath, "..")) === "full")
      .map((e) => e.parentPath)
      .sort()
  );
}

/**
 * The full self-test's shards judged as one run: each fault's run directory (from the shards'
 * artifacts under `from`) put where the self-test keeps it, then `selftest --full --rejudge`
 * over the whole catalogue, so coverage is counted and a fault no shard ran is a miss.
 */
export async function selftestMerge(from: string, out: string): Promise<number> {
  const runs = findShardRuns(from);
  console.log(`selftest-merge: ${runs.length} fault runs under ${from}`);
  const into = join(REPORTS_DIR, "selftest", "full");
  rmSync(into, { recursive: true, force: true });
  for (const dir of runs) cpSync(dir, join(into, basename(dir)), { recursive: true });
  const code = await run(process.execPath, [...nodeEntry("harness/cli/selftest.ts"), "--full", "--rejudge"]);
  copySelftest(REPORTS_DIR, out);
  return code;
}
