/**
 * The fault catalogue as declared: one declaration per fault, its kind from the helper it goes
 * through, typed names and knobs; every variant selectable by HAL_FAULT and different from the
 * healthy stack; HAProxy and page faults checked patches of the reference (loud when it changes);
 * and docs/selftest.md's table generated from it.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { CHECKLIST_BY_ID } from "../../harness/checklist/items.ts";
import { CATALOGUE, FAULT_NAMES, faultNamed, isFaultName } from "../../harness/faults/catalogue.ts";
import { defineFaults, EVERY_OTHER_ITEM } from "../../harness/faults/define.ts";
import { applyPatches, insertAfter, remove, replace } from "../../harness/faults/patch.ts";
import { catalogueMarkdown } from "../../harness/faults/table.ts";
import { buildPageFault, faultPageGeneration, faultVariant } from "../../harness/faults/variants.ts";
import { referenceTemplate } from "../../harness/haproxy/render.ts";
import { HEALTHY } from "../../reference-impl/gateway/behaviour.ts";
import { behaviourFromEnv, gatewayEnv } from "../../reference-impl/gateway/config.ts";
import { staticEnv, staticKnobsFromEnv } from "../../reference-impl/static/config.ts";

test("names are unique; no item is named twice among red, green, collateral and unverified", () => {
  assert.equal(new Set(FAULT_NAMES).size, CATALOGUE.length);
  for (const f of CATALOGUE) {
    const green = f.green === EVERY_OTHER_ITEM ? [] : (f.green ?? []);
    const all = [...f.red, ...green, ...(f.collateral ?? []), ...(f.unverified ?? [])];
    assert.equal(new Set(all).size, all.length, `${f.name}: an item in two of red/green/collateral/unverified`);
    for (const id of all) assert.ok(CHECKLIST_BY_ID.has(id), `${f.name}: unknown id ${id}`);
    assert.ok(f.description.trim(), `${f.name}: no description`);
  }
  assert.deepEqual(
    CATALOGUE.filter((f) => f.green === EVERY_OTHER_ITEM).map((f) => f.name),
    ["healthy"],
  );
});

test("the kind is the helper's: a declaration cannot state one, nor a misspelt knob or field", () => {
  const [f] = defineFaults("static", { "t-static": { description: "d", variant: { static: { failStatus: 500 } }, red: [], layer: "n/a" } });
  assert.equal(f?.kind, "static");
  assert.deepEqual(
    Object.fromEntries(
      ["gateway-down", "static-503", "page-extra-wrapper", "cert-expired", "history-only-errors"].map((n) => [n, faultNamed(n).kind]),
    ),
    {
      "gateway-down": "gateway",
      "static-503": "static",
      "page-extra-wrapper": "page",
      "cert-expired": "certificate",
      "history-only-errors": "logs",
    },
  );
  // @ts-expect-error the kind is not a field of a declaration
  defineFaults("gateway", { x: { description: "d", variant: {}, red: [], layer: "n/a", kind: "haproxy" } });
  // @ts-expect-error a misspelt gateway knob does not compile
  defineFaults("gateway", { x: { description: "d", variant: { gateway: { replyDelay: 1 } }, red: [], layer: "n/a" } });
  // @ts-expect-error a page fault is a build, not a stack variant
  defineFaults("page", { x: { description: "d", variant: {}, red: [], layer: "n/a" } });
  // @ts-expect-error a misspelt expectation does not compile
  defineFaults("haproxy", { x: { description: "d", variant: {}, red: [], layer: "n/a", colateral: [] } });
});

test("HAL_FAULT selects every catalogued variant; page faults get their own static root and generation", () => {
  for (const f of CATALOGUE.filter((f) => f.name !== "healthy")) assert.notDeepEqual(faultVariant(f.name), {}, f.name);
  assert.deepEqual(faultVariant(undefined), {});
  assert.ok(isFaultName("gateway-slow") && !isFaultName("gateway-slowly"));
  assert.throws(() => faultVariant("no-such-fault"), /not a known fault/);
  assert.equal(faultPageGeneration("page-user-bubble-left"), "classic");
  assert.equal(faultPageGeneration("short-tunnel-10s"), "classic");
  assert.match(faultVariant("page-console-error").staticRoot ?? "", /page-console-error-[0-9a-f]{12}$/);
});

test("gateway and static faults set knobs their servers read back: none runs a healthy server by mistake", () => {
  const knobbed = CATALOGUE.filter((f) => f.variant.gateway || f.variant.static);
  assert.ok(knobbed.length >= 15, `found ${knobbed.length}`);
  for (const f of knobbed) {
    if (f.variant.gateway) assert.notDeepEqual(behaviourFromEnv(gatewayEnv(f.variant.gateway)), HEALTHY, f.name);
    if (f.variant.static) assert.deepEqual(staticKnobsFromEnv(staticEnv(f.variant.static)), { failPath: undefined, ...f.variant.static });
  }
  assert.deepEqual(staticEnv({ failStatus: 503, failPath: "/favicon.ico" }), {
    HAL_STATIC_FAIL_STATUS: "503",
    HAL_STATIC_FAIL_PATH: "/favicon.ico",
  });
  assert.throws(() => staticEnv({ failStatus: 42 }), /HAL_STATIC_FAIL_STATUS must be an HTTP status code/);
  assert.throws(() => staticKnobsFromEnv({ HAL_STATIC_FAIL_STATUS: "5o3" }), /HAL_STATIC_FAIL_STATUS/);
});

test("HAProxy faults are checked patches of the reference template: each changes it, and a lost anchor is loud", async () => {
  const reference = await referenceTemplate();
  const patched = CATALOGUE.flatMap((f) => [f.variant.haproxyPatches, f.variant.configAfterStart].filter((p) => p !== undefined));
  assert.ok(patched.length >= 25, `found ${patched.length}`);
  for (const patches of patched) assert.notEqual(applyPatches(reference, patches), reference);
  assert.throws(() => remove("no such line\n")(reference), /no longer contains/);
  assert.throws(() => insertAfter("    timeout", "x")(reference), /more than once/);
  assert.equal(replace("timeout tunnel 1h", "timeout tunnel 2h")(reference).includes("timeout tunnel 2h"), true);
});

test("page faults are builds patched from the reference page, one directory per content", () => {
  const root = mkdtempSync(join(tmpdir(), "page-faults-"));
  const pages = CATALOGUE.filter((f) => f.build);
  assert.equal(pages.length, 10);
  for (const { name } of pages) {
    const dir = buildPageFault(name, root);
    assert.equal(buildPageFault(name, root), dir, "same content, same directory");
    assert.ok(readdirSync(dir).includes("index.html"));
  }
  assert.ok(!existsSync(join(buildPageFault("page-no-client-script", root), "client.js")));
  assert.match(
    readFileSync(join(buildPageFault("page-console-error", root), "client.js"), "utf8"),
    /console\.error\("\[ERROR\] Failed to load/,
  );
  assert.match(readFileSync(join(buildPageFault("page-reconnect-loop", root), "client.js"), "utf8"), /ws\.close\(\), 1000/);
  assert.throws(() => buildPageFault("gateway-slow", root), /has no page build/);
});

test("docs/selftest.md's catalogue table is the catalogue, row for row (npm run selftest -- --list --markdown)", () => {
  const doc = readFileSync(new URL("../../docs/selftest.md", import.meta.url), "utf8");
  assert.ok(
    doc.includes(catalogueMarkdown(CATALOGUE)),
    "docs/selftest.md's fault table is out of date: paste `npm run selftest -- --list --markdown` over it",
  );
});
