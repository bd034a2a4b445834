/**
 * No report calls out: the checklist page (with a chart) and the Allure file, rendered here by
 * the suite's own code, name no host but loopback and the run's target, and the scanner that
 * says so catches an analytics script, a CDN stylesheet, a host hidden in an inlined script, and
 * Allure's own analytics block. `npm run pack:smoke` runs the same scan over a real verify run's
 * reports (Playwright's HTML report and trace viewer included).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { buildReport } from "../../harness/checklist/verdicts.ts";
import { renderAllure, withoutAnalytics } from "../../harness/report/allure-render.ts";
import { latencyFigure } from "../../harness/report/figures.ts";
import { renderChecklistPage } from "../../harness/report/page.ts";
import { externalHosts, scanReports } from "../../harness/report/report-hosts.ts";
import { targetOf } from "../../harness/report/run-info.ts";

test("the scanner finds what loads, what is named, and what hides in an inlined script", () => {
  const gtag = '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>';
  assert.deepEqual(externalHosts(gtag), [{ host: "www.googletagmanager.com", kind: "loads" }]);
  assert.deepEqual(externalHosts('<link rel="stylesheet" href="https://fonts.example.net/a.css">'), [
    { host: "fonts.example.net", kind: "loads" },
  ]);
  assert.deepEqual(externalHosts("body { background: url('https://cdn.example.net/x.png') }"), [
    { host: "cdn.example.net", kind: "loads" },
  ]);
  const inlined = `<script src="data:text/javascript;base64,${Buffer.from('fetch("https://collect.example.com/e")').toString("base64")}"></script>`;
  assert.deepEqual(externalHosts(inlined), [{ host: "collect.example.com", kind: "names" }]);
  assert.deepEqual(externalHosts("HAProxy version 2.6.12 - https://haproxy.org/"), [{ host: "haproxy.org", kind: "names" }]);
  // Allure's embedded data is the run's evidence: a console line quoting a URL is what the page
  // said; only markup that would load from elsewhere counts there.
  const data = (json: string) => `d("data/test-results/1.json","${Buffer.from(json).toString("base64")}")`;
  assert.deepEqual(externalHosts(data('{"console":"deprecated (https://bit.ly/audio-worklet)"}')), []);
  assert.deepEqual(externalHosts(data('{"html":"<img src=\\"https://pixel.example.com/p.gif\\">"}')), [
    { host: "pixel.example.com", kind: "loads" },
  ]);
  // The run's own: loopback, the target, XML namespaces, and the viewers' click-only links.
  assert.deepEqual(
    externalHosts('<svg xmlns="http://www.w3.org/2000/svg"></svg> https://localhost:8443/ https://127.0.0.1/ https://[::1]:9/'),
    [],
  );
  assert.deepEqual(externalHosts("target https://hal.example.com/", ["hal.example.com"]), []);
  assert.deepEqual(externalHosts('<a href="https://allurereport.org" rel="noreferrer">Powered by</a>'), []);
  assert.deepEqual(externalHosts('<script src="https://allurereport.org/x.js"></script>'), [{ host: "allurereport.org", kind: "loads" }]);
});

test("Allure's analytics block is cut from its page, and a changed template fails loudly", () => {
  const page = `<body><div id="app"></div>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-LNDJ3J7WT0"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date());
        gtag('config', 'G-LNDJ3J7WT0', { "report": "awesome" });
    </script>
    </body>`;
  const cut = withoutAnalytics(page);
  assert.deepEqual(externalHosts(cut), []);
  assert.match(cut, /<div id="app"><\/div>/);
  assert.throws(() => withoutAnalytics(page.replace("<script async", "<script defer")), /still loads analytics/);
});

test("the checklist page and the Allure file the suite renders name no outside host", async () => {
  const dir = mkdtempSync(join(tmpdir(), "hal-report-hosts-"));
  try {
    const target = "https://hal.example.test/";
    const report = buildReport(
      [{ title: "t", status: "passed", flaky: false, annotations: [{ type: "checklist", description: "pdv.reply-5s" }] }],
      target,
    );
    const figure = latencyFigure("Reply latency", [{ message: "hello", latencyMs: 120 }], [{ label: "3 s", ms: 3000 }]);
    const html = await renderChecklistPage({
      report,
      run: {
        target: targetOf({ description: "production deployment", url: target, runtime: "production" }),
        pageGeneration: "current",
        startedAt: "2026-12-01T00:00:00Z",
        durationMs: 1,
        status: "passed",
        versions: [],
      },
      tests: [{ title: "t", status: "passed", figures: [figure] }],
      links: [],
    });
    assert.match(html, /<svg/, "the chart is drawn into the page");
    writeFileSync(join(dir, "checklist.html"), html);
    const results = join(dir, "allure-results");
    mkdirSync(results);
    const result = {
      uuid: "1",
      historyId: "h",
      name: "t",
      fullName: "t",
      status: "passed",
      stage: "finished",
      start: 1,
      stop: 2,
      labels: [],
      steps: [],
      attachments: [],
      parameters: [],
      links: [],
    };
    writeFileSync(join(results, "1-result.json"), JSON.stringify(result));
    assert.equal(await renderAllure(results, join(dir, "allure-report")), 0);
    assert.ok(readFileSync(join(dir, "allure-report", "index.html"), "utf8").length > 100_000, "one self-contained file");
    assert.deepEqual(scanReports(dir, ["hal.example.test"]), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
