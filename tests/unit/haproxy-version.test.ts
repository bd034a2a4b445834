/**
 * HAProxy versions and the faults that depend on them. Measured here only on Debian 12's
 * HAProxy 2.6; what 2.8 does (Ubuntu 24.04: h2 offered on a TLS bind without `alpn`) is taken
 * from HAProxy's changelog and the review rule that encodes it, not run: these tests prove the
 * choice of patches and what the config review says of each, not HAProxy 2.8's behaviour.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { faultNamed } from "../../harness/faults/catalogue.ts";
import { applyPatches, type Patch } from "../../harness/faults/patch.ts";
import { adaptToHaproxy } from "../../harness/faults/version-dependent.ts";
import { REFERENCE_TEMPLATE, renderTemplate } from "../../harness/haproxy/render.ts";
import { pinnedHaproxyVersion } from "../../harness/haproxy/version.ts";
import { atLeast, haproxyVersion, parseHaproxyVersion } from "../../harness/haproxy/version-number.ts";
import { reviewConfig } from "../../harness/rules/review.ts";

const VALUES = {
  bind_host: "127.0.0.1",
  https_port: 8443,
  cert_pem: "/tmp/cert.pem",
  http_addr: "127.0.0.1:8080",
  ws_addr: "127.0.0.1:8768",
};

test("versions from `haproxy -v` as Debian, Ubuntu and older releases print them, and from package pins", () => {
  assert.deepEqual(parseHaproxyVersion("HAProxy version 2.6.12-1+deb12u4 2026/10/17 - https://haproxy.org/\nStatus: long-term"), {
    major: 2,
    minor: 6,
    patch: 12,
  });
  assert.deepEqual(parseHaproxyVersion("HAProxy version 2.8.5-1ubuntu3.3 2025/04/09 - https://haproxy.org/"), {
    major: 2,
    minor: 8,
    patch: 5,
  });
  assert.deepEqual(parseHaproxyVersion("HA-Proxy version 1.8.19-1+deb10u3 2020/08/01"), { major: 1, minor: 8, patch: 19 });
  assert.deepEqual(parseHaproxyVersion("HAProxy version 3.0.11-1~bpo12+1 2025/06/11"), { major: 3, minor: 0, patch: 11 });
  assert.deepEqual(parseHaproxyVersion("2.6.12-1+deb12u*"), { major: 2, minor: 6, patch: 12 });
  assert.equal(parseHaproxyVersion("haproxy: command not found"), undefined);
  assert.deepEqual(pinnedHaproxyVersion("HAPROXY_DEB_VERSION=2.6.12-1+deb12u*\n"), { major: 2, minor: 6, patch: 12 });
  assert.ok(pinnedHaproxyVersion(), "versions.env pins a HAProxy version the parser reads");
});

test("version order", () => {
  const v28 = haproxyVersion("2.8");
  assert.ok(atLeast(haproxyVersion("2.8.0"), v28));
  assert.ok(atLeast(haproxyVersion("2.10.1"), v28), "minor versions compare as numbers, not text");
  assert.ok(atLeast(haproxyVersion("3.0"), v28));
  assert.ok(!atLeast(haproxyVersion("2.6.12"), v28));
  assert.ok(!atLeast(haproxyVersion("1.9"), v28));
  assert.throws(() => haproxyVersion("two point eight"), /not a HAProxy version/);
});

test("a fault without a version dependence is left alone; one with it picks its patches by version", () => {
  const plain = faultNamed("no-upgrade-acl").variant;
  assert.deepEqual(adaptToHaproxy(plain, haproxyVersion("2.8.5")), { variant: plain });
  const alpn = faultNamed("no-alpn-h2").variant;
  assert.ok(alpn.haproxyPatchesSince, "no-alpn-h2 declares its version dependence");
  assert.deepEqual(adaptToHaproxy(alpn, haproxyVersion("2.6.12")), { variant: alpn });
  const on28 = adaptToHaproxy(alpn, haproxyVersion("2.8.5"));
  assert.equal(on28.variant.haproxyPatches, alpn.haproxyPatchesSince?.patches);
  assert.match(on28.note ?? "", /HAProxy 2\.8\.5: .*default ALPN/);
  assert.equal(adaptToHaproxy(alpn, haproxyVersion("3.0.11")).variant.haproxyPatches, alpn.haproxyPatchesSince?.patches);
  const unknown = adaptToHaproxy(alpn, undefined);
  assert.equal(unknown.variant, alpn);
  assert.match(unknown.note ?? "", /unknown/);
  assert.match(faultNamed("no-alpn-h2").description, /version-dependent/, "the fault says so");
});

test("no-alpn-h2 stays a red config on 2.8: without `alpn` the review only warns there, with `alpn http/1.1` it errs", () => {
  const template = readFileSync(REFERENCE_TEMPLATE, "utf8");
  const { haproxyPatches = [], haproxyPatchesSince } = faultNamed("no-alpn-h2").variant;
  const fault = { patches: haproxyPatches, since: { patches: haproxyPatchesSince?.patches ?? [] } };
  const errors = (patches: readonly Patch[], version: string) =>
    reviewConfig(renderTemplate(applyPatches(template, patches), VALUES), { haproxyVersion: version }).findings.filter(
      (f) => f.rule === "alpn-h2" && f.severity === "error",
    );
  assert.equal(errors(fault.patches, "2.6.12").length, 1, "2.6: no alpn, no h2");
  assert.equal(errors(fault.patches, "2.8.5").length, 0, "2.8: no alpn still offers h2 (the fault would be missed)");
  assert.equal(errors(fault.since.patches, "2.8.5").length, 1, "2.8: alpn http/1.1 turns h2 off");
  assert.match(renderTemplate(applyPatches(template, fault.since.patches), VALUES), /ssl crt \/tmp\/cert\.pem alpn http\/1\.1\n/);
});
