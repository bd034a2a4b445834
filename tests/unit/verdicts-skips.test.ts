/**
 * Skip causes: every skip reason the suite writes maps to a named cause (never `other`), read
 * from the specs and fixtures themselves so a reworded reason fails here, not in a summary; and
 * grouping follows the causes' order of precedence.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readOnlySkipReason } from "../../fixtures/guard.ts";
import { NO_HAPROXY_CONTROL } from "../../fixtures/operations.ts";
import { causeOf, groupByCause, SKIP_CAUSES, type SkipCauseId, skipCause } from "../../harness/checklist/skip-causes.ts";
import { loadConfig } from "../../harness/config/suite-config.ts";
import { REPO_ROOT } from "../../harness/paths.ts";

/** The argument list of the call whose "(" ends at `from`, split at top-level commas. */
function callArgs(source: string, from: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === "\\") i++;
    } else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      if (depth === 0) return [...args, source.slice(start, i)];
      depth--;
    } else if (c === "," && depth === 0) {
      args.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

/** The reason of every `test.skip(cond, reason)` / `testInfo.skip(...)` whose reason is written as a string (or a named one). */
function literalSkipReasons(source: string): string[] {
  const reasons: string[] = [];
  for (const m of source.matchAll(/\b(?:test|testInfo)\.skip\(/g)) {
    const arg = callArgs(source, (m.index ?? 0) + m[0].length)[1]?.trim();
    if (!arg) continue;
    const named = /^[A-Z_]+$/.test(arg) ? new RegExp(`const ${arg} =\\s*([\`"][^\`"]*[\`"])`).exec(source)?.[1] : arg;
    const literal = /^(["`])([\s\S]*)\1$/.exec(named ?? "");
    // Interpolations become a placeholder: the cause must show in the words around them.
    if (literal?.[2]) reasons.push(literal[2].replace(/\$\{[^}]*\}/g, "X"));
  }
  return reasons;
}

const sources = (dir: string, suffix: string): string[] =>
  readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f));

test("every skip reason written in the specs and fixtures has a named cause", () => {
  const files = [...sources("tests", ".spec.ts"), ...sources("fixtures", ".ts")];
  const found = files.flatMap((file) => literalSkipReasons(readFileSync(join(REPO_ROOT, file), "utf8")).map((r) => ({ file, r })));
  assert.ok(found.length >= 10, `the scan should find the suite's skip reasons, found ${found.length}`);
  const other = found.filter(({ r }) => skipCause(r) === "other").map(({ file, r }) => `${file}: "${r}"`);
  assert.deepEqual(other, [], "add a cause (or a pattern) in harness/checklist/skip-causes.ts");
});

test("reasons built at run time map to their causes", () => {
  const production = loadConfig({ HAL_TARGET_URL: "https://hal.example.test/" });
  const cases: [string, SkipCauseId][] = [
    [readOnlySkipReason(["@destructive"], production) ?? "", "read-only"],
    [NO_HAPROXY_CONTROL, "no-haproxy-control"],
    ["no HAProxy config to review: set HAL_HAPROXY_CONFIG to a copy of the deployment's haproxy.cfg", "no-haproxy-config"],
    ["no HAProxy log source is configured (HAL_HAPROXY_LOG), so its errors were not looked for", "no-log-source"],
    ["no gateway log source is configured (HAL_GATEWAY_LOG), so its errors were not looked for", "no-log-source"],
    ["the soak ran 30 s, this item needs 10 min (HAL_SOAK=10m, or the soak project)", "soak-too-short"],
    ["the gateway log source may not reach back to the gateway's start, so its start line cannot be looked for: x", "log-history"],
    ["something nobody foresaw", "other"],
  ];
  for (const [reason, cause] of cases) assert.equal(skipCause(reason), cause, reason);
});

test("an item skipped for several reasons is grouped under the first cause in order of precedence", () => {
  assert.equal(causeOf(["read-only target: x", "no direct gateway URL is configured"]), "no-direct-urls");
  assert.equal(causeOf(["the soak ran 30 s, this item needs 1 h", "no gateway log source is configured"]), "no-log-source");
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
