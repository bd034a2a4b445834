/** Parsers the checks rely on: HAProxy access logs, the master CLI, the page's console policy. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseShowProc } from "../../harness/haproxy/master-cli.ts";
import { renderTemplate } from "../../harness/haproxy/render.ts";
import { parseAccessLog, route } from "../../harness/logs/haproxy-log.ts";
import { classifyConsole } from "../../harness/page/console-policy.ts";
import { route as answer } from "../../reference-impl/gateway/router.ts";

test("parses an httplog line for a WebSocket over HTTP/2", () => {
  const e = parseAccessLog(
    '127.0.0.1:41234 [26/Nov/2026:05:41:37.618] hal_https~ hal2_backend/hal2_ws 0/0/0/1/5012 101 342 - - CD-- 1/1/0/0/0 0/0 "GET https://localhost:42545/ HTTP/2.0"',
  );
  assert.ok(e);
  assert.equal(route(e), "hal2_backend/hal2_ws");
  assert.equal(e.status, 101);
  assert.equal(e.termination, "CD--");
  assert.equal(e.httpVersion, "HTTP/2.0");
  assert.equal(parseAccessLog("[NOTICE]   (5274) : New worker (5276) forked"), null);
});

test("parses show proc with current and old workers", () => {
  const t = parseShowProc(`#<PID>          <type>          <reloads>       <uptime>        <version>
100             master          2 [failed: 1]   0d00h00m05s     2.6.12
# workers
130             worker          0               0d00h00m01s     2.6.12
# old workers
120             worker          1               0d00h00m03s     2.6.12
# programs
`);
  assert.equal(t.master?.reloads, 2);
  assert.equal(t.failedReloads, 1);
  assert.deepEqual(
    t.current.map((w) => w.pid),
    [130],
  );
  assert.deepEqual(
    t.old.map((w) => w.pid),
    [120],
  );
});

test("a template with a missing value is an error that names it", () => {
  assert.throws(() => renderTemplate("bind {{host}}:{{port}}", { host: "127.0.0.1" }), /port/);
});

test("console policy allows only named errors", () => {
  const v = classifyConsole([
    {
      type: "error",
      text: "Failed to load resource: the server responded with a status of 404 (File not found)",
      url: "https://h/favicon.ico",
    },
    {
      type: "error",
      text: "Failed to load resource: the server responded with a status of 404 (File not found)",
      url: "https://h/client.js",
    },
    { type: "error", text: "[ERROR] Microphone access denied: NotFoundError", url: "" },
    { type: "log", text: "[OK] Connected to HAL", url: "" },
  ]);
  assert.deepEqual(
    v.allowed.map((a) => a.allowance),
    ["favicon-404", "no-microphone"],
  );
  assert.equal(v.unexpected.length, 1);
  assert.match(v.unexpected[0]?.url ?? "", /client\.js/);
});

test("the router answers the checklist's five questions sensibly", () => {
  assert.equal(answer("hello").intent, "builtin");
  assert.match(answer("what time is it").text, /\d/);
  assert.match(answer("tell me a joke").text, /\?/);
  assert.match(answer("what is 2+2").text, /\b4\b/);
  assert.match(answer("goodbye").text, /bye/i);
  assert.equal(answer("tell me about quantum gravity").intent, "llm");
});
