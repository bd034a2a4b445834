/**
 * The fault catalogue and its judge: every catalogued id exists in the checklist, every spec
 * file exists, page faults patch the reference page (and fail loudly when it changes), and the
 * judge calls a fault caught only with every red item red, the right layer and no false red —
 * a flaky item (failed, then passed on a retry) counting as red.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CHECKLIST_BY_ID } from "../../harness/checklist/items.ts";
import { buildReport, type TestOutcome } from "../../harness/checklist/verdicts.ts";
import { CATALOGUE, type FaultCase } from "../../harness/faults/catalogue.ts";
import { HAPROXY_FAULTS } from "../../harness/faults/haproxy.ts";
import { judge } from "../../harness/faults/judge.ts";
import { buildPageFault, PAGE_FAULTS } from "../../harness/faults/page.ts";
import { applyPatches, insertAfter, remove, replace } from "../../harness/faults/patch.ts";
import { selectTests } from "../../harness/faults/runner.ts";
import { catalogueMarkdown, renderText, summarize } from "../../harness/faults/table.ts";
import { faultVariant } from "../../harness/faults/variants.ts";
import { referenceTemplate } from "../../harness/haproxy/render.ts";

test("names are unique; no item is expected both red and green, or both judged and unverified", () => {
  assert.equal(new Set(CATALOGUE.map((f) => f.name)).size, CATALOGUE.length);
  for (const f of CATALOGUE) {
    const sets = [f.red, f.green, f.collateral ?? [], f.unverified ?? []];
    const all = sets.flat();
    assert.equal(new Set(all).size, all.length, `${f.name}: an item in two of red/green/collateral/unverified`);
    for (const id of all) assert.ok(CHECKLIST_BY_ID.has(id), `${f.name}: unknown id ${id}`);
  }
});

test("HAL_FAULT selects every catalogued variant; page faults get their own static root", () => {
  for (const f of CATALOGUE.filter((f) => f.name !== "healthy")) assert.notDeepEqual(faultVariant(f.name), {}, f.name);
  assert.deepEqual(faultVariant(undefined), {});
  assert.throws(() => faultVariant("no-such-fault"), /not a known fault/);
});

test("HAProxy faults are checked patches of the reference template: each changes it, and a lost anchor is loud", async () => {
  const reference = await referenceTemplate();
  for (const [name, f] of Object.entries(HAPROXY_FAULTS)) {
    if (f.patches.length) assert.notEqual(applyPatches(reference, f.patches), reference, name);
  }
  assert.throws(() => remove("no such line\n")(reference), /no longer contains/);
  assert.throws(() => insertAfter("    timeout", "x")(reference), /more than once/);
  assert.equal(replace("timeout tunnel 1h", "timeout tunnel 2h")(reference).includes("timeout tunnel 2h"), true);
});

test("a fault runs exactly the tests that check the items it names, never the long @soak tests", () => {
  const suite = [
    { location: "tests/a.spec.ts:1", title: "a", tags: [], ids: ["pdv.reply-5s"] },
    { location: "tests/b.spec.ts:2", title: "b", tags: [], ids: ["step6.test1.proxy-200", "pdv.page-reachable"] },
    { location: "tests/c.spec.ts:3", title: "c", tags: [], ids: ["pdv.no-ui-lag"] },
    { location: "tests/d.spec.ts:4", title: "d", tags: ["soak"], ids: ["pdv.reply-5s"] },
  ];
  assert.deepEqual(selectTests(fault, suite), ["tests/a.spec.ts:1", "tests/b.spec.ts:2"]);
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
};

const outcome = (ids: string[], status: TestOutcome["status"], layer?: string): TestOutcome => ({
  title: ids.join(" "),
  status,
  flaky: false,
  annotations: [
    ...ids.map((description) => ({ type: "checklist", description })),
    ...(layer ? [{ type: "layer", description: layer }] : []),
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

const flaky = (ids: string[], layer?: string): TestOutcome => ({
  ...outcome(ids, "passed", layer),
  flaky: true,
  attempts: [{ status: "failed", error: "Error: Functionality: no reply within 5000 ms" }, { status: "passed" }],
});

test("judge: a flaky red item (failed, then passed on a retry) is red: the fault is caught", () => {
  const report = buildReport([flaky(["pdv.reply-5s"], "gateway"), outcome(["step6.test1.proxy-200"], "passed")], "t");
  const r = judge(fault, report, 1);
  assert.deepEqual(r.problems, []);
  assert.equal(r.caught, true);
  assert.deepEqual(r.observedRed, ["pdv.reply-5s"]);
  assert.deepEqual(r.flakyReds, ["pdv.reply-5s"]);
});

test("judge: a flaky green item is a false red, with its attempt history", () => {
  const report = buildReport([outcome(["pdv.reply-5s"], "failed", "gateway"), flaky(["step6.test1.proxy-200"])], "t");
  const r = judge(fault, report, 1);
  assert.equal(r.caught, false);
  assert.deepEqual(r.falseReds, ["step6.test1.proxy-200"]);
  assert.match(r.problems.join("\n"), /step6.test1.proxy-200 should pass, is fail \(flaky: failed on attempt 1 of 2, then passed\)/);
  assert.match(r.problems.join("\n"), /false red: step6.test1.proxy-200 \(.*failed on attempt 1 of 2, then passed/);
});

test("judge: a report that called a flaky item PASS (an older writer) is still judged red", () => {
  const report = buildReport([outcome(["pdv.reply-5s"], "failed", "gateway"), outcome(["step6.test1.proxy-200"], "passed")], "t");
  const green = report.items.find((i) => i.id === "step6.test1.proxy-200");
  assert.ok(green);
  green.tests = green.tests.map((t) => ({ ...t, flaky: true, attempts: ["failed", "passed"] }));
  const r = judge(fault, report, 1);
  assert.deepEqual(r.falseReds, ["step6.test1.proxy-200"]);
  assert.match(r.problems.join("\n"), /false red: step6.test1.proxy-200 \(flaky: failed on attempt 1 of 2, then passed\)/);
  assert.match(renderText(summarize([r], 1, 1)), /observed red: step6.test1.proxy-200 \(flaky\), pdv.reply-5s/);
});

test("docs/selftest.md's catalogue table is the catalogue, row for row (npm run selftest -- --list --markdown)", () => {
  const doc = readFileSync(new URL("../../docs/selftest.md", import.meta.url), "utf8");
  assert.ok(
    doc.includes(catalogueMarkdown(CATALOGUE)),
    "docs/selftest.md's fault table is out of date: paste `npm run selftest -- --list --markdown` over it",
  );
});
