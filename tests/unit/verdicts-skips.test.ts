/**
 * Skip causes are data: every skip in the specs and fixtures goes through the typed helper
 * (`skipBecause` / `skipped`), the reporter reads the cause from its annotation and never from
 * the skip's words, and grouping follows the causes' order of precedence.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { encode } from "../../harness/checklist/annotations.ts";
import { causeOf, groupByCause, SKIP_CAUSES } from "../../harness/checklist/skip-causes.ts";
import { buildReport, type TestOutcome } from "../../harness/checklist/verdicts.ts";
import { REPO_ROOT } from "../../harness/paths.ts";
import { soakCoverage } from "../../harness/rules/soak-plan.ts";

const sources = (dir: string, suffix: string): string[] =>
  readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));

test("every skip in the specs and fixtures states a typed cause: no bare Playwright skip", () => {
  const files = [...sources("tests", ".spec.ts"), ...sources("fixtures", ".ts")];
  assert.ok(files.length >= 20, `the scan should find the suite's specs and fixtures, found ${files.length}`);
  const bare = files.flatMap((file) =>
    readFileSync(join(REPO_ROOT, file), "utf8")
      .split("\n")
      .flatMap((line, i) => (/\b(?:test|testInfo|info)\.(?:skip|fixme)\(/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
  assert.deepEqual(bare, [], "skip with skipBecause(cause, detail) (fixtures) or skipped(testInfo, cause, detail) (a fixture)");
});

const skippedTest = (id: string, annotations: TestOutcome["annotations"]): TestOutcome => ({
  title: `checks ${id}`,
  status: "skipped",
  flaky: false,
  annotations: [{ type: "checklist", description: id }, ...annotations],
});

test("a SKIP's cause is the one its check stated, whatever its words say", () => {
  const report = buildReport(
    [
      // Words that name another cause change nothing: the annotation decides.
      skippedTest("pdv.gateway-running", [
        encode.skipCause("read-only"),
        { type: "skip", description: "no direct gateway URL is configured" },
      ]),
      skippedTest("pdv.http-server-running", [{ type: "skip", description: "no direct static server URL is configured" }]),
    ],
    "t",
  );
  const cause = (id: string) => report.items.find((i) => i.id === id)?.cause;
  assert.equal(cause("pdv.gateway-running"), "read-only");
  assert.equal(cause("pdv.http-server-running"), "other", "a skip that states no cause is `other`, never guessed");
});

test("a soak's uncovered items carry their causes: too short, or a judged log without a source", () => {
  const uncovered = soakCoverage(30_000, (log) => log === "gateway");
  assert.deepEqual(
    uncovered.map((u) => [u.id, u.cause]),
    [
      ["success.no-log-errors-1h", "no-log-source"],
      ["step6.test5.stable-5min", "soak-too-short"],
      ["pdv.stable-10min", "soak-too-short"],
      ["success.stable-1h", "soak-too-short"],
      ["success.no-log-errors-1h", "soak-too-short"],
    ],
  );
  assert.match(uncovered[0]?.why ?? "", /no HAProxy log source is configured \(HAL_HAPROXY_LOG\)/);
  assert.match(uncovered[2]?.why ?? "", /^the soak ran 30s, this item needs 10m \(HAL_SOAK=10m, or the soak project\)$/);
  assert.deepEqual(
    soakCoverage(60 * 60_000, () => true),
    [],
  );
});

test("an item skipped for several causes is grouped under the first in order of precedence", () => {
  assert.equal(causeOf(["read-only", "no-direct-urls"]), "no-direct-urls");
  assert.equal(causeOf(["soak-too-short", "no-log-source"]), "no-log-source");
  assert.equal(causeOf([]), "other");
});

test("grouping: skipped items only, by cause, in the table's order, each group with its label and remedy", () => {
  const items = [
    { id: "a", verdict: "skip", cause: "read-only" as const },
    { id: "b", verdict: "pass" },
    { id: "c", verdict: "skip", cause: "no-log-source" as const },
    { id: "d", verdict: "skip", cause: "read-only" as const },
    { id: "e", verdict: "skip" },
  ];
  const groups = groupByCause(items);
  assert.deepEqual(
    groups.map((g) => [g.cause, g.items.map((i) => i.id)]),
    [
      ["no-log-source", ["c"]],
      ["read-only", ["a", "d"]],
      ["other", ["e"]],
    ],
  );
  assert.equal(groups[0]?.label, SKIP_CAUSES["no-log-source"].label);
  assert.match(groups[0]?.remedy ?? "", /--haproxy-log/);
  assert.deepEqual(groupByCause([{ verdict: "pass" }]), []);
});
