/**
 * `npm run ci -- <stage>`: the steps of the CI pipelines, one command each, so that a GitHub
 * workflow step, another CI system and `npm run nightly` run the same thing.
 *
 *   smoke                              the @smoke gate (processes)
 *   tool                               the tool's own verify runs (@tool): no secret leaks, no acting question
 *   shard --runtime R --shard i/n      one shard of the full checklist as a blob report
 *   merge                              every shard's blob → one HTML/JUnit/Allure report and checklist
 *   selftest [--full] [--shard i/n] [--only a,b]
 *                                      the fault self-test (processes); --full: every checkable test per fault
 *   selftest-merge [--from DIR]        the full self-test's shards (default <out>/selftest-shards) judged as one run
 *   soak --duration 10m [--strict]     the soak, judged
 *   summary --part P                   Markdown for the job summary (and $GITHUB_STEP_SUMMARY)
 *   engine                             a Docker engine in a privileged CI job container (ci-docker.sh)
 *   images --cache DIR                 the stack's images through a CI cache folder
 *   verify [verify options]            `hal-e2e verify` with the post-deploy workflow's secrets
 *   outputs --exit-code N              the GitHub Action's outputs from a verify run's reports
 *
 * Everything is written under --out (default reports/nightly). Exit codes are the stage's own.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command, Option } from "commander";
import { REPO_ROOT } from "../paths.ts";
import { cacheImages } from "./ci-images.ts";
import { actionOutputs, writeOutputs } from "./ci-outputs.ts";
import {
  DEFAULT_OUT,
  merge,
  RUNTIMES,
  type Runtime,
  run,
  type SelftestOptions,
  selftest,
  selftestMerge,
  shard,
  smoke,
  soak,
  tool,
} from "./ci-runs.ts";
import { PARTS, type Part, readChecklist, summaryPart } from "./ci-summary.ts";
import { verify } from "./ci-verify.ts";

const out = () => new Option("--out <dir>", "where everything is written").default(DEFAULT_OUT);
const exit = (code: number) => {
  process.exitCode = code;
};

const program = new Command("ci").description("the CI pipeline's stages (see README, Run it in CI)");
program
  .command("smoke")
  .addOption(out())
  .action(async (o: { out: string }) => exit(await smoke(resolve(o.out))));
program
  .command("tool")
  .addOption(out())
  .action(async (o: { out: string }) => exit(await tool(resolve(o.out))));
program
  .command("shard")
  .addOption(new Option("--runtime <runtime>").choices(RUNTIMES).makeOptionMandatory())
  .requiredOption("--shard <i/n>", "which shard, e.g. 1/2")
  .addOption(out())
  .action(async (o: { runtime: Runtime; shard: string; out: string }) => exit(await shard(resolve(o.out), o.runtime, o.shard)));
program
  .command("merge")
  .option("--blobs <dir>", "where the shards' blob reports are (default <out>/blob)")
  .addOption(out())
  .action(async (o: { blobs?: string; out: string }) => exit(await merge(resolve(o.blobs ?? join(o.out, "blob")), resolve(o.out))));
program
  .command("selftest")
  .option("--only <names>", "comma-separated fault names")
  .option("--full", "every checkable test against each fault, not only those of the items it names")
  .option("--shard <i/n>", "every n-th fault of the catalogue, from the i-th (jobs side by side; selftest-merge judges them as one)")
  .addOption(out())
  .action(async (o: SelftestOptions & { out: string }) => exit(await selftest(resolve(o.out), o)));
program
  .command("selftest-merge")
  .option("--from <dir>", "where the shards' artifacts are (default <out>/selftest-shards)")
  .addOption(out())
  .action(async (o: { from?: string; out: string }) =>
    exit(await selftestMerge(resolve(o.from ?? join(o.out, "selftest-shards")), resolve(o.out))),
  );
program
  .command("soak")
  .requiredOption("--duration <duration>", "soak length: 10m, 1h …")
  .option("--strict", "fail on any item the soak was long enough to verify but did not", false)
  .addOption(new Option("--runtime <runtime>").choices(RUNTIMES).default("processes"))
  .addOption(out())
  .action(async (o: { duration: string; strict: boolean; runtime: Runtime; out: string }) =>
    exit(await soak(resolve(o.out), o.duration, o.strict, o.runtime)),
  );
program
  .command("summary")
  .addOption(new Option("--part <part>", "which stage's summary").choices(PARTS).makeOptionMandatory())
  .addOption(out())
  .action((o: { part: Part; out: string }) => {
    const text = summaryPart(resolve(o.out), o.part);
    mkdirSync(resolve(o.out), { recursive: true });
    writeFileSync(join(resolve(o.out), `summary-${o.part}.md`), text);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${text}\n`);
    console.log(text);
  });
program
  .command("engine")
  .description("start a Docker engine in a privileged CI job container, as .ci/run does (never on a workstation)")
  .action(async () => exit(await run("bash", [join(REPO_ROOT, "harness/cli/ci-docker.sh")])));
program
  .command("images")
  .requiredOption("--cache <dir>", "folder the CI cache saves and restores")
  .action(async (o: { cache: string }) => exit(await cacheImages(resolve(o.cache))));
program
  .command("outputs")
  .description("the GitHub Action's outputs (verdict, counts, report path) to $GITHUB_OUTPUT")
  .requiredOption("--exit-code <n>", "verify's exit code", (v) => Number.parseInt(v, 10))
  .addOption(out())
  .action((o: { exitCode: number; out: string }) => {
    console.log(writeOutputs(actionOutputs(o.exitCode, readChecklist(resolve(o.out)), resolve(o.out))).trimEnd());
  });
program
  .command("verify")
  .description("hal-e2e verify, with the post-deploy workflow's VERIFY_* secrets prepared")
  .allowUnknownOption()
  .helpOption(false)
  .argument("[options...]", "passed to hal-e2e verify")
  .action(async (args: string[]) => exit(await verify(args)));

// Usage errors exit 2, as in verify: 1 means a check failed.
program.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
await program.parseAsync(process.argv);
