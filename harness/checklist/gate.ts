/**
 * The coverage gate: every checkable checklist item must be declared by at least one test in
 * the whole suite (not just the tests a run selected), and no test may name an unknown id.
 * `npm run checklist:gate` lists the suite with Playwright and checks it.
 */
import { CHECKLIST, isChecklistId } from "./items.ts";
import { type ListedTest, listSuite } from "./listing.ts";

export function coverageProblems(tests: ListedTest[]): string[] {
  const declared = new Map<string, string[]>();
  for (const t of tests) for (const id of t.ids) declared.set(id, [...(declared.get(id) ?? []), t.title]);
  const problems: string[] = [];
  for (const item of CHECKLIST) {
    if (!("manual" in item) && !declared.has(item.id)) problems.push(`no test checks ${item.id}: ${item.text}`);
  }
  for (const [id, titles] of declared) {
    if (!isChecklistId(id)) problems.push(`unknown checklist id "${id}" in: ${titles.join(", ")}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = coverageProblems(listSuite());
  const checkable = CHECKLIST.filter((i) => !("manual" in i)).length;
  if (problems.length) {
    console.error(`Checklist gate: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(
    `Checklist gate: all ${checkable} checkable items have tests (${CHECKLIST.length - checkable} manual, each with its reason).`,
  );
}
