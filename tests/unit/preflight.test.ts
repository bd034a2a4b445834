/**
 * The preflight's pure parts and the page load it shares with the reachability check and the
 * bypass probes: which subresources a page makes a browser load (parse5, not regexes), a page
 * load against a real local server, the layer named from what the probes saw, the blocked
 * verdict, and the waits derived from the checklist's budgets.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { credentialsOf } from "../../harness/config/redact.ts";
import { loadConfig } from "../../harness/config/suite-config.ts";
import { CHECKLIST_BUDGETS, MARGIN_MS, timeouts } from "../../harness/config/timeouts.ts";
import { type Attempt, answerInBudgetProbe, layerOf, type Observations, repliesLayer } from "../../harness/probes/diagnose.ts";
import { basicAuthHeaders } from "../../harness/probes/http-probe.ts";
import { attributePageFailure, loadPage, type PageLoad, pageAssets } from "../../harness/probes/page-assets.ts";
import { blockedBy, type Preflight } from "../../harness/probes/preflight.ts";
import { oncePerRun } from "../../harness/probes/preflight-once.ts";
import { testGateway } from "./support/gateway.ts";

const PAGE = "https://hal.example.test/app/";
const urls = (html: string, page = PAGE) => pageAssets(html, page).map((a) => `${a.kind} ${a.url}${a.sameOrigin ? "" : " (foreign)"}`);

test("HAL's page: its one script, client.js beside it", () => {
  const html = `<!DOCTYPE html><html><head><title>HAL Voice Assistant</title><style>.x{}</style></head>
    <body><div id="chat"></div><script src="client.js"></script></body></html>`;
  assert.deepEqual(urls(html, "https://hal.example.test/"), ["script https://hal.example.test/client.js"]);
});

test("scripts, stylesheets and module preloads are found in document order, each once, resolved like a browser", () => {
  const html = `<html><head>
      <link rel="stylesheet" href="css/app.css?v=2#top">
      <link rel="preload stylesheet" href="/print.css">
      <link rel="modulepreload" href="./mod.js">
      <link rel="icon" href="favicon.ico">
      <script type="module" src="main.js"></script>
      <script src="client.js"></script><script src="client.js"></script>
    </head><body></body></html>`;
  assert.deepEqual(urls(html), [
    "stylesheet https://hal.example.test/app/css/app.css?v=2",
    "stylesheet https://hal.example.test/print.css",
    "modulepreload https://hal.example.test/app/mod.js",
    "script https://hal.example.test/app/main.js",
    "script https://hal.example.test/app/client.js",
  ]);
});

test("what a browser does not load is not an asset: template, comments, noscript, inline, data:, non-script types, alternate sheets", () => {
  const html = `<html><head>
      <!-- <script src="commented.js"></script> -->
      <noscript><link rel="stylesheet" href="noscript.css"></noscript>
      <template><script src="inert.js"></script></template>
      <script>console.log("inline")</script>
      <script src="data:text/javascript,1"></script>
      <script type="text/template" src="tmpl.html"></script>
      <link rel="alternate stylesheet" href="alt.css">
      <script src="   "></script>
      <script src="real.js"></script>
    </head></html>`;
  assert.deepEqual(urls(html), ["script https://hal.example.test/app/real.js"]);
});

test("<base href> moves resolution; another origin's asset is listed as foreign", () => {
  const html = `<html><head><base href="/static/"><script src="client.js"></script>
    <script src="https://cdn.example.net/lib.js"></script><script src="//hal.example.test/x.js"></script></head></html>`;
  assert.deepEqual(urls(html), [
    "script https://hal.example.test/static/client.js",
    "script https://cdn.example.net/lib.js (foreign)",
    "script https://hal.example.test/x.js",
  ]);
});

test("a missing asset is named with the layer that lost it", () => {
  const load = (name: string, status: number): PageLoad => ({
    loads: [
      { name: "/", url: "x", status: 200 },
      { name, url: "y", status },
    ],
    failed: status === 200 ? undefined : { name, url: "y", status },
    assets: [],
    foreign: [],
  });
  assert.equal(attributePageFailure(load("client.js", 404), load("client.js", 404)), "client.js answers 404 (static server)");
  assert.equal(
    attributePageFailure(load("client.js", 426), load("client.js", 200)),
    "client.js answers 426 through the proxy, 200 from the static server (proxy)",
  );
  assert.equal(attributePageFailure(load("client.js", 404)), "client.js answers 404 through the proxy");
  assert.equal(attributePageFailure(load("client.js", 200), load("client.js", 200)), undefined);
});

let server: Server;
let base = "";
const files: Record<string, string> = {
  "/": `<html><head><link rel="stylesheet" href="app.css"></head><body><script src="client.js"></script></body></html>`,
  "/app.css": "body{}",
  "/private/": "<html><body><script src='p.js'></script></body></html>",
  "/private/p.js": "1",
};
const AUTH = basicAuthHeaders({ username: "ops", password: "s3cret:x" }).authorization;
before(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith("/private/") && req.headers.authorization !== AUTH) return void res.writeHead(401).end();
    const body = files[req.url ?? ""];
    res.writeHead(body === undefined ? 404 : 200).end(body ?? "File not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
after(() => server.close());

test("loadPage fetches the page and each asset, and stops at the first that does not answer 200", async () => {
  const missing = await loadPage(base, {}, 3);
  assert.deepEqual(
    missing.loads.map((l) => `${l.name} ${l.status}`),
    ["/ 200", "app.css 200", "client.js 404"],
  );
  assert.equal(missing.failed?.name, "client.js");
  files["/client.js"] = "console.log(1)";
  const whole = await loadPage(base, {}, 2);
  assert.equal(whole.failed, undefined);
  assert.equal(whole.loads.length, 6, "two rounds of the page and its two assets");
});

test("a target behind HTTP authentication is loaded with the credentials the browser gets from the target URL", async () => {
  assert.equal((await loadPage(`${base}private/`)).failed?.status, 401);
  const headers = basicAuthHeaders(credentialsOf("https://ops:s3cret%3Ax@hal.example.test/"));
  assert.deepEqual(headers, { authorization: AUTH });
  const authed = await loadPage(`${base}private/`, { headers });
  assert.deepEqual(
    authed.loads.map((l) => `${l.name} ${l.status}`),
    ["/private/ 200", "p.js 200"],
  );
  assert.deepEqual(basicAuthHeaders(credentialsOf("https://hal.example.test/")), {});
});

const ok = (what: string): Attempt => ({ ok: true, line: `OK    ${what}` });
const fail = (what: string, error: string): Attempt => ({ ok: false, line: `FAIL  ${what}: ${error}`, error });
const pageLoad = (failedName?: string, status = 404): PageLoad => ({
  loads: [{ name: "/", url: "u", status: failedName === "/" ? status : 200 }],
  failed: failedName ? { name: failedName, url: "u", status } : undefined,
  assets: [],
  foreign: [],
});
const stack = { pageUrl: "https://hal.example.test/" };
const observe = (o: Partial<Observations>): Observations => ({
  front: ok("front"),
  frontLoad: pageLoad(),
  wsProxied: ok("ws"),
  staticDirect: ok("static"),
  staticLoad: pageLoad(),
  gatewayDirect: ok("gateway"),
  ...o,
});

test("the layer: a 503 at the proxy with working servers is the proxy's", () => {
  const d = layerOf(
    stack,
    observe({
      front: fail("front", "/ answers 503"),
      frontLoad: pageLoad("/", 503),
      wsProxied: fail("ws", "WebSocket handshake answered HTTP 503 instead of 101"),
    }),
  );
  assert.equal(d.layer, "proxy");
  assert.match(d.summary, /\/ answers 503 through the proxy, 200 from the static server/);
});

test("the layer: client.js missing on the static server too is the page's, named as such (not 'what the browser runs')", () => {
  const d = layerOf(
    stack,
    observe({
      front: fail("front", "client.js answers 404"),
      frontLoad: pageLoad("client.js"),
      staticDirect: fail("static", "client.js answers 404"),
      staticLoad: pageLoad("client.js"),
    }),
  );
  assert.equal(d.layer, "page");
  assert.match(d.summary, /client\.js answers 404 \(static server\)/);
});

test("the layer: gateway down, network, TLS, and every probe working", () => {
  assert.equal(
    layerOf(stack, observe({ wsProxied: fail("ws", "HTTP 200"), gatewayDirect: fail("gw", "connect ECONNREFUSED") })).layer,
    "gateway",
  );
  const refused = fail("x", "connect ECONNREFUSED 10.0.0.1:443");
  assert.equal(layerOf(stack, observe({ front: refused, wsProxied: refused })).layer, "network");
  const tls = layerOf(stack, observe({ tls: fail("tls", "Hostname/IP does not match certificate's altnames") }));
  assert.deepEqual([tls.layer, tls.summary.startsWith("TLS fails at the proxy")], ["proxy", true]);
  assert.match(layerOf(stack, observe({})).summary, /every server-side probe works/);
});

const preflight = (parts: Partial<Preflight["parts"]>, layer?: "proxy" | "page"): Preflight => ({
  target: "t",
  parts: { tls: ok("tls"), page: ok("page"), websocket: ok("ws"), replies: ok("replies"), ...parts },
  diagnosis: layer && { layer, summary: "the page answers 503 at the proxy", observations: [] },
  ms: 1,
});

test("blocked: only a test whose items need a failed part, with the root cause, the layer and the items' words", () => {
  const broken = preflight({ page: fail("page", "/ answers 503") }, "proxy");
  const blocked = blockedBy(broken, ["step6.test2.connecting", "step6.test2.connected-3s"]);
  assert.ok(blocked);
  assert.equal(blocked.layer, "proxy");
  assert.equal(blocked.message.split("\n")[0], "blocked: the page answers 503 at the proxy");
  assert.doesNotMatch(blocked.message, /\(layer:/, "the layer is data (Blocked.layer, annotated by the gate), never prose in the message");
  assert.match(blocked.message, /"Test 2: then "Connected!" within 3 seconds"/);
  assert.equal(blockedBy(broken, ["step3.review.alpn-h2"]), undefined, "the review needs nothing");
  assert.equal(blockedBy(broken, ["pdv.service-logs-clean"]), undefined, "needs tls and websocket, which passed");
  assert.equal(blockedBy(preflight({}), ["step6.test2.connected-3s"]), undefined, "nothing failed");
});

test("late answers block only the checks judged on many answers; the latency checks measure them", () => {
  const late = fail("replies", '"hello" answered in 6012 ms, over the 5000 ms reply budget');
  const slow: Preflight = { ...preflight({ replies: late }), diagnosis: repliesLayer(late, fail("gw", '"hello" answered in 6003 ms')) };
  const blocked = blockedBy(slow, ["pdv.ten-messages", "pdv.text-input", "pdv.status-connected"]);
  assert.ok(blocked);
  assert.equal(blocked.layer, "gateway");
  assert.match(blocked.message, /HAL's answers fail even at the gateway directly: "hello" answered in 6003 ms/);
  assert.match(blocked.message, /the preflight found HAL's answers through the proxy within the reply budget failing/);
  for (const measures of [
    ["pdv.reply-5s", "pdv.response-time", "success.response-times"],
    ["step6.test3.reply-3s"],
    ["step6.test2.browsers"],
  ])
    assert.equal(blockedBy(slow, measures), undefined, measures.join());
  // A WebSocket that failed is named, not the answer that was never asked for.
  const noSocket = { ...preflight({ websocket: fail("ws", "HTTP 503"), replies: { ok: false, line: "-", error: "not asked" } }, "proxy") };
  const m = blockedBy(noSocket, ["step6.test4.all-answered"])?.message ?? "";
  assert.match(m, /the preflight found a WebSocket through the proxy that HAL greets.* failing\.$/);
  assert.doesNotMatch(m.split("the preflight found")[1] ?? "", /answers/);
});

test("the layer of late answers: the gateway when late directly too, the proxy when in time directly", () => {
  const late = fail("proxied", "late");
  assert.equal(repliesLayer(late, fail("direct", "late")).layer, "gateway");
  assert.equal(repliesLayer(late, ok("direct")).layer, "proxy");
  const unconfirmed = repliesLayer(late, undefined);
  assert.deepEqual([unconfirmed.layer, /no direct gateway URL/.test(unconfirmed.summary)], ["gateway", true]);
});

test("the answer probe holds HAL to the reply budget, with its figure", async () => {
  const budgets = { HAL_CONNECT_BUDGET_MS: 3000, HAL_HELLO_REPLY_BUDGET_MS: 3000, HAL_REPLY_BUDGET_MS: 300 };
  const fast = await testGateway();
  const slow = await testGateway({ replyDelayMs: 600 });
  try {
    assert.match(await answerInBudgetProbe(`ws://127.0.0.1:${fast.port}`, undefined, budgets), /"hello" answered in \d+ ms/);
    await assert.rejects(
      answerInBudgetProbe(`ws://127.0.0.1:${slow.port}`, undefined, budgets),
      /"hello" answered in \d+ ms, over the 300 ms reply budget/,
    );
  } finally {
    await Promise.all([fast.close(), slow.close()]);
  }
});

test("waits derive from the checklist's budgets plus the stated margin; the defaults are suite-config's", () => {
  const defaults = loadConfig({});
  assert.deepEqual(CHECKLIST_BUDGETS, {
    HAL_CONNECT_BUDGET_MS: defaults.HAL_CONNECT_BUDGET_MS,
    HAL_HELLO_REPLY_BUDGET_MS: defaults.HAL_HELLO_REPLY_BUDGET_MS,
    HAL_REPLY_BUDGET_MS: defaults.HAL_REPLY_BUDGET_MS,
  });
  const t = timeouts(CHECKLIST_BUDGETS);
  assert.equal(t.probeMs, 3_000 + MARGIN_MS);
  assert.equal(t.patienceMs, 5_000 + MARGIN_MS);
  assert.equal(t.testMs, 3_000 + 12 * 5_000 + MARGIN_MS);
  const slow = timeouts({ HAL_CONNECT_BUDGET_MS: 10_000, HAL_HELLO_REPLY_BUDGET_MS: 3_000, HAL_REPLY_BUDGET_MS: 5_000 });
  assert.equal(slow.patienceMs, 10_000 + MARGIN_MS, "the longest budget sets the page object's patience");
  assert.equal(slow.navigationMs, 10_000 + MARGIN_MS);
});

test("a production target is probed once per run, whichever worker asks; another target is probed on its own", async () => {
  const dir = mkdtempSync(join(tmpdir(), "preflight-once-"));
  try {
    let runs = 0;
    const run = async () => ({ ...preflight({}), target: `run ${++runs}` });
    const target = { pageUrl: "https://hal.example.test/", wsUrl: "wss://hal.example.test", direct: {} };
    assert.equal((await oncePerRun(dir, target, run)).target, "run 1");
    assert.equal((await oncePerRun(dir, target, run)).target, "run 1", "a restarted worker reads the first result");
    assert.equal((await oncePerRun(dir, { ...target, direct: { gatewayUrl: "ws://10.0.0.2:8765" } }, run)).target, "run 2");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
