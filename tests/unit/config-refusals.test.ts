/**
 * Input that can only be a mistake is refused before anything runs (exit 2 from the CLIs): a
 * reference-only setting beside a production target, credentials over http://, a directory as a
 * config file, a soak over a day, a reports path that cannot hold reports; a production target
 * that reaches `npm test` and friends from the environment or from `.env`; a --reporter that
 * would drop the scrubbing reporter against production.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { productionTargetRefusal, reporterOverrideRefusal } from "../../harness/config/production-entry.ts";
import { ConfigError, loadConfig, MAX_SOAK_MS } from "../../harness/config/suite-config.ts";
import { REPO_ROOT } from "../../harness/paths.ts";

const TARGET = "https://hal.example.test/";
const dir = mkdtempSync(join(tmpdir(), "hal-refusals-"));

function refused(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.message;
  }
  assert.fail(`expected a ConfigError for ${JSON.stringify(env)}`);
}

test("a reference-only setting beside a production target is refused, naming the variable", () => {
  for (const [name, value] of [
    ["HAL_FAULT", "gateway-down"],
    ["HAL_SOAK_TESTS", "1"],
    ["HAL_RUNTIME", "processes"],
    ["HAL_PAGE", "classic"],
    ["HAL_STACK_BASIC_AUTH", "ops:pw"],
  ] as const) {
    assert.match(refused({ HAL_TARGET_URL: TARGET, [name]: value }), new RegExp(`${name}: applies only to the reference stack`));
  }
  assert.doesNotThrow(() => loadConfig({ HAL_FAULT: "gateway-down" }), "a fault without a target is the self-test's own");
});

test("credentials over http:// are refused; over https:// they are accepted", () => {
  const message = refused({ HAL_TARGET_URL: "http://ops:hunter2@hal.example.test/" });
  assert.match(message, /HAL_TARGET_URL: carries credentials over http:\/\//);
  assert.doesNotMatch(message, /hunter2/, "the password is not echoed");
  assert.doesNotThrow(() => loadConfig({ HAL_TARGET_URL: "http://hal.example.test/" }));
  assert.doesNotThrow(() => loadConfig({ HAL_TARGET_URL: "https://ops:hunter2@hal.example.test/" }));
});

test("a directory is not a config or CA file; a soak is at most a day", () => {
  assert.match(refused({ HAL_TARGET_URL: TARGET, HAL_HAPROXY_CONFIG: dir }), /HAL_HAPROXY_CONFIG: .* is not a file/);
  assert.match(refused({ HAL_TARGET_URL: TARGET, HAL_CA_FILE: dir }), /HAL_CA_FILE: .* is not a file/);
  assert.match(refused({ HAL_SOAK: "100000h" }), /HAL_SOAK: must be at most 24h/);
  assert.match(refused({ HAL_SOAK: "25h" }), /HAL_SOAK: must be at most 24h/);
  assert.equal(loadConfig({ HAL_SOAK: "24h" }).HAL_SOAK, MAX_SOAK_MS);
});

test("a reports path that cannot hold reports is refused, without creating anything", () => {
  const file = join(dir, "a-file");
  writeFileSync(file, "");
  for (const [path, why] of [
    ["/proc/x", /on procfs/],
    ["/sys/x/y", /on sysfs/],
    ["/dev/null/x", /"\/dev\/null" is not a directory/],
    [file, /is a file, not a directory/],
    [join(file, "sub"), /is not a directory/],
  ] as const) {
    assert.match(refused({ HAL_REPORTS_DIR: path }), why, path);
  }
  assert.equal(loadConfig({ HAL_REPORTS_DIR: join(dir, "new", "deep") }).HAL_REPORTS_DIR, join(dir, "new", "deep"));
});

test("an unwritable reports directory is refused (checked as an unprivileged user)", (t) => {
  const locked = join(dir, "locked");
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  chmodSync(dir, 0o755);
  const probe = `import("${join(REPO_ROOT, "harness/report/reports-dir.ts")}").then((m) => console.log(m.reportsDirProblem(process.argv[1]) ?? "ok"))`;
  const asNobody = spawnSync(
    "setpriv",
    ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "--import", "tsx", "-e", probe, join(locked, "reports")],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
    },
  );
  if (asNobody.error || (asNobody.status !== 0 && /setpriv/.test(asNobody.stderr))) return t.skip("setpriv cannot drop privileges here");
  assert.match(asNobody.stdout, /is not writable by this user/, asNobody.stderr);
});

test("npm test, the self-test, the nightly and the soak refuse a production target from any source, naming it", () => {
  assert.equal(productionTargetRefusal("npm test", {}), undefined);
  assert.match(
    productionTargetRefusal("npm test", { HAL_TARGET_URL: TARGET }) ?? "",
    /npm test runs against the reference stack only, but HAL_TARGET_URL is set \(from the environment\)/,
  );
  // From a .env in the working directory: the guard names the file, and exits 2.
  const cwd = mkdtempSync(join(tmpdir(), "hal-dotenv-"));
  writeFileSync(join(cwd, ".env"), `HAL_TARGET_URL=${TARGET}\n`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HAL_")));
  const guard = spawnSync(
    process.execPath,
    ["--import", import.meta.resolve("tsx"), join(REPO_ROOT, "harness/cli/reference-only.ts"), "npm test"],
    {
      cwd,
      env,
      encoding: "utf8",
    },
  );
  assert.equal(guard.status, 2, guard.stderr);
  assert.match(guard.stderr, new RegExp(`HAL_TARGET_URL is set \\(from \\.env \\(${join(cwd, ".env").replace(/[.]/g, "\\.")}\\)\\)`));
});

test("a plain Playwright run refuses a target found only in .env, and a --reporter that would drop the scrubbing", () => {
  const cwd = mkdtempSync(join(tmpdir(), "hal-dotenv-"));
  writeFileSync(join(cwd, ".env"), `HAL_TARGET_URL=${TARGET}\n`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HAL_")));
  const cli = join(REPO_ROOT, "node_modules/@playwright/test/cli.js");
  const run = spawnSync(process.execPath, [cli, "test", "--list", "-c", join(REPO_ROOT, "playwright.config.ts")], {
    cwd,
    env,
    encoding: "utf8",
  });
  assert.notEqual(run.status, 0);
  assert.match(`${run.stdout}${run.stderr}`, /HAL_TARGET_URL comes from .*\.env only/);
  assert.match(reporterOverrideRefusal(["test", "--reporter=line"], true) ?? "", /--reporter replaces the configured reporters/);
  assert.match(reporterOverrideRefusal(["test", "--reporter", "json"], true) ?? "", /--reporter replaces/);
  assert.equal(reporterOverrideRefusal(["test", "--reporter=./harness/report/scrub.ts,json"], true), undefined);
  assert.equal(reporterOverrideRefusal(["test", "--reporter=line"], false), undefined, "the reference stack has no secrets to scrub");
});
