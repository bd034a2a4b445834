/**
 * The suite as Playwright lists it (`playwright test --list --reporter=json`): every test with
 * its location and the checklist items it declares. The coverage gate reads it, and the fault
 * self-test selects the tests of a fault by the items they declare — by id, never by title, so
 * a renamed test cannot silently drop out of a self-test run.
 */
import { execFileSync } from "node:child_process";
import { PLAYWRIGHT_CLI, REPO_ROOT } from "../paths.ts";
import { readAnnotations } from "./annotations.ts";

export interface ListedTest {
  /** `tests/<area>/<file>.spec.ts:<line>`, as the Playwright CLI takes it. */
  location: string;
  title: string;
  tags: string[];
  ids: string[];
}

interface JsonSuite {
  title?: string;
  suites?: JsonSuite[];
  specs?: {
    title: string;
    file: string;
    line: number;
    tags: string[];
    tests: { annotations: { type: string; description?: string }[] }[];
  }[];
}

export function listedTests(listing: { suites?: JsonSuite[]; config?: { rootDir?: string } }): ListedTest[] {
  const out: ListedTest[] = [];
  const walk = (suite: JsonSuite, titles: string[]) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        out.push({
          location: `tests/${spec.file}:${spec.line}`,
          title: [...titles, spec.title].join(" › "),
          tags: spec.tags,
          ids: readAnnotations(t.annotations).ids,
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith(".ts") ? [...titles, child.title] : titles);
  };
  for (const suite of listing.suites ?? []) walk(suite, []);
  return out;
}

/**
 * Lists the reference stack's tests (all of them, @soak included) without running any. A test
 * that several projects run (one per page generation) is listed once.
 */
export function listSuite(env: NodeJS.ProcessEnv = process.env): ListedTest[] {
  const { HAL_TARGET_URL: _production, ...reference } = env;
  const out = execFileSync(process.execPath, [PLAYWRIGHT_CLI, "test", "--list", "--reporter=json"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...reference, HAL_SOAK_TESTS: "1" },
  });
  const seen = new Set<string>();
  return listedTests(JSON.parse(out.slice(out.indexOf("{")))).filter((t) => {
    const key = `${t.location}\u0000${t.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
