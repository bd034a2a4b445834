/**
 * The fault catalogue and its judge: every catalogued id exists in the checklist, every spec
 * file exists, page faults patch the reference page (and fail loudly when it changes), and the
 * judge calls a fault caught only with every red item red, the right layer and no false red.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CHECKLIST_BY_ID } from "../../harness/checklist/items.ts";
import { buildReport, type TestOutcome } from "../../harness/checklist/verdicts.ts";
import { CATALOGUE, type FaultCase } from "../../harness/faults/catalogue.ts";
import { judge } from "../../harness/faults/judge.ts";
import { buildPageFault, PAGE_FAULTS } from "../../harness/faults/page.ts";
import { VARIANTS, variantFromEnv } from "../../harness/faults/variants.ts";
import { REPO_ROOT } from "../../harness/paths.ts";

test("every catalogued item id is a checklist id, every spec exists, names are unique", () => {
  assert.equal(new Set(CATALOGUE.map((f) => f.name)).size, CATALOGUE.length);
  for (const f of CATALOGUE) {
    for (const id of [...f.red, ...f.green, ...(f.collateral ?? [])]) assert.ok(CHECKLIST_BY_ID.has(id), `${f.name}: unknown id ${id}`);
    for (const spec of f.specs) assert.ok(existsSync(join(REPO_ROOT, spec)), `${f.name}: no spec ${spec}`);
    assert.deepEqual(
      f.red.filter((id) => f.green.includes(id)),
      [],
      `${f.name}: an item both red and green`,
    );
    if (f.variant.haproxyTemplate) assert.ok(existsSync(f.variant.haproxyTemplate), `${f.name}: no template`);
  }
});

test("HAL_FAULT selects every catalogued variant; page faults get their own static root", () => {
  for (const f of CATALOGUE) assert.ok(VARIANTS[f.name], f.name);
  assert.deepEqual(variantFromEnv({}), {});
  assert.throws(() => variantFromEnv({ HAL_FAULT: "no-such-fault" }), /not a known stack variant/);
});

test("page faults are patches of the reference page", () => {
  const root = mkdtempSync(join(tmpdir(), "page-faults-"));
  for (const name of Object.keys(PAGE_FAULTS)) {
    const dir = buildPageFault(name, root);
    assert.equal(buildPageFault(name, root), dir, "same content, same directory");
    assert.ok(readdirSync(dir).includes("index.html"));
  }
  assert.ok(!existsSync(join(buildPageFault("no-client-script", root), "client.js")));
  assert.match(readFileSync(join(buildPageFault("console-error", root), "client.js"), "utf8"), /console\.error\("\[ERROR\] Failed to load/);
  assert.match(readFileSync(join(buildPageFault("reconnect-loop", root), "client.js"), "utf8"), /ws\.close\(\), 1000/);
});

const fault: FaultCase = {
  name: "t",
  kind: "gateway",
  description: "",
  variant: {},
  red: ["pdv.reply-5s"],
  collateral: ["pdv.response-time"],
  layer: "gateway",
  green: ["step6.test1.proxy-200"],
  specs: [],
};

const outcome = (ids: string[], status: TestOutcome["status"], layer?: string): TestOutcome => ({
  title: ids.join(" "),
  status,
  flaky: false,
  annotations: [
    ...ids.map((description) => ({ type: "checklist", description })),
    ...(layer ? [{ type: "diagnosis", description: `${layer}: x` }] : []),
  ],
});

test("judge: caught with the red item red, the right layer and the green item green", () => {
  const report = buildReport(
    [outcome(["pdv.reply-5s", "pdv.response-time"], "failed", "gateway"), outcome(["step6.test1.proxy-200"], "passed")],
    "t",
  );
  const r = judge(fault, report, 1);
  assert.deepEqual(r.problems, []);
  assert.equal(r.caught, true);
  assert.deepEqual(r.observedLayers, ["gateway"]);
});

test("judge: missed on a wrong layer, a green item red (false red) or an expected red that passed", () => {
  const wrongLayer = judge(
    fault,
    buildReport([outcome(["pdv.reply-5s"], "failed", "page"), outcome(["step6.test1.proxy-200"], "passed")], "t"),
    1,
  );
  assert.equal(wrongLayer.caught, false);
  assert.match(wrongLayer.problems.join(), /names layer page, expected gateway/);

  const falseRed = judge(fault, buildReport([outcome(["pdv.reply-5s", "step6.test1.proxy-200"], "failed", "gateway")], "t"), 1);
  assert.deepEqual(falseRed.falseReds, ["step6.test1.proxy-200"]);
  assert.equal(falseRed.caught, false);

  const notCaught = judge(fault, buildReport([outcome(["pdv.reply-5s"], "passed"), outcome(["step6.test1.proxy-200"], "passed")], "t"), 1);
  assert.match(notCaught.problems.join(), /pdv.reply-5s should be red, is pass/);
  assert.equal(judge(fault, undefined, 1, "crashed").caught, false);
});
