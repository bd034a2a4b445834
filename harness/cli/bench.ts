/**
 * `npm run bench [-- --only a,b] [--runs 3] [--selftest] [--no-history]`: measures the figures of
 * harness/bench/figures.ts, each the median of --runs, and prints each beside its goal, with the
 * ratio to the soak and the last recorded figure; appends them to docs/bench-history.jsonl.
 * A benchmark, not a test: budgets are read here, never asserted in specs. Exit 1 when a run
 * gave the wrong verdict (a figure of a wrong run means nothing); a missed goal is reported.
 */
import { execFileSync } from "node:child_process";
import { Command } from "commander";
import { FIGURES, OPTIONAL } from "../bench/figures.ts";
import { append, type Entry, lastOf, machine } from "../bench/history.ts";
import { loadConfig } from "../config/suite-config.ts";
import { sweep } from "../infra/pid-registry.ts";
import { REPO_ROOT } from "../paths.ts";
import { percentile } from "../rules/stats.ts";

const o = new Command("bench")
  .option("--only <names>", "comma-separated figures")
  .option("--runs <n>", "runs per figure (median)", (v) => Number.parseInt(v, 10), 1)
  .option("--selftest", "include the fault self-test (minutes of both cores)")
  .option("--no-history", "do not append to docs/bench-history.jsonl")
  .parse()
  .opts<{ only?: string; runs: number; selftest?: boolean; history: boolean }>();

const config = loadConfig();
sweep();
const wanted = o.only?.split(",").map((s) => s.trim());
const figures = FIGURES.filter((f) => (wanted ? wanted.includes(f.name) : !OPTIONAL.has(f.name) || o.selftest));
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
const last = lastOf();
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const entries: Entry[] = [];
for (const f of figures) {
  const runs: number[] = [];
  let wrong = 0;
  let details: Record<string, number> | undefined;
  for (let i = 0; i < o.runs; i++) {
    const m = await f.measure(config);
    runs.push(Math.round(m.ms));
    if (!m.rightVerdict) wrong++;
    details = m.details;
  }
  const rightVerdict = wrong === 0;
  // With --runs, every run must give the right verdict: 20 healthy runs in a row is a streak.
  if (o.runs > 1) details = { ...details, "wrong verdicts": wrong };
  const ms = percentile(runs, 50);
  const goalMs = f.goalMs(config.HAL_SOAK);
  const was = last.get(f.name);
  console.log(
    [
      `${f.name.padEnd(28)} ${s(ms).padStart(8)}  goal ${f.goal} (${s(goalMs)}): ${ms <= goalMs ? "met" : `MISSED by ${s(ms - goalMs)}`}`,
      `${"".padEnd(28)} ${(ms / config.HAL_SOAK).toFixed(2)}× the soak; runs ${runs.map(s).join(", ")}${was ? `; last recorded ${s(was.ms)} (${was.commit})` : ""}`,
      ...(details
        ? [
            `${"".padEnd(28)} ${Object.entries(details)
              .map(([k, v]) => `${k}: ${Math.round(v)}`)
              .join("; ")}`,
          ]
        : []),
      ...(rightVerdict ? [] : [`${"".padEnd(28)} WRONG VERDICT: the figure does not count`]),
      `${"".padEnd(28)} ${f.what}`,
    ].join("\n"),
  );
  entries.push({
    at: new Date().toISOString(),
    commit,
    machine: machine(),
    figure: f.name,
    ms,
    runs,
    goalMs,
    soakMs: config.HAL_SOAK,
    rightVerdict,
    details,
  });
}
if (o.history) append(entries);
process.exitCode = entries.every((e) => e.rightVerdict) ? 0 : 1;
