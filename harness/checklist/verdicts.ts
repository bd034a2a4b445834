/**
 * Turns test outcomes into a verdict per checklist item. Pure functions, shared by the
 * reporter, the `verify` CLI and the fault self-test.
 */
import { CHECKLIST, type ChecklistItem, type Section } from "./items.ts";

export type Verdict = "pass" | "fail" | "skip" | "manual" | "not-run";

export interface TestOutcome {
  title: string;
  status: "passed" | "failed" | "timedOut" | "skipped" | "interrupted";
  flaky: boolean;
  annotations: { type: string; description?: string }[];
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

const ids = (o: TestOutcome, type: string) => o.annotations.filter((a) => a.type === type).map((a) => a.description ?? "");

function verdictFor(item: ChecklistItem, outcomes: TestOutcome[]): Pick<ItemReport, "verdict" | "reason" | "layer"> {
  if (item.manual) return { verdict: "manual", reason: item.manual };
  if (!outcomes.length) return { verdict: "not-run", reason: "no test for this item ran in this run" };
  const failed = outcomes.filter((o) => o.status === "failed" || o.status === "timedOut" || o.status === "interrupted");
  if (failed.length) {
    const diagnosis = failed.flatMap((o) => ids(o, "diagnosis"))[0];
    return {
      verdict: "fail",
      reason: failed.map((o) => `${o.title}: ${(o.error ?? o.status).split("\n")[0]}`).join("; "),
      layer: diagnosis?.split(":")[0],
    };
  }
  const passed = outcomes.filter((o) => o.status === "passed");
  if (!passed.length) {
    const why = outcomes.flatMap((o) => ids(o, "skip")).filter(Boolean);
    return { verdict: "skip", reason: why[0] ?? "skipped" };
  }
  // A pass that only covered part of the item (a shortened soak) is reported as a skip, with why.
  const partial = passed.flatMap((o) => ids(o, "checklist-partial")).find((d) => d.startsWith(`${item.id}:`));
  if (partial) return { verdict: "skip", reason: partial.slice(item.id.length + 1).trim() };
  return { verdict: "pass" };
}

export function buildReport(outcomes: TestOutcome[], target: string): ChecklistReport {
  const known = new Set(CHECKLIST.map((i) => i.id));
  const unknownIds = [...new Set(outcomes.flatMap((o) => ids(o, "checklist")).filter((id) => !known.has(id)))];
  const items = CHECKLIST.map((item): ItemReport => {
    const mine = outcomes.filter((o) => ids(o, "checklist").includes(item.id));
    return {
      id: item.id,
      section: item.section,
      text: item.text,
      ...verdictFor(item, mine),
      tests: mine.map((o) => ({ title: o.title, status: o.status, flaky: o.flaky })),
      measured: mine.flatMap((o) => ids(o, "measured")),
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
