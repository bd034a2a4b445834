/**
 * The coverage gate: every checkable checklist item must be declared by at least one test in
 * the whole suite (not just the tests a run selected), and no test may name an unknown id.
 * `npm run checklist:gate` lists the suite with Playwright and checks it.
 */
import { execFileSync } from "node:child_process";
import { REPO_ROOT } from "../paths.ts";
import { CHECKLIST_ANNOTATION } from "./annotations.ts";
import { CHECKLIST } from "./items.ts";

interface ListedSuite {
  suites?: ListedSuite[];
  specs?: { title: string; tests: { annotations: { type: string; description?: string }[] }[] }[];
}

function declaredIds(suite: ListedSuite, into = new Map<string, string[]>()): Map<string, string[]> {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests) {
      for (const a of t.annotations) {
        if (a.type !== CHECKLIST_ANNOTATION || !a.description) continue;
        into.set(a.description, [...(into.get(a.description) ?? []), spec.title]);
      }
    }
  }
  for (const child of suite.suites ?? []) declaredIds(child, into);
  return into;
}

export function coverageProblems(listing: { suites: ListedSuite[] }): string[] {
  const declared = declaredIds({ suites: listing.suites });
  const problems: string[] = [];
  for (const item of CHECKLIST) {
    if (!item.manual && !declared.has(item.id)) problems.push(`no test checks ${item.id}: ${item.text}`);
  }
  const known = new Set(CHECKLIST.map((i) => i.id));
  for (const [id, titles] of declared) {
    if (!known.has(id)) problems.push(`unknown checklist id "${id}" in: ${titles.join(", ")}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = execFileSync("npx", ["playwright", "test", "--list", "--reporter=json", "--project=reference-*"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, HAL_CHECKLIST_GATE: "1" },
  });
  const problems = coverageProblems(JSON.parse(out.slice(out.indexOf("{"))) as { suites: ListedSuite[] });
  const checkable = CHECKLIST.filter((i) => !i.manual).length;
  if (problems.length) {
    console.error(`Checklist gate: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(
    `Checklist gate: all ${checkable} checkable items have tests (${CHECKLIST.length - checkable} manual, each with its reason).`,
  );
}
