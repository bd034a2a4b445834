/**
 * Turns test outcomes into a verdict per checklist item. Pure functions, shared by the
 * reporter, the `verify` CLI and the fault self-test.
 */
import { type Annotation, readAnnotations } from "./annotations.ts";
import { CHECKLIST, type ChecklistItem, isChecklistId, type Section } from "./items.ts";

export type Verdict = "pass" | "fail" | "skip" | "manual" | "not-run";

export interface TestOutcome {
  title: string;
  status: "passed" | "failed" | "timedOut" | "skipped" | "interrupted";
  flaky: boolean;
  annotations: Annotation[];
  error?: string;
}

export interface ItemReport {
  id: string;
  section: Section;
  text: string;
  verdict: Verdict;
  reason?: string;
  layer?: string;
  tests: { title: string; status: string; flaky: boolean }[];
  measured: string[];
}

export interface ChecklistReport {
  generatedAt: string;
  target: string;
  items: ItemReport[];
  summary: Record<Verdict, number>;
  unknownIds: string[];
}

function verdictFor(item: ChecklistItem, outcomes: TestOutcome[]): Pick<ItemReport, "verdict" | "reason" | "layer"> {
  if (item.manual) return { verdict: "manual", reason: item.manual };
  if (!outcomes.length) return { verdict: "not-run", reason: "no test for this item ran in this run" };
  const failed = outcomes.filter((o) => o.status === "failed" || o.status === "timedOut" || o.status === "interrupted");
  if (failed.length) {
    return {
      verdict: "fail",
      reason: failed.map((o) => `${o.title}: ${(o.error ?? o.status).split("\n")[0]}`).join("; "),
      layer: failed.map((o) => readAnnotations(o.annotations).layer).find((l) => l !== undefined),
    };
  }
  const passed = outcomes.filter((o) => o.status === "passed");
  if (!passed.length) {
    const why = outcomes.flatMap((o) => readAnnotations(o.annotations).skipReasons);
    return { verdict: "skip", reason: why[0] ?? "skipped" };
  }
  // A pass that only covered part of the item (a shortened soak) is reported as a skip, with why.
  const partial = passed.map((o) => readAnnotations(o.annotations).partial.get(item.id)).find((p) => p !== undefined);
  if (partial !== undefined) return { verdict: "skip", reason: partial };
  return { verdict: "pass" };
}

export function buildReport(outcomes: TestOutcome[], target: string): ChecklistReport {
  const read = new Map(outcomes.map((o) => [o, readAnnotations(o.annotations)]));
  const unknownIds = [...new Set(outcomes.flatMap((o) => read.get(o)?.ids ?? []).filter((id) => !isChecklistId(id)))];
  const items = CHECKLIST.map((item): ItemReport => {
    const mine = outcomes.filter((o) => read.get(o)?.ids.includes(item.id));
    return {
      id: item.id,
      section: item.section,
      text: item.text,
      ...verdictFor(item, mine),
      tests: mine.map((o) => ({ title: o.title, status: o.status, flaky: o.flaky })),
      measured: mine.flatMap((o) => read.get(o)?.measured ?? []),
    };
  });
  const summary: Record<Verdict, number> = { pass: 0, fail: 0, skip: 0, manual: 0, "not-run": 0 };
  for (const i of items) summary[i.verdict] += 1;
  return { generatedAt: new Date().toISOString(), target, items, summary, unknownIds };
}

const MARK: Record<Verdict, string> = { pass: "PASS", fail: "FAIL", skip: "SKIP", manual: "MANUAL", "not-run": "NOT RUN" };

export function renderText(report: ChecklistReport): string {
  const lines = [`Deployment checklist — ${report.target}`];
  let section = "";
  for (const i of report.items) {
    if (i.section !== section) {
      section = i.section;
      lines.push("", `  ${section}`);
    }
    const extra = i.verdict === "pass" ? "" : i.reason ? ` — ${i.layer ? `[layer: ${i.layer}] ` : ""}${i.reason}` : "";
    lines.push(`    ${MARK[i.verdict].padEnd(7)} ${i.id}: ${i.text}${extra}`);
  }
  const s = report.summary;
  lines.push("", `  ${s.pass} pass, ${s.fail} fail, ${s.skip} skip, ${s["not-run"]} not run, ${s.manual} manual`);
  if (report.unknownIds.length) lines.push(`  Unknown checklist ids used by tests: ${report.unknownIds.join(", ")}`);
  return lines.join("\n");
}

export function renderMarkdown(report: ChecklistReport): string {
  const rows = report.items.map((i) => {
    const note = [i.layer ? `layer: ${i.layer}` : "", i.reason ?? "", ...i.measured].filter(Boolean).join("; ").replaceAll("|", "\\|");
    return `| ${i.section} | \`${i.id}\` | ${i.text.replaceAll("|", "\\|")} | **${MARK[i.verdict]}** | ${note} |`;
  });
  const s = report.summary;
  return [
    `# Deployment checklist — ${report.target}`,
    "",
    `Generated ${report.generatedAt}: ${s.pass} pass, ${s.fail} fail, ${s.skip} skip, ${s["not-run"]} not run, ${s.manual} manual.`,
    "",
    "| section | id | item | verdict | notes |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
