/**
 * The tests of one self-test run as Playwright's JSON reporter wrote them (runner.ts asks for it
 * beside the checklist report): which items each test checks, whether it failed, and which of
 * its items it settled on its own (`eachItem`). The judge derives collateral from them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Annotation, readAnnotations } from "../checklist/annotations.ts";

export const RESULTS_FILE = "results.json";

export interface RunTest {
  title: string;
  project: string;
  ids: string[];
  /** Failed on some attempt (a flaky pass failed too). */
  failed: boolean;
  /** Items the test settled on its own: true = passed, false = failed on its own check. */
  settled: ReadonlyMap<string, boolean>;
}

interface JsonTest {
  projectName: string;
  annotations?: Annotation[];
  results: { status?: string; annotations?: Annotation[] }[];
}
interface JsonSuite {
  suites?: JsonSuite[];
  specs?: { title: string; tests: JsonTest[] }[];
}

const FAILED = ["failed", "timedOut", "interrupted"];

export function runTests(report: { suites?: JsonSuite[] }): RunTest[] {
  const out: RunTest[] = [];
  const walk = (suite: JsonSuite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) {
        // Runtime annotations appear on the test and on its results: read them all, once each.
        const read = readAnnotations([...(t.annotations ?? []), ...t.results.flatMap((r) => r.annotations ?? [])]);
        out.push({
          title: spec.title,
          project: t.projectName,
          ids: [...new Set(read.ids)],
          // A test the preflight blocked was not run (skipped), but its items are red: it counts as failed.
          failed: t.results.some((r) => FAILED.includes(r.status ?? "")) || read.blockedBy !== undefined,
          settled: new Map([...read.settled].map(([id, s]) => [id, s.failure === undefined])),
        });
      }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return out;
}

/** The tests of the run kept in `dir`, if its JSON report was written. */
export function readRunTests(dir: string): RunTest[] | undefined {
  const path = join(dir, RESULTS_FILE);
  return existsSync(path) ? runTests(JSON.parse(readFileSync(path, "utf8"))) : undefined;
}
