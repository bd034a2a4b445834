/**
 * HAL's page generations as the suite selects and serves them: HAL_PAGE and its errors, the
 * reference projects per generation (and with HAL_FAULT), page builds as patches of their own
 * generation, the chat overrides of the page contract, and the static server's fail knob.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ConfigError, loadConfig } from "../../harness/config/suite-config.ts";
import { CATALOGUE } from "../../harness/faults/catalogue.ts";
import { buildPageFault, faultPageGeneration, faultVariant } from "../../harness/faults/variants.ts";
import { pageContractFrom } from "../../harness/page/contract-config.ts";
import {
  CLASSIC_SPECS,
  pageGenerationsToRun,
  referenceProjects,
  WATCH_SPECS,
  watchWorkers,
} from "../../harness/stack/reference-projects.ts";
import { PAGE_GENERATIONS, pageRoot } from "../../reference-impl/page/generations.ts";
import { startStaticServer } from "../../reference-impl/static/server.ts";

const configError = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.message;
  }
  assert.fail("expected a configuration error");
};

test("HAL_PAGE: current or classic, a clear error otherwise, and never with a production target", () => {
  assert.equal(loadConfig({}).HAL_PAGE, undefined);
  assert.equal(loadConfig({ HAL_PAGE: "classic" }).HAL_PAGE, "classic");
  assert.match(configError({ HAL_PAGE: "modern" }), /HAL_PAGE: must be one of current, classic .*\(got "modern"\)/);
  assert.match(
    configError({ HAL_PAGE: "current", HAL_TARGET_URL: "https://hal.example.test/" }),
    /HAL_PAGE: applies only to the reference stack/,
  );
});

test("both generations by default, one with HAL_PAGE, a page build's own with HAL_FAULT", () => {
  assert.deepEqual(pageGenerationsToRun({}), ["current", "classic"]);
  assert.deepEqual(pageGenerationsToRun({ HAL_PAGE: "classic" }), ["classic"]);
  assert.deepEqual(pageGenerationsToRun({ HAL_FAULT: "page-rows-carry-colour" }), ["current"]);
  assert.deepEqual(pageGenerationsToRun({ HAL_FAULT: "page-user-bubble-left" }), ["classic"]);
  assert.deepEqual(pageGenerationsToRun({ HAL_FAULT: "gateway-slow" }), ["current"], "other faults: one run, the current page");
  assert.throws(
    () => pageGenerationsToRun({ HAL_PAGE: "current", HAL_FAULT: "page-user-bubble-left" }),
    /HAL_PAGE=current conflicts with HAL_FAULT=page-user-bubble-left, a build of the classic page/,
  );
});

test("one reference project per generation, its watches apart and first; the classic one runs the specs that drive the page", () => {
  const projects = referenceProjects({}, { grepInvert: /@soak/ });
  assert.deepEqual(
    projects.map((p) => [p.name, p.use?.pageGeneration]),
    [
      ["reference-current-watches", "current"],
      ["reference-classic-watches", "classic"],
      ["reference-current", "current"],
      ["reference-classic", "classic"],
    ],
  );
  const [currentWatches, classicWatches, current, classic] = projects;
  assert.equal(current?.testMatch, undefined);
  assert.equal(current?.testIgnore, WATCH_SPECS);
  assert.equal(current?.workers, 1, "a generation's short checks one after another");
  assert.equal(classic?.testMatch, CLASSIC_SPECS);
  assert.equal(currentWatches?.testMatch, WATCH_SPECS);
  assert.ok((classicWatches?.testMatch as RegExp | undefined)?.test("/repo/tests/stability/soak.spec.ts"));
  assert.ok(
    !(classicWatches?.testMatch as RegExp | undefined)?.test("/repo/tests/config/reload.spec.ts"),
    "the classic page has no reload watch",
  );
  assert.equal(watchWorkers(projects), 3, "a worker per watch, one for the checks");
  assert.ok(projects.every((p) => String(p.grepInvert) === "/@soak/"));
  assert.ok(CLASSIC_SPECS.test("/repo/tests/messaging/text-input.spec.ts"));
  assert.ok(!CLASSIC_SPECS.test("/repo/tests/connectivity/http.spec.ts"));
  const alone = referenceProjects({ HAL_PAGE: "classic" }, {});
  assert.deepEqual(
    alone.map((p) => [p.name, p.testMatch]),
    [
      ["reference-classic-watches", WATCH_SPECS],
      ["reference-classic", undefined],
    ],
    "asked for alone, the classic page runs everything",
  );
});

test("page builds patch their own generation", () => {
  const root = mkdtempSync(join(tmpdir(), "page-builds-"));
  for (const { name, build } of CATALOGUE) {
    if (!build) continue;
    assert.ok(PAGE_GENERATIONS.includes(build.generation), name);
    const dir = buildPageFault(name, root);
    const status = build.generation === "classic" ? "Connected! Ready to chat." : 'Connected! Say "Hey Jarvis" to begin.';
    // Builds without HAL's client (a missing script, another site) have no status to show.
    if (existsSync(join(dir, "client.js")))
      assert.match(readFileSync(join(dir, "client.js"), "utf8"), new RegExp(status.replace(/[.!"]/g, "\\$&")));
  }
  const rows = buildPageFault("page-rows-carry-colour", root);
  assert.doesNotMatch(readFileSync(join(rows, "index.html"), "utf8"), /message-content/);
  assert.doesNotMatch(readFileSync(join(rows, "client.js"), "utf8"), /className = "message-content"/);
  const wrapped = buildPageFault("page-extra-wrapper", root);
  assert.match(readFileSync(join(wrapped, "index.html"), "utf8"), /<div class="message-wrapper"><div class="message-content">/);
  assert.match(readFileSync(join(wrapped, "client.js"), "utf8"), /wrapper\.appendChild\(content\)/);
  assert.equal(faultPageGeneration("page-user-bubble-left"), "classic");
  const variant = faultVariant("page-extra-wrapper");
  assert.equal(variant.pageGeneration, "current");
  assert.match(variant.staticRoot ?? "", /extra-wrapper-[0-9a-f]{12}$/);
});

test("page contract: HAL_SELECTOR_BUBBLE names one message, HAL_EXPECT_CHAT_ERROR_PREFIX the error rows", () => {
  const c = pageContractFrom(loadConfig({ HAL_SELECTOR_BUBBLE: "#chat > .row", HAL_EXPECT_CHAT_ERROR_PREFIX: "Error:" }));
  assert.equal(c.selectors.message, "#chat > .row");
  assert.equal(c.chat.errorPrefix, "Error:");
  assert.equal(pageContractFrom(loadConfig({})).selectors.message, undefined, "unset: rows where the page has them");
});

test("static server: serves a generation's files; HAL_STATIC_FAIL_STATUS answers everything with http.server's error page", async () => {
  const served = await startStaticServer({ host: "127.0.0.1", port: 0, root: `${pageRoot("classic")}/`, log: () => {} });
  const failing = await startStaticServer({ host: "127.0.0.1", port: 0, root: pageRoot(), failStatus: 503, log: () => {} });
  try {
    const script = await fetch(`http://127.0.0.1:${served.port}/client.js`);
    assert.equal(script.status, 200, "a root spelled with a trailing separator still serves its files");
    assert.match(await script.text(), /Connected! Ready to chat\./);
    const missing = await fetch(`http://127.0.0.1:${served.port}/favicon.ico`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<p>Message: File not found\.<\/p>/);
    for (const path of ["/", "/client.js"]) {
      const res = await fetch(`http://127.0.0.1:${failing.port}${path}`);
      assert.equal(res.status, 503, path);
      assert.equal(res.headers.get("content-type"), "text/html;charset=utf-8");
      assert.match(
        await res.text(),
        /<p>Error code: 503<\/p>\n\s+<p>Message: Service Unavailable\.<\/p>\n\s+<p>Error code explanation: 503 - The server cannot process/,
      );
    }
  } finally {
    await Promise.all([served.close(), failing.close()]);
  }
});
