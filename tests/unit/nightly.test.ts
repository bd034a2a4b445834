/**
 * The CI pipeline's own logic: the job summary puts failures first, the soak is judged strictly
 * without failing items longer than the soak, the nightly plan mirrors the workflow's jobs, and
 * the post-deploy wrapper turns secrets into files, URL credentials and HAL_STRICT.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { encode } from "../../harness/checklist/annotations.ts";
import type { ChecklistId } from "../../harness/checklist/items.ts";
import { buildReport, type ChecklistReport, type TestOutcome } from "../../harness/checklist/verdicts.ts";
import { durationMs, findBlobs, findShardRuns, parseShard } from "../../harness/cli/ci-runs.ts";
import { failingFirst, judgeSoak, renderChecklistSummary, renderStages } from "../../harness/cli/ci-summary.ts";
import { prepareEnv, withBasicAuth } from "../../harness/cli/ci-verify.ts";
import { plan } from "../../harness/cli/nightly.ts";

const outcome = (ids: string[], status: TestOutcome["status"], extra: TestOutcome["annotations"] = [], error?: string): TestOutcome => ({
  title: `checks ${ids.join(",")}`,
  status,
  flaky: false,
  annotations: [...ids.map((id) => ({ type: "checklist", description: id })), ...extra],
  error,
});

const partial = (id: ChecklistId, needs: string) =>
  encode.partial(id, "soak-too-short", `the soak ran 1m, this item needs ${needs} (HAL_SOAK=${needs}, or the soak project)`);

test("the job summary lists failing items first, then skips, not-runs, passes and manual items", () => {
  const report = buildReport(
    [
      outcome(["step6.test1.static-200"], "passed"),
      outcome(["pdv.reply-5s"], "failed", [], "Functionality: reply took 6.1 s | budget 5 s"),
      outcome(["pdv.no-ssl-errors"], "skipped", [{ type: "skip", description: "no CA" }]),
    ],
    "reference stack (processes)",
  );
  const order = failingFirst(report.items).map((i) => i.verdict);
  const firstOf = (v: string) => order.indexOf(v as never);
  assert.equal(order[0], "fail");
  assert.ok(firstOf("fail") < firstOf("skip") && firstOf("skip") < firstOf("not-run") && firstOf("not-run") < firstOf("pass"));
  assert.ok(firstOf("pass") < firstOf("manual"));
  const md = renderChecklistSummary(report, "Checklist");
  assert.match(md, /❌ \*\*FAILED\*\*: 1 fail, 0 blocked, 1 pass, 1 skip/);
  const rows = md.split("\n").filter((l) => l.startsWith("| "));
  assert.match(rows[1] ?? "", /^\| ❌ FAIL \| `pdv.reply-5s` \|/, "the first row after the header is the failure");
  assert.match(md, /reply took 6.1 s \\\| budget 5 s/, "a | in a reason does not break the table");
});

test("the soak fails on a failed item, and strict on an item it could verify but skipped; longer items are listed", () => {
  const ids = ["step6.test5.stable-5min", "pdv.stable-10min", "success.stable-1h", "success.no-log-errors-1h"];
  const tenMinutes = buildReport(
    [outcome(ids, "passed", [partial("success.stable-1h", "1h"), partial("success.no-log-errors-1h", "1h")])],
    "x",
  );
  const ok = judgeSoak(tenMinutes, true);
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.verified, ["step6.test5.stable-5min", "pdv.stable-10min"]);
  assert.deepEqual(
    ok.beyond.map((b) => `${b.id} ${b.needs}`),
    ["success.no-log-errors-1h 1h", "success.stable-1h 1h"],
    "what each item needs comes from the soak's own table, not from the words of its reason",
  );

  const dropped = judgeSoak(buildReport([outcome(ids, "failed", [], "Stability: the connection dropped 4m into the soak")], "x"), true);
  assert.equal(dropped.ok, false);
  assert.match(dropped.problems[0] ?? "", /dropped 4m into the soak/);

  const skipped = buildReport([outcome(ids, "skipped", [{ type: "skip", description: "no gateway log source" }])], "x");
  assert.equal(judgeSoak(skipped, true).ok, false, "strict: a skipped item the soak could verify is a failure");
  assert.equal(judgeSoak(skipped, false).ok, true, "not strict: a skip is not a failure");

  const nothing: ChecklistReport = buildReport([], "x");
  assert.deepEqual(judgeSoak(nothing, false).problems, ["no soak test ran"]);
});

test("the nightly plan mirrors the workflow: the gate, each runtime's shards, the merge, the full self-test, soak", () => {
  const stages = plan({
    soak: "10m",
    runtimes: ["containers", "processes"],
    shards: 2,
    strict: true,
    selftest: true,
    keepGoing: false,
    out: "/o",
  });
  assert.deepEqual(
    stages.map((s) => s.args.slice(0, 5).join(" ")),
    [
      "smoke --out /o",
      "shard --runtime containers --shard 1/2",
      "shard --runtime containers --shard 2/2",
      "shard --runtime processes --shard 1/2",
      "shard --runtime processes --shard 2/2",
      "merge --out /o",
      "selftest --full --out /o",
      "soak --duration 10m --strict --out",
    ],
  );
  assert.equal(stages[0]?.gate, true);
  const quick = plan({
    soak: "0",
    runtimes: ["processes"],
    shards: 1,
    strict: false,
    selftest: true,
    quickSelftest: true,
    keepGoing: false,
    out: "/o",
  });
  assert.deepEqual(quick.at(-1)?.args, ["selftest", "--out", "/o"], "--quick-selftest: the tests of the items each fault names");
  const lean = plan({ soak: "0", runtimes: ["processes"], shards: 3, strict: false, selftest: false, keepGoing: false, out: "/o" });
  assert.deepEqual(
    lean.map((s) => s.name),
    ["smoke gate", "checklist processes 1/3", "checklist processes 2/3", "checklist processes 3/3", "merged report"],
  );
  assert.match(
    renderStages([{ name: "soak", command: "npm run ci -- soak", exitCode: 1, wallMs: 61_000 }]),
    /❌ failed \(exit 1\) \| 61 s/,
  );
});

test("shards and durations are validated with errors that name the option", () => {
  assert.deepEqual(parseShard("2/3"), { index: 2, total: 3 });
  for (const bad of ["0/2", "3/2", "1", "a/b"]) assert.throws(() => parseShard(bad), /--shard: expected i\/n/);
  assert.equal(durationMs("10m"), 600_000);
  assert.equal(durationMs("1h"), 3_600_000);
  for (const bad of ["10", "ten minutes", "-1m", ""]) assert.throws(() => durationMs(bad), /--soak: expected a duration/);
});

test("blob reports are found however the downloaded artifacts nest them", () => {
  const dir = mkdtempSync(join(tmpdir(), "hal-blobs-"));
  for (const sub of ["blob-containers-1", "blob-processes-2/deeper"]) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, "blob-containers-1", "containers-1.zip"), "");
  writeFileSync(join(dir, "blob-processes-2", "deeper", "processes-2.zip"), "");
  writeFileSync(join(dir, "blob-processes-2", "notes.txt"), "");
  assert.deepEqual(
    findBlobs(dir).map((p) => p.slice(dir.length + 1)),
    ["blob-containers-1/containers-1.zip", "blob-processes-2/deeper/processes-2.zip"],
  );
  assert.deepEqual(findBlobs(join(dir, "missing")), []);
});

test("the full self-test's shards: every fault's run found under the downloaded artifacts, a quick run's not", () => {
  const dir = mkdtempSync(join(tmpdir(), "hal-selftest-shards-"));
  const run = (path: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, "wall-ms"), "1000\n");
  };
  run("selftest-shard-1/selftest/full/healthy");
  run("selftest-shard-2/selftest/full/gateway-slow");
  run("selftest-shard-2/selftest/gateway-4s"); // a quick run: not the full self-test's
  writeFileSync(join(dir, "selftest-shard-2", "selftest.md"), "");
  assert.deepEqual(
    findShardRuns(dir).map((p) => p.slice(dir.length + 1)),
    ["selftest-shard-1/selftest/full/healthy", "selftest-shard-2/selftest/full/gateway-slow"],
  );
  assert.deepEqual(findShardRuns(join(dir, "missing")), []);
});

test("post-deploy secrets become a CA file, URL credentials and HAL_STRICT, and leave verify's environment", () => {
  const prepared = prepareEnv({
    PATH: "/usr/bin",
    HAL_TARGET_URL: "https://hal.example.test:8443/",
    HAL_RESOLVE: "",
    HAL_SOAK: "30s",
    VERIFY_CA_PEM: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
    VERIFY_BASIC_AUTH: "ops:p@ss:word/1",
    VERIFY_SSH_KNOWN_HOSTS: "lb.example.test ssh-ed25519 AAAA",
    VERIFY_STRICT: "true",
  });
  try {
    const { env } = prepared;
    assert.equal(env.HAL_TARGET_URL, "https://ops:p%40ss%3Aword%2F1@hal.example.test:8443/");
    assert.equal(new URL(env.HAL_TARGET_URL ?? "").password, "p%40ss%3Aword%2F1");
    assert.equal(env.HAL_STRICT, "1");
    assert.equal(env.HAL_SOAK, "30s");
    assert.ok(!("HAL_RESOLVE" in env), "an empty input is dropped, as if unset");
    assert.deepEqual(
      Object.keys(env).filter((k) => k.startsWith("VERIFY_") && k !== "VERIFY_KNOWN_HOSTS_FILE"),
      [],
    );
    assert.match(readFileSync(env.HAL_CA_FILE ?? "", "utf8"), /BEGIN CERTIFICATE/);
    assert.equal(statSync(env.HAL_CA_FILE ?? "").mode & 0o777, 0o600);
    assert.equal(readFileSync(env.VERIFY_KNOWN_HOSTS_FILE ?? "", "utf8"), "lb.example.test ssh-ed25519 AAAA\n");
  } finally {
    prepared.cleanup();
  }
  assert.equal(existsSync(prepared.env.HAL_CA_FILE ?? ""), false, "the CA file is removed afterwards");
  assert.throws(() => prepareEnv({ VERIFY_BASIC_AUTH: "ops:x" }), /VERIFY_BASIC_AUTH is set but HAL_TARGET_URL/);
  assert.throws(() => withBasicAuth("https://h/", "no-colon"), /VERIFY_BASIC_AUTH: expected user:password/);
});
