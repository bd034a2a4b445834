/**
 * The GitHub Action (action.yml): typed inputs and outputs that agree with the code behind them
 * (`npm run ci -- outputs`), a composite that runs from its own path and checks nothing out, and
 * examples that pass only inputs the action declares and read only outputs it sets.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import type { ChecklistReport } from "../../harness/checklist/verdicts.ts";
import { actionOutputs, actionVerdict } from "../../harness/cli/ci-outputs.ts";
import { REPO_ROOT } from "../../harness/paths.ts";

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  "working-directory"?: string;
}
interface Action {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string; value: string }>;
  runs: { using: string; steps: Step[] };
}
interface Workflow {
  jobs: Record<string, { steps?: Step[]; outputs?: Record<string, string> }>;
}

// GitHub expressions, not JavaScript templates.
const ACTION_PATH = "$" + "{{ github.action_path }}";
const ARTIFACT_NAME = "$" + "{{ steps.prepare.outputs.artifact-name }}";
const text = (file: string) => readFileSync(join(REPO_ROOT, file), "utf8");
const action = parse(text("action.yml")) as Action;
const EXAMPLES = [
  ".github/examples/deploy-verify-rollback.yml",
  ".github/examples/verify-on-deployment-status.yml",
  ".github/examples/scheduled-production-check.yml",
  ".github/workflows/post-deploy.yml",
];
const report = (summary: Partial<ChecklistReport["summary"]>) =>
  ({ summary: { pass: 0, fail: 0, skip: 0, manual: 0, "not-run": 0, ...summary } }) as ChecklistReport;

test("the action takes the inputs verify needs, each described, only the target required", () => {
  for (const name of [
    "target",
    "soak",
    "strict",
    "resolve",
    "ca",
    "basic-auth",
    "haproxy-log",
    "gateway-log",
    "ssh-key",
    "load-cap",
    "artifact-name",
  ])
    assert.ok(action.inputs[name], `no input ${name}`);
  for (const [name, input] of Object.entries(action.inputs)) {
    assert.ok(input.description, `${name} has no description`);
    assert.equal(input.required ?? false, name === "target", `${name}: only the target is required`);
    if (name !== "target") assert.equal(typeof input.default, "string", `${name}: a default, as a string`);
  }
  // Booleans arrive as strings in composite actions: the defaults say which spelling counts.
  assert.equal(action.inputs.strict?.default, "false");
  assert.equal(action.inputs["install-browser"]?.default, "true");
});

test("the action's outputs are the ones `npm run ci -- outputs` writes, plus the artifact's name", () => {
  const written = Object.keys(actionOutputs(0, report({ pass: 3 }), "/r"));
  assert.deepEqual(Object.keys(action.outputs).sort(), [...written, "artifact-name"].sort());
  for (const [name, output] of Object.entries(action.outputs)) {
    assert.ok(output.description, `${name} has no description`);
    const m = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(output.value);
    assert.ok(m, `${name}: ${output.value}`);
    assert.ok(
      action.runs.steps.some((s) => s.id === m[1]),
      `${name}: no step ${m[1]}`,
    );
  }
});

test("verdicts and counts from a run's checklist and verify's exit code", () => {
  assert.equal(actionVerdict(0, report({ pass: 3 })), "passed");
  assert.equal(actionVerdict(0, report({ pass: 3, skip: 2 })), "passed-unverified");
  assert.equal(actionVerdict(1, report({ fail: 1 })), "failed");
  assert.equal(actionVerdict(2, undefined), "config-error");
  assert.equal(actionVerdict(3, undefined), "incomplete");
  assert.equal(actionVerdict(130, undefined), "interrupted");
  const out = actionOutputs(1, report({ pass: 29, fail: 3, skip: 40, manual: 8 }), "/reports/x");
  assert.deepEqual(out, {
    verdict: "failed",
    "exit-code": "1",
    pass: "29",
    fail: "3",
    blocked: "0",
    skip: "40",
    manual: "8",
    "not-run": "0",
    "report-path": "/reports/x",
  });
  assert.equal(actionOutputs(2, undefined, "/r").pass, "", "no checklist: no counts, not zeros");
});

test("the action runs from its own path: no checkout, its npm steps in github.action_path", () => {
  assert.equal(action.runs.using, "composite");
  for (const step of action.runs.steps) {
    assert.ok(!step.uses?.startsWith("actions/checkout"), "the action checks nothing out");
    if (step.run?.includes("npm ") || step.run?.includes("npx ")) assert.equal(step["working-directory"], ACTION_PATH, step.run);
  }
  const setup = action.runs.steps.find((s) => s.uses?.startsWith("actions/setup-node"));
  assert.equal(setup?.with?.["node-version-file"], `${ACTION_PATH}/.nvmrc`);
  // Secrets reach verify as VERIFY_* variables only, never on a command line.
  const verify = action.runs.steps.find((s) => s.id === "verify");
  for (const name of ["ca", "basic-auth", "ssh-key", "ssh-known-hosts"]) {
    assert.ok(Object.values(verify?.env ?? {}).includes(`\${{ inputs.${name} }}`), `${name} goes to verify's environment`);
    for (const step of action.runs.steps) assert.ok(!step.run?.includes(`inputs.${name}`), `${name} in a run line`);
  }
  // The reports are uploaded under the per-call name, even when verify failed.
  const upload = action.runs.steps.find((s) => s.uses?.startsWith("actions/upload-artifact"));
  assert.equal(upload?.with?.name, ARTIFACT_NAME);
});

test("the examples pass only declared inputs, the required ones, and read only declared outputs", () => {
  for (const file of EXAMPLES) {
    const w = parse(text(file)) as Workflow;
    for (const job of Object.values(w.jobs)) {
      const ours = (job.steps ?? []).filter((s) => s.uses && /^(our-org\/hal-e2e@v\d+|\.\/\.hal-e2e)$/.test(s.uses));
      for (const step of ours) {
        for (const k of Object.keys(step.with ?? {})) assert.ok(action.inputs[k], `${file}: input ${k} is not declared`);
        for (const [k, input] of Object.entries(action.inputs)) if (input.required) assert.ok(step.with?.[k], `${file}: ${k} missing`);
      }
      const ids = new Set(ours.map((s) => s.id).filter(Boolean));
      const used = JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g);
      for (const [, id, output] of used)
        if (ids.has(id)) assert.ok(action.outputs[output as string], `${file}: output ${output} is not declared`);
    }
  }
  const status = parse(text(".github/examples/verify-on-deployment-status.yml")) as Workflow & { on: Record<string, unknown> };
  assert.ok("deployment_status" in status.on);
  assert.match(text(".github/examples/verify-on-deployment-status.yml"), /deployment_status\.state == 'success'/);
  assert.match(
    text(".github/examples/verify-on-deployment-status.yml"),
    /target: \$\{\{ github\.event\.deployment_status\.target_url \}\}/,
  );
  assert.match(text(".github/examples/deploy-verify-rollback.yml"), /needs: deploy/);
  assert.match(text(".github/examples/scheduled-production-check.yml"), /schedule:/);
});
