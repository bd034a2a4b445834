/**
 * The configuration: defaults, the production switch, durations, log sources, CA files, the
 * page contract overrides, and one clear error naming the variable, with secrets redacted.
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { formatDuration, parseDuration } from "../../harness/config/duration.ts";
import { redact } from "../../harness/config/redact.ts";
import { ConfigError, derivedWsUrl, isProduction, loadCap, loadConfig } from "../../harness/config/suite-config.ts";
import { HAL_PAGE } from "../../harness/page/contract.ts";
import { pageContractFrom } from "../../harness/page/contract-config.ts";

const dir = mkdtempSync(join(tmpdir(), "hal-config-"));
const TARGET = "https://hal.example.test:8443/";

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.message;
  }
  assert.fail("expected a ConfigError");
}

test("defaults: reference target, HAL's budgets, a short soak, unbounded load", () => {
  const c = loadConfig({});
  assert.equal(isProduction(c), false);
  assert.equal(c.HAL_CONNECT_BUDGET_MS, 3000);
  assert.equal(c.HAL_SOAK, 30_000);
  assert.deepEqual(c.HAL_RESOLVE, []);
  assert.equal(loadCap(c), Number.POSITIVE_INFINITY);
});

test("a target URL switches to production, with a small load cap", () => {
  const c = loadConfig({ HAL_TARGET_URL: TARGET, HAL_RESOLVE: "hal.example.test:8443:127.0.0.1" });
  assert.equal(isProduction(c), true);
  assert.equal(loadCap(c), 3);
  assert.deepEqual(c.HAL_RESOLVE, [{ host: "hal.example.test", port: 8443, addr: "127.0.0.1" }]);
});

test("the WebSocket URL is derived as the page derives it: same origin, no path", () => {
  assert.equal(derivedWsUrl("https://hal.example.test:8443/index.html?x=1"), "wss://hal.example.test:8443");
  assert.equal(derivedWsUrl("http://hal.example.test/"), "ws://hal.example.test");
});

test("durations need a unit", () => {
  assert.equal(parseDuration("10m"), 600_000);
  assert.equal(parseDuration("90s"), 90_000);
  assert.equal(parseDuration("1h"), 3_600_000);
  assert.equal(parseDuration("10"), undefined, "a setting says its unit");
  assert.equal(parseDuration("10", { bare: "ms" }), 10, "HAProxy's bare number is milliseconds");
  assert.equal(loadConfig({ HAL_SOAK: "90s" }).HAL_SOAK, 90_000);
  assert.match(configError({ HAL_SOAK: "10" }), /HAL_SOAK: must be a duration with a unit/);
  assert.match(configError({ HAL_SOAK: "ten minutes" }), /HAL_SOAK: must be a duration/);
});

test("one duration format, written and read back: HAProxy's round values, a clock for the rest", () => {
  const cases: [number, string][] = [
    [30_000, "30s"],
    [600_000, "10m"],
    [3_600_000, "1h"],
    [65_000, "1m05s"],
    [3_605_000, "1h00m05s"],
    [1_500, "1500ms"],
    [0, "0s"],
  ];
  for (const [ms, text] of cases) {
    assert.equal(formatDuration(ms), text);
    assert.equal(parseDuration(text), ms, `${text} reads back`);
  }
  assert.equal(formatDuration(65_432, { round: "s" }), "1m05s");
  for (const bad of ["soon", "", "-1m", "ten minutes", "1x", "5m garbage"]) assert.equal(parseDuration(bad), undefined, bad);
});

test("the process's own configuration is parsed once; any other environment each time", () => {
  assert.equal(loadConfig(), loadConfig(), "one process, one configuration object");
  assert.notEqual(loadConfig({}), loadConfig({}));
  assert.equal(loadConfig({ HAL_SOAK: "1m" }).HAL_SOAK, 60_000, "a test's own env is read, not the memo");
});

test("each bad value is named, before anything starts", () => {
  assert.match(configError({ HAL_TARGET_URL: "ftp://x/" }), /HAL_TARGET_URL: must be a https: or http: URL/);
  assert.match(
    configError({ HAL_TARGET_URL: TARGET, HAL_RESOLVE: "hal.example.test:443" }),
    /HAL_RESOLVE: "hal.example.test:443" is not host:port:addr/,
  );
  assert.match(configError({ HAL_TARGET_URL: TARGET, HAL_CA_FILE: join(dir, "missing.pem") }), /HAL_CA_FILE: file .* does not exist/);
  assert.match(
    configError({ HAL_TARGET_URL: TARGET, HAL_HAPROXY_LOG: "/var/log/nope.log" }),
    /HAL_HAPROXY_LOG: file .* does not exist \(for a command/,
  );
  assert.match(configError({ HAL_CONNECT_BUDGET_MS: "-1" }), /HAL_CONNECT_BUDGET_MS/);
  assert.match(configError({ HAL_WS_URL: "wss://x" }), /HAL_WS_URL: applies only to a production target/);
});

test("a CA file must hold a PEM certificate", () => {
  const bad = join(dir, "bad.pem");
  writeFileSync(bad, "not a certificate");
  assert.match(configError({ HAL_TARGET_URL: TARGET, HAL_CA_FILE: bad }), /holds no PEM certificate/);
});

test("log sources: an existing file, or a command", () => {
  const file = join(dir, "haproxy.log");
  writeFileSync(file, "");
  const c = loadConfig({ HAL_TARGET_URL: TARGET, HAL_HAPROXY_LOG: file, HAL_GATEWAY_LOG: "ssh -p 2222 ops@gw tail -F /x.log" });
  assert.deepEqual(c.HAL_HAPROXY_LOG, { kind: "file", path: file });
  assert.deepEqual(c.HAL_GATEWAY_LOG, { kind: "command", command: "ssh -p 2222 ops@gw tail -F /x.log" });
  assert.deepEqual(loadConfig({ HAL_TARGET_URL: TARGET, HAL_GATEWAY_LOG: "cmd:journalctl" }).HAL_GATEWAY_LOG, {
    kind: "command",
    command: "journalctl",
  });
});

test("secrets are redacted in errors", () => {
  const message = configError({
    HAL_TARGET_URL: "https://admin:hunter2@hal.example.test/",
    HAL_CONNECT_BUDGET_MS: "x",
    HAL_GATEWAY_LOG: "/nope token=abc",
  });
  assert.doesNotMatch(message, /hunter2/);
  assert.equal(redact("sshpass -p s3cret ssh u@h TOKEN=abc tail"), "sshpass -p *** ssh u@h TOKEN=*** tail");
  assert.equal(redact("https://admin:hunter2@hal.example.test/"), "https://admin:***@hal.example.test/");
  assert.equal(redact("curl -H 'Authorization: Bearer xyz' https://h"), "curl -H 'Authorization: ***' https://h");
});

test("page contract: HAL's by default, overridable item by item", () => {
  assert.deepEqual(pageContractFrom(loadConfig({})), HAL_PAGE);
  const c = pageContractFrom(loadConfig({ HAL_EXPECT_STATUS_CONNECTED_PREFIX: "Online", HAL_SELECTOR_STATUS: "#state" }));
  assert.equal(c.status.connectedPrefix, "Online");
  assert.equal(c.selectors.status, "#state");
  assert.equal(c.selectors.input, HAL_PAGE.selectors.input);
  assert.equal(HAL_PAGE.status.connectedPrefix, "Connected!", "the defaults are not mutated");
});
