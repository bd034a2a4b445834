/**
 * What a CI job shows a person: the checklist as a Markdown table with the failing items first
 * (for GitHub's job summary), the soak's strict verdict and the stages of a nightly run. Pure
 * renderers over the checklist reporter's checklist.json, and `summaryPart`, which reads what a
 * stage left in the output folder.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ChecklistReport, type ItemReport, rootCauses, type Verdict } from "../checklist/verdicts.ts";
import { formatDuration } from "../config/duration.ts";
import { SOAK_ITEMS } from "../rules/soak-plan.ts";

const ORDER: Verdict[] = ["fail", "blocked", "skip", "not-run", "pass", "manual"];
const MARK: Record<Verdict, string> = {
  fail: "❌ FAIL",
  blocked: "⛔ BLOCKED",
  skip: "⚠️ SKIP",
  "not-run": "NOT RUN",
  pass: "✅ PASS",
  manual: "MANUAL",
};

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

function notes(i: ItemReport): string {
  return cell([i.layer ? `layer: ${i.layer}` : "", i.reason ?? "", ...i.measured].filter(Boolean).join("; "));
}

/** Items in verdict order (failures first), checklist order within a verdict. */
export function failingFirst(items: ItemReport[]): ItemReport[] {
  return ORDER.flatMap((v) => items.filter((i) => i.verdict === v));
}

export function renderChecklistSummary(report: ChecklistReport, title: string): string {
  const s = report.summary;
  const verdict = s.fail > 0 || s.blocked > 0 ? "❌ **FAILED**" : s.pass === 0 ? "⚠️ **NOTHING PASSED**" : "✅ **PASSED**";
  const causes = rootCauses(report);
  return [
    `## ${title}`,
    "",
    `${verdict}: ${s.fail} fail, ${s.blocked} blocked, ${s.pass} pass, ${s.skip} skip, ${s["not-run"]} not run, ${s.manual} manual — ${cell(report.target)}, ${report.generatedAt}`,
    "",
    ...(causes.length
      ? [
          "**Root causes** (the items under each were blocked, not checked):",
          "",
          ...causes.map(
            (c) =>
              `- layer **${c.layer ?? "?"}**: ${cell(c.rootCause)} — blocked ${c.items.length}: ${c.items.map((i) => `\`${i.id}\``).join(", ")}`,
          ),
          "",
        ]
      : []),
    "| verdict | id | item | notes |",
    "|---|---|---|---|",
    ...failingFirst(report.items).map((i) => `| ${MARK[i.verdict]} | \`${i.id}\` | ${cell(i.text)} | ${notes(i)} |`),
    "",
  ].join("\n");
}

/** How long each soak item needs: what an item longer than the soak it ran is listed with. */
const NEEDS = new Map<string, number>(SOAK_ITEMS.map((t) => [t.id, t.ms]));

export interface SoakJudgement {
  ok: boolean;
  verified: string[];
  /** Items the soak was too short for: not failures, and not claimed as verified. */
  beyond: { id: string; needs: string }[];
  problems: string[];
}

/**
 * A soak run's verdict: any failed item fails it; strict, so does any item the soak could have
 * verified but skipped (unverified). Items longer than the soak are listed, not failed: a
 * 10-minute nightly cannot speak for the 1-hour items, and says so.
 */
export function judgeSoak(report: ChecklistReport, strict: boolean): SoakJudgement {
  const ran = report.items.filter((i) => i.verdict !== "not-run" && i.verdict !== "manual");
  const verified: string[] = [];
  const beyond: SoakJudgement["beyond"] = [];
  const problems: string[] = [];
  if (!ran.length) problems.push("no soak test ran");
  for (const i of ran) {
    const needs = i.verdict === "skip" && i.cause === "soak-too-short" ? NEEDS.get(i.id) : undefined;
    if (i.verdict === "pass") verified.push(i.id);
    else if (i.verdict === "fail" || i.verdict === "blocked")
      problems.push(`${i.id} ${i.verdict === "fail" ? "failed" : "was blocked"}: ${i.reason ?? ""}`);
    else if (needs !== undefined) beyond.push({ id: i.id, needs: formatDuration(needs) });
    else if (strict) problems.push(`${i.id} is unverified (strict): ${i.reason ?? "skipped"}`);
  }
  return { ok: problems.length === 0, verified, beyond, problems };
}

export function renderSoakJudgement(j: SoakJudgement, duration: string, strict: boolean): string {
  const list = (ids: string[]) => (ids.length ? ids.map((id) => `\`${id}\``).join(", ") : "none");
  return [
    `### Soak ${duration}${strict ? " (strict)" : ""}: ${j.ok ? "✅ passed" : "❌ FAILED"}`,
    "",
    `- verified: ${list(j.verified)}`,
    `- beyond this soak's length: ${j.beyond.length ? j.beyond.map((b) => `\`${b.id}\` (needs ${b.needs})`).join(", ") : "none"}`,
    ...j.problems.map((p) => `- ❌ ${cell(p)}`),
    "",
  ].join("\n");
}

export interface StageOutcome {
  name: string;
  /** The npm command a person runs to repeat the stage. */
  command: string;
  exitCode: number | null;
  wallMs: number;
  /** Set when the stage did not run, with why. */
  skipped?: string;
}

export function renderStages(stages: StageOutcome[]): string {
  const result = (s: StageOutcome) =>
    s.skipped ? `skipped: ${s.skipped}` : s.exitCode === 0 ? "✅ passed" : `❌ failed (exit ${s.exitCode})`;
  return [
    "| stage | result | wall time | command |",
    "|---|---|---|---|",
    ...stages.map((s) => `| ${s.name} | ${result(s)} | ${s.skipped ? "–" : `${Math.round(s.wallMs / 1000)} s`} | \`${s.command}\` |`),
    "",
  ].join("\n");
}

export function readChecklist(dir: string): ChecklistReport | undefined {
  const path = join(dir, "checklist.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ChecklistReport) : undefined;
}

export const PARTS = ["checklist", "smoke", "soak", "selftest", "post-deploy"] as const;
export type Part = (typeof PARTS)[number];

/** The Markdown of one part of the pipeline, from the files its stage left under `out`. */
export function summaryPart(out: string, part: Part): string {
  const checklist = (dir: string, title: string) => {
    const report = readChecklist(dir);
    return report ? renderChecklistSummary(report, title) : `## ${title}\n\nNo checklist.json under ${dir}: the stage did not complete.\n`;
  };
  const file = (path: string, missing: string) => (existsSync(path) ? `${readFileSync(path, "utf8")}\n` : `${missing}\n`);
  switch (part) {
    case "checklist":
      return checklist(out, "Deployment checklist (all shards, all runtimes)");
    case "smoke":
      return checklist(join(out, "smoke"), "Smoke gate (@smoke)");
    case "soak":
      return `${file(join(out, "soak", "soak-verdict.md"), "## Soak\n\nNo soak verdict: the soak did not complete.")}\n${checklist(join(out, "soak"), "Soak checklist")}`;
    case "selftest":
      return file(join(out, "selftest.md"), "## Fault self-test\n\nNo selftest.md: the self-test did not complete.");
    case "post-deploy":
      return checklist(out, "Post-deploy verification");
  }
}
