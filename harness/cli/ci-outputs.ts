/**
 * `npm run ci -- outputs --out DIR --exit-code N`: the GitHub Action's outputs (action.yml), from
 * the run's checklist.json and verify's exit code, appended to $GITHUB_OUTPUT as key=value lines.
 * Counts are item counts of the checklist; items the preflight blocked are counted apart
 * (`blocked`), and fail the run like failed ones.
 */
import { appendFileSync } from "node:fs";
import type { ChecklistReport } from "../checklist/verdicts.ts";
import { EXIT } from "./verify-summary.ts";

export type ActionVerdict = "passed" | "passed-unverified" | "failed" | "config-error" | "incomplete" | "interrupted";

/** The one-word verdict of a verify exit code; a pass with skipped items says so. */
export function actionVerdict(exitCode: number, report: ChecklistReport | undefined): ActionVerdict {
  switch (exitCode) {
    case EXIT.PASSED:
      return report?.summary.skip ? "passed-unverified" : "passed";
    case EXIT.FAILED:
      return "failed";
    case EXIT.CONFIG:
      return "config-error";
    case EXIT.INTERRUPTED:
      return "interrupted";
    default:
      return "incomplete";
  }
}

/** Every output action.yml declares, as strings (counts are empty when no checklist was written). */
export function actionOutputs(exitCode: number, report: ChecklistReport | undefined, reportPath: string): Record<string, string> {
  const count = (n: number | undefined) => (report ? String(n ?? 0) : "");
  return {
    verdict: actionVerdict(exitCode, report),
    "exit-code": String(exitCode),
    pass: count(report?.summary.pass),
    fail: count(report?.summary.fail),
    blocked: count(report?.summary.blocked),
    skip: count(report?.summary.skip),
    manual: count(report?.summary.manual),
    "not-run": count(report?.summary["not-run"]),
    "report-path": reportPath,
  };
}

export function writeOutputs(outputs: Record<string, string>, file = process.env.GITHUB_OUTPUT): string {
  const text = Object.entries(outputs)
    .map(([k, v]) => `${k}=${v}\n`)
    .join("");
  if (file) appendFileSync(file, text);
  return text;
}
