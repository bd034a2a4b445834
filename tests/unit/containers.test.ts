/** The containers runtime's pure parts: pins, runtime choice, leftovers, port bindings, contexts. */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { hashContext, transpile } from "../../harness/images/context.ts";
import { debianSuite, loadVersions, parseVersions } from "../../harness/images/versions.ts";
import { applyTestcontainersDefaults } from "../../harness/infra/docker.ts";
import { bindToLoopback } from "../../harness/stack/containers/loopback-container.ts";
import { ipv6ChurnWarning } from "../../harness/stack/containers/network.ts";
import { isLeftover, networkName, networkOwner } from "../../harness/stack/containers/sweep.ts";
import { resolveRuntime } from "../../harness/stack/runtime.ts";

test("versions.env pins HAProxy 2.6 on bookworm and Node 20 for the servers", () => {
  const v = loadVersions();
  assert.match(v.HAPROXY_DEB_VERSION, /^2\.6\./);
  assert.equal(debianSuite(v.HAPROXY_BASE_IMAGE), "bookworm");
  assert.match(v.NODEJS_DEB_VERSION, /^20\./);
});

test("a versions file with an unknown key, a missing pin or a bad line is rejected", () => {
  const good = loadVersions();
  const text = Object.entries(good)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");
  assert.throws(() => parseVersions(`${text}\nHAPROXY_VERSON=2.8`), /HAPROXY_VERSON|unrecognized/i);
  assert.throws(() => parseVersions(text.replace(/^NODEJS_DEB_VERSION=.*$/m, "")), /NODEJS_DEB_VERSION/);
  assert.throws(() => parseVersions(`${text}\nnot a pin`), /expected KEY=VALUE/);
  assert.throws(() => debianSuite("node:20-slim"), /debian:<suite>/);
});

test("an explicit HAL_RUNTIME wins; auto follows whether an engine answers, once, and records the answer", () => {
  const never = () => assert.fail("an explicit setting must not probe the engine");
  assert.equal(resolveRuntime({ HAL_RUNTIME: "processes" }, {}, never), "processes");
  assert.equal(resolveRuntime({ HAL_RUNTIME: "containers" }, {}, never), "containers");
  const env: NodeJS.ProcessEnv = {};
  assert.equal(
    resolveRuntime({ HAL_RUNTIME: "auto" }, env, () => true),
    "containers",
  );
  // Workers and child runs inherit the answer instead of asking the engine again.
  assert.equal(env.HAL_RUNTIME, "containers");
  assert.equal(
    resolveRuntime({ HAL_RUNTIME: "auto" }, {}, () => false),
    "processes",
  );
});

test("testcontainers defaults apply offline but never override the environment", () => {
  const env: NodeJS.ProcessEnv = { TESTCONTAINERS_RYUK_DISABLED: "false" };
  applyTestcontainersDefaults(env);
  assert.equal(env.TESTCONTAINERS_RYUK_DISABLED, "false");
  assert.equal(env.TESTCONTAINERS_HOST_OVERRIDE, "localhost");
});

test("leftovers are what a dead owner started; a live owner's containers are kept", () => {
  const alive = (pid: number) => pid === 100;
  assert.equal(isLeftover(100, {}, alive), false);
  assert.equal(isLeftover(200, {}, alive), true);
  assert.equal(isLeftover(100, { all: true }, alive), true);
  assert.equal(isLeftover(100, { owner: 100 }, alive), true);
  assert.equal(isLeftover(200, { owner: 100 }, alive), false);
  assert.equal(isLeftover(Number.NaN, { all: true }, alive), false);
  assert.equal(networkOwner(networkName(4242, "run")), 4242);
  assert.equal(networkOwner("bridge"), undefined);
});

test("published ports are bound to loopback only", () => {
  const hostConfig = { PortBindings: { "8443/tcp": [{ HostPort: "0" }], "8080/tcp": [{ HostPort: "0" }] } };
  bindToLoopback(hostConfig);
  assert.deepEqual(hostConfig.PortBindings, {
    "8443/tcp": [{ HostPort: "0", HostIp: "127.0.0.1" }],
    "8080/tcp": [{ HostPort: "0", HostIp: "127.0.0.1" }],
  });
});

test("the servers' TypeScript becomes plain ESM with .js imports and no types", () => {
  const js = transpile('import { type A, b } from "./x.ts";\nexport const c: A = b(1 as number);\n', "y.ts");
  assert.match(js, /from "\.\/x\.js"/);
  assert.doesNotMatch(js, /: A|as number|type A/);
});

test("the image tag changes exactly when the context changes", async () => {
  const dir = await mkdtemp(join(tmpdir(), "hal-ctx-"));
  try {
    const dockerfile = join(dir, "Dockerfile");
    await writeFile(dockerfile, "FROM scratch\n");
    await writeFile(join(dir, "a.js"), "1");
    const first = await hashContext(dir, dockerfile);
    assert.equal(await hashContext(dir, dockerfile), first);
    await writeFile(join(dir, "a.js"), "2");
    assert.notEqual(await hashContext(dir, dockerfile), first);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the IPv6 churn warning appears only where new interfaces get IPv6", async () => {
  const dir = await mkdtemp(join(tmpdir(), "hal-sysctl-"));
  try {
    await writeFile(join(dir, "on"), "0\n");
    await writeFile(join(dir, "off"), "1\n");
    assert.match(ipv6ChurnWarning(join(dir, "on")) ?? "", /ERR_NETWORK_CHANGED/);
    assert.equal(ipv6ChurnWarning(join(dir, "off")), undefined);
    assert.equal(ipv6ChurnWarning(join(dir, "missing")), undefined);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
