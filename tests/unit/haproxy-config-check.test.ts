import assert from "node:assert/strict";
import { test } from "node:test";
import { judgeConfigCheck } from "../../harness/haproxy/config-check.ts";

// Outputs as HAProxy 2.6.12 prints them (`haproxy -c -f`); 2.9+ prints nothing on success.
const NOTICES = "[NOTICE]   (17610) : haproxy version is 2.6.12-1+deb12u4\n[NOTICE]   (17610) : path to executable is /usr/sbin/haproxy";
const REJECTED = `${NOTICES}
[ALERT]    (17610) : config : parsing [/etc/haproxy/haproxy.cfg:40] : error detected while parsing switching rule : no such ACL : 'hdr_connection_upgrad'.
[ALERT]    (17610) : config : Error(s) found in configuration file : /etc/haproxy/haproxy.cfg
[ALERT]    (17610) : config : Fatal errors found in configuration.`;
const WARNED = `Warnings were found.
Configuration file is valid
${NOTICES}
[WARNING]  (17679) : config : log format ignored for frontend 'g' since it has no log address.`;

test("a config is valid on exit status 0 with no output at all (HAProxy 2.9+)", () => {
  const verdict = judgeConfigCheck({ valid: true, output: "" });
  assert.equal(verdict.valid, true);
  assert.deepEqual(verdict.alerts, []);
  assert.match(verdict.evidence, /no output: exit status 0/);
});

test("a config is valid on exit status 0 without the words 'Configuration file is valid'", () => {
  assert.equal(judgeConfigCheck({ valid: true, output: NOTICES }).valid, true);
});

test("warnings of an accepted config are kept apart, as evidence", () => {
  const verdict = judgeConfigCheck({ valid: true, output: WARNED });
  assert.equal(verdict.valid, true);
  assert.deepEqual(verdict.warnings, ["[WARNING]  (17679) : config : log format ignored for frontend 'g' since it has no log address."]);
  assert.equal(verdict.evidence, WARNED);
});

test("a non-zero exit status is invalid, whatever was printed, with the alerts as the reason", () => {
  const verdict = judgeConfigCheck({ valid: false, output: REJECTED });
  assert.equal(verdict.valid, false);
  assert.equal(verdict.alerts.length, 3);
  assert.match(verdict.alerts[0] ?? "", /no such ACL : 'hdr_connection_upgrad'/);
  assert.equal(judgeConfigCheck({ valid: false, output: "Configuration file is valid" }).valid, false);
  assert.equal(judgeConfigCheck({ valid: false, output: "" }).evidence, "(no output)");
});
