/**
 * The read-only guarantee, proven end to end: a real Playwright run with a
 * production target, asked by `--grep @destructive` to run only destructive checks, must report
 * every one of them skipped with the guard's reason, start no local stack, and never set up the
 * canary's destructive fixture. The target is a made-up name mapped to a closed loopback port,
 * so even a broken guard could send no traffic anywhere.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import getPort from "get-port";
import { expect, REPO_ROOT, readAnnotations, skipBecause, test } from "../../fixtures/index.ts";

interface JsonSpec {
  title: string;
  tags: string[];
  tests: {
    results: { status: string; annotations: { type: string; description?: string }[] }[];
    annotations: { type: string; description?: string }[];
  }[];
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}
const specsOf = (s: JsonSuite): JsonSpec[] => [...(s.specs ?? []), ...(s.suites ?? []).flatMap(specsOf)];

test("no destructive check runs against a production target, even when --grep selects the destructive tag", async ({ suiteConfig }) => {
  if (suiteConfig.HAL_TARGET_URL !== undefined)
    skipBecause("reference-only", "proves the guard from a reference run (it starts its own production-target run)");
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "hal-guard-"));
  const marker = join(dir, "canary-ran");
  const port = await getPort({ host: "127.0.0.1" });
  const cli = join(dirname(createRequire(import.meta.url).resolve("@playwright/test/package.json")), "cli.js");
  // The child is a production run: nothing of this reference run's settings (its runtime, a fault) goes with it.
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HAL_"))),
    HAL_TARGET_URL: `https://hal-guard.test:${port}/`,
    HAL_RESOLVE: `hal-guard.test:${port}:127.0.0.1`,
    HAL_REPORTS_DIR: dir,
    HAL_GUARD_CANARY_MARKER: marker,
    // A file, not stdout: global setup may print its own lines there.
    PLAYWRIGHT_JSON_OUTPUT_FILE: join(dir, "report.json"),
  };
  const args = [
    cli,
    "test",
    "--project=production",
    "--grep",
    "@destructive",
    "--reporter=./harness/report/scrub.ts,json",
    `--output=${join(dir, "results")}`,
  ];
  const run = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, env, maxBuffer: 64 << 20 }).catch(
    (err: { stdout?: string; stderr?: string; code?: number }) => err,
  );
  await test.info().attach("child run output", { body: `${run.stdout ?? ""}\n${run.stderr ?? ""}`, contentType: "text/plain" });
  const reportFile = join(dir, "report.json");
  expect(existsSync(reportFile), `the production-target run should write its JSON report (exit ${"code" in run ? run.code : 0})`).toBe(
    true,
  );
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as { suites?: JsonSuite[]; errors?: unknown[] };
  const specs = (report.suites ?? []).flatMap(specsOf);

  expect(report.errors ?? [], "the production-target run itself should load without errors").toEqual([]);
  expect(
    specs.map((s) => s.title),
    "--grep @destructive should have selected the canary",
  ).toContain("destructive canary: never runs against a production target");
  for (const spec of specs) {
    expect(spec.tags, `${spec.title}: --grep @destructive selected it`).toContain("destructive");
    for (const t of spec.tests) {
      const result = t.results.at(-1);
      expect(result?.status, `${spec.title}: a @destructive check must not run against production`).toBe("skipped");
      const notes = [...t.annotations, ...(result?.annotations ?? [])];
      expect(notes.find((a) => a.type === "skip")?.description ?? "", `${spec.title}: skipped with the guard's reason`).toMatch(
        /read-only target: @destructive checks .* never run against production/,
      );
      const read = readAnnotations(notes);
      // Runtime annotations show on both the test and its result: each cause once.
      expect([...new Set(read.skipCauses)], `${spec.title}: skipped with the guard's typed cause`).toEqual(["read-only"]);
      expect(read.target?.description ?? "", `${spec.title}: no local stack`).toMatch(/^production deployment/);
      expect(read.target?.runtime, `${spec.title}: the target's runtime, as data`).toBe("production");
    }
  }
  expect(existsSync(marker) ? readFileSync(marker, "utf8") : "", "the canary's destructive fixture must never be set up").toBe("");
});
