/**
 * `npm run nightly -- [--soak 10m] [--runtime auto] [--shards 2]`: the nightly workflow
 * (.github/workflows/nightly.yml) on this machine, through the same `npm run ci -- <stage>`
 * commands its jobs run, in the same order: the @smoke gate; the full checklist sharded on each
 * runtime and merged into one report; the fault self-test, full (every checkable test against
 * each fault); the soak, strict. Everything lands
 * under --out (reports/nightly/), with summary.md for a person; the exit code is non-zero when
 * any stage failed, and the stages that failed are named.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { exitOnProductionTarget } from "../config/production-entry.ts";
import { REPO_ROOT } from "../paths.ts";
import { DEFAULT_OUT, durationMs, type Runtime } from "./ci-runs.ts";
import { type Part, renderStages, type StageOutcome, summaryPart } from "./ci-summary.ts";

interface Options {
  soak: string;
  runtime: "auto" | "both" | Runtime;
  shards: number;
  strict: boolean;
  selftest: boolean;
  /** The quick self-test (the tests of the items each fault names) instead of the full one. */
  quickSelftest?: boolean;
  selftestOnly?: string;
  keepGoing: boolean;
  out: string;
}

export interface Stage {
  name: string;
  /** Arguments after `npm run ci --`. */
  args: string[];
  /** A failed gate stops the stages after it (unless --keep-going). */
  gate?: boolean;
}

/** The nightly's stages, in the order its jobs depend on each other. */
export function plan(o: Omit<Options, "runtime"> & { runtimes: Runtime[] }): Stage[] {
  const out = ["--out", o.out];
  const stages: Stage[] = [{ name: "smoke gate", args: ["smoke", ...out], gate: true }];
  for (const runtime of o.runtimes) {
    for (let i = 1; i <= o.shards; i++) {
      stages.push({
        name: `checklist ${runtime} ${i}/${o.shards}`,
        args: ["shard", "--runtime", runtime, "--shard", `${i}/${o.shards}`, ...out],
      });
    }
  }
  stages.push({ name: "merged report", args: ["merge", ...out] });
  if (o.selftest)
    stages.push({
      name: o.quickSelftest ? "fault self-test (quick)" : "fault self-test (full)",
      args: ["selftest", ...(o.quickSelftest ? [] : ["--full"]), ...(o.selftestOnly ? ["--only", o.selftestOnly] : []), ...out],
    });
  if (o.soak !== "0") {
    stages.push({
      name: `soak ${o.soak}${o.strict ? " (strict)" : ""}`,
      args: ["soak", "--duration", o.soak, ...(o.strict ? ["--strict"] : []), ...out],
    });
  }
  return stages;
}

/** Containers only where a Docker engine answers (never started here: see README, Targets and runtimes). */
function runtimesFor(choice: Options["runtime"]): Runtime[] {
  if (choice === "both") return ["containers", "processes"];
  if (choice !== "auto") return [choice];
  const engine = spawnSync("docker", ["info"], { stdio: "ignore", timeout: 15_000 }).status === 0;
  if (!engine) console.log("nightly: no Docker engine answers, so the checklist runs on processes only (the workflow runs both).");
  return engine ? ["containers", "processes"] : ["processes"];
}

const npmCommand = (args: string[]) => `npm run ci -- ${args.join(" ")}`;

function runStage(stage: Stage): Promise<number> {
  return new Promise((done) => {
    const child = spawn("npm", ["run", "--silent", "ci", "--", ...stage.args], { cwd: REPO_ROOT, stdio: "inherit" });
    child.on("error", () => done(127));
    child.on("exit", (code, signal) => done(code ?? (signal === "SIGINT" ? 130 : 1)));
  });
}

async function nightly(o: Options): Promise<number> {
  const out = resolve(o.out);
  const stages = plan({ ...o, out, runtimes: runtimesFor(o.runtime) });
  console.log(
    `nightly: ${stages.length} stages, everything under ${relative(REPO_ROOT, out) || "."}/\n${stages.map((s) => `  - ${s.name}`).join("\n")}`,
  );
  let interrupted = false;
  process.on("SIGINT", () => {
    interrupted = true;
  });
  const outcomes: StageOutcome[] = [];
  let stopped: string | undefined;
  for (const stage of stages) {
    const command = npmCommand(stage.args);
    if (stopped || interrupted) {
      outcomes.push({ name: stage.name, command, exitCode: null, wallMs: 0, skipped: interrupted ? "interrupted" : stopped });
      continue;
    }
    console.log(`\n=== nightly: ${stage.name}: ${command}`);
    const started = Date.now();
    const exitCode = await runStage(stage);
    outcomes.push({ name: stage.name, command, exitCode, wallMs: Date.now() - started });
    console.log(
      `=== nightly: ${stage.name}: ${exitCode === 0 ? "passed" : `FAILED (exit ${exitCode})`} in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    if (stage.gate && exitCode !== 0 && !o.keepGoing) stopped = `${stage.name} failed`;
  }

  const parts: Part[] = [
    "smoke",
    "checklist",
    ...(o.selftest ? (["selftest"] as Part[]) : []),
    ...(o.soak !== "0" ? (["soak"] as Part[]) : []),
  ];
  const summary = ["# HAL nightly", "", renderStages(outcomes), ...parts.map((p) => summaryPart(out, p))].join("\n");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "summary.md"), summary);
  writeFileSync(
    join(out, "nightly.json"),
    `${JSON.stringify({ finishedAt: new Date().toISOString(), options: o, stages: outcomes }, null, 2)}\n`,
  );

  console.log(`\n${renderStages(outcomes)}`);
  const failed = outcomes.filter((s) => !s.skipped && s.exitCode !== 0).map((s) => s.name);
  console.log(`Reports: ${relative(REPO_ROOT, out)}/ (summary.md, html/, checklist.md, junit.xml, allure-report/, selftest.md, soak/)`);
  if (interrupted) return 130;
  if (failed.length) {
    console.log(`nightly FAILED: ${failed.join("; ")}`);
    return 1;
  }
  console.log("nightly passed: every stage passed");
  return 0;
}

const positive = (v: string) => {
  const n = Number.parseInt(v, 10);
  if (!(n >= 1 && String(n) === v.trim())) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return n;
};
const duration = (v: string) => {
  if (v === "0") return v;
  try {
    durationMs(v);
    return v;
  } catch {
    throw new InvalidArgumentError("expected a duration such as 30s, 10m or 1h, or 0 for no soak");
  }
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const o = new Command("nightly")
    .description("the nightly CI pipeline, locally, with the same npm scripts as .github/workflows/nightly.yml")
    .option("--soak <duration>", "soak length (0 skips the soak)", duration, "10m")
    .addOption(
      new Option("--runtime <runtime>", "auto: containers and processes where a Docker engine answers, else processes")
        .choices(["auto", "both", "containers", "processes"])
        .default("auto"),
    )
    .option("--shards <n>", "shards per runtime", positive, 2)
    .option("--no-strict", "do not fail the soak on items it could verify but skipped")
    .option("--skip-selftest", "leave out the fault self-test")
    .option(
      "--quick-selftest",
      "the quick self-test (the tests of the items each fault names, ~15 min) instead of the full one (every checkable test per fault, ~2 h)",
    )
    .option("--selftest-only <names>", "run only these faults in the self-test")
    .option("--keep-going", "run every stage even when the smoke gate fails", false)
    .option("--out <dir>", "where everything is written", DEFAULT_OUT)
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
    .parse()
    .opts<Omit<Options, "selftest"> & { skipSelftest?: boolean }>();
  exitOnProductionTarget("npm run nightly");
  process.exitCode = await nightly({ ...o, selftest: !o.skipSelftest });
}
