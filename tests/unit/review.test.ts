/**
 * The static config review (Step 3) over small snippets: the reference config is clean, each
 * HAProxy fault (a patch of it) trips its own rule, and production's known weaknesses (HAL_SYSTEM.md) all show.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { HAPROXY_FAULTS, type HaproxyFaultName } from "../../harness/faults/haproxy.ts";
import { applyPatches } from "../../harness/faults/patch.ts";
import { REFERENCE_TEMPLATE, renderTemplate } from "../../harness/haproxy/render.ts";
import { reloadBound } from "../../harness/rules/reload-bounds.ts";
import { type RuleId, reviewConfig } from "../../harness/rules/review.ts";
import { parseConfig, parseDuration, tokenize } from "../../harness/rules/review-config.ts";

const VALUES = {
  bind_host: "127.0.0.1",
  https_port: 8443,
  cert_pem: "/c.pem",
  http_addr: "127.0.0.1:8080",
  ws_addr: "127.0.0.1:8768",
};
const render = (path: string) => renderTemplate(readFileSync(path, "utf8"), VALUES);
const fault = (name: HaproxyFaultName) =>
  renderTemplate(applyPatches(readFileSync(REFERENCE_TEMPLATE, "utf8"), HAPROXY_FAULTS[name].patches), VALUES);
const errorRules = (text: string, opts = {}) =>
  [
    ...new Set(
      reviewConfig(text, opts)
        .findings.filter((f) => f.severity === "error")
        .map((f) => f.rule),
    ),
  ].sort();

/** Production's haproxy.cfg as HAL_SYSTEM.md describes its weaknesses (addresses kept, never contacted). */
const PRODUCTION_LIKE = `
global
    log /dev/log local0
defaults
    mode http
    option httplog
    option http-server-close
    option http-keep-alive
    timeout connect 5s
    timeout client 50s
    timeout server 50s
frontend https_in
    bind *:443 ssl crt /etc/haproxy/certs/hal.pem
    acl host_hal hdr(host) -i hal.lcs.ai
    use_backend hal_backend if host_hal
    acl host_hal2 hdr(host) -i hal.lcs.ai
    use_backend hal2_backend if host_hal2
backend hal_backend
    server hal_old 10.1.34.103:8080 check
backend hal2_backend
    timeout client 1h
    acl hdr_connection_upgrade hdr(Connection) -i upgrade
    acl hdr_upgrade_websocket hdr(Upgrade) -i websocket
    use-server hal2_ws if hdr_connection_upgrade hdr_upgrade_websocket
    server hal2_http 10.1.34.103:8080 check
    server hal2_ws 10.1.34.103:8768 check
`;

test("tokenizer follows HAProxy quoting and comments", () => {
  assert.deepEqual(tokenize(`  acl a hdr(x) -i "two words" # comment`), ["acl", "a", "hdr(x)", "-i", "two words"]);
  assert.deepEqual(tokenize(String.raw`log-format a\ b 'c#d'`), ["log-format", "a b", "c#d"]);
  assert.equal(parseDuration("1h"), 3_600_000);
  assert.equal(parseDuration("500"), 500);
  assert.equal(parseDuration("soon"), undefined);
});

test("proxies inherit from the last defaults section before them", () => {
  const c = parseConfig("defaults\n timeout tunnel 1m\nbackend a\ndefaults named\n timeout tunnel 2h\nbackend b\nbackend c from named\n");
  assert.equal(c.sections.find((s) => s.name === "a")?.defaults?.directives[0]?.words[2], "1m");
  assert.equal(c.sections.find((s) => s.name === "b")?.defaults?.name, "named");
});

test("the reference config has no findings", () => {
  assert.deepEqual(reviewConfig(render(REFERENCE_TEMPLATE)).findings, []);
});

const expected: [HaproxyFaultName, RuleId[]][] = [
  ["no-upgrade-acl", ["upgrade-routed"]],
  ["round-robin-onto-gateway", ["plain-not-to-gateway"]],
  ["no-timeout-tunnel", ["tunnel-timeout"]],
  ["short-timeout-tunnel", ["tunnel-timeout"]],
  ["no-alpn-h2", ["alpn-h2"]],
  ["contradicting-options", ["no-contradictions"]],
  ["ignored-backend-timeout", ["no-ignored-timeouts", "tunnel-timeout"]],
  ["host-acl-shadowing", ["host-acl-shadowing"]],
];
for (const [name, rules] of expected) {
  test(`HAProxy fault ${name} trips exactly ${rules.join(", ")}`, () => assert.deepEqual(errorRules(fault(name)), rules));
}

test("production's known weaknesses are all reported", () => {
  const found = errorRules(PRODUCTION_LIKE);
  for (const rule of [
    "plain-not-to-gateway",
    "host-acl-shadowing",
    "alpn-h2",
    "no-ignored-timeouts",
    "no-contradictions",
    "tunnel-timeout",
  ]) {
    assert.ok(found.includes(rule as RuleId), `expected a ${rule} finding, got ${found.join(", ")}`);
  }
  assert.ok(!found.includes("upgrade-routed"), "production does route upgrades by use-server");
});

test("a separate gateway backend used only for upgrades is accepted", () => {
  const cfg = `defaults
 timeout tunnel 2h
frontend f
 bind :443 ssl crt x.pem alpn h2,http/1.1
 acl is_ws hdr(Upgrade) -i websocket
 use_backend ws if is_ws
 default_backend hal2_backend
backend hal2_backend
 server hal2_http 127.0.0.1:8080
backend ws
 server hal2_ws 127.0.0.1:8768
`;
  assert.deepEqual(reviewConfig(cfg).findings, []);
  assert.deepEqual(errorRules(cfg.replace("use_backend ws if is_ws", "use_backend ws if !is_ws")), [
    "plain-not-to-gateway",
    "upgrade-routed",
  ]);
});

test("anonymous ACLs and default-server weight count", () => {
  const cfg = `defaults
 timeout tunnel 1h
frontend f
 bind :443 ssl crt x.pem alpn h2
 default_backend hal2_backend
backend hal2_backend
 default-server weight 0
 use-server hal2_ws if { req.hdr(upgrade) -i websocket }
 server hal2_http 127.0.0.1:8080 weight 1
 server hal2_ws 127.0.0.1:8768
`;
  assert.deepEqual(reviewConfig(cfg).findings, []);
  assert.deepEqual(errorRules(cfg.replace(" default-server weight 0\n", "")), ["plain-not-to-gateway"]);
});

test("tunnel timeout is judged against the soak given", () => {
  const cfg = render(REFERENCE_TEMPLATE);
  assert.deepEqual(errorRules(cfg, { longestSoakMs: 2 * 3_600_000 }), ["tunnel-timeout"]);
  assert.deepEqual(errorRules(cfg, { longestSoakMs: 10 * 60_000 }), []);
});

test("missing alpn is only a warning where HAProxy 2.8+ offers h2 by default", () => {
  const severities = (v: string) => reviewConfig(fault("no-alpn-h2"), { haproxyVersion: v }).findings.map((f) => f.severity);
  assert.deepEqual(severities("2.6.12"), ["error"]);
  assert.deepEqual(severities("2.8.3"), ["warning"]);
  assert.deepEqual(reviewConfig(fault("no-alpn-h2"), { expectHttp2: false }).findings, []);
});

test("an unconditional use_backend before the site rule shadows it", () => {
  const cfg = PRODUCTION_LIKE.replace("use_backend hal_backend if host_hal", "use_backend hal_backend");
  assert.match(reviewConfig(cfg).findings.find((f) => f.rule === "host-acl-shadowing")?.message ?? "", /no condition/);
});

test("a reload is watched past hard-stop-after, or 60 s when it is unset or outlasts the longest session", () => {
  assert.deepEqual(
    { ...reloadBound("global\n    hard-stop-after 30s\n") },
    {
      ms: 30_000,
      setting: "hard-stop-after 30s",
      watchMs: 35_000,
      why: "`hard-stop-after 30s` cuts the sockets an old worker still holds 30s after a reload: watched past it",
    },
  );
  assert.equal(reloadBound("global\n    master-worker\n").watchMs, 60_000);
  assert.equal(reloadBound("global\n    master-worker\n").setting, "no hard-stop-after");
  assert.equal(reloadBound("global\n    hard-stop-after 2h\n").watchMs, 60_000);
  assert.match(reloadBound("global\n    hard-stop-after 2h\n").why, /outlasts the longest session/);
  // A bound in another section is not HAProxy's: only global counts.
  assert.equal(reloadBound("defaults\n    hard-stop-after 1s\n").ms, undefined);
});
