/**
 * Playwright reporter that prints the deployment checklist after every run, each item marked
 * PASS / FAIL / SKIP (with the reason) / NOT RUN / MANUAL, and writes reports/checklist.md and
 * reports/checklist.json (directory overridable with HAL_REPORTS_DIR). A test naming an unknown
 * checklist id fails the run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { loadConfig } from "../config/suite-config.ts";
import { buildReport, renderMarkdown, renderText, type TestOutcome } from "./verdicts.ts";

export default class ChecklistReporter implements Reporter {
  readonly #last = new Map<TestCase, TestResult[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.#last.set(test, [...(this.#last.get(test) ?? []), result]);
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult["status"] } | undefined> {
    const outcomes: TestOutcome[] = [];
    let target = "";
    for (const [test, results] of this.#last) {
      const final = results[results.length - 1];
      if (!final) continue;
      // Runtime annotations can appear on both the test and its result: keep each once.
      const seen = new Set<string>();
      const annotations = [...test.annotations, ...(final.annotations ?? [])].filter((a) => {
        const key = `${a.type}\u0000${a.description ?? ""}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      target ||= annotations.find((a) => a.type === "target")?.description ?? "";
      outcomes.push({
        title: test.titlePath().slice(2).join(" › "),
        status: final.status,
        flaky: final.status === "passed" && results.length > 1,
        annotations,
        error: final.error?.message ? stripVTControlCharacters(final.error.message) : undefined,
      });
    }
    const report = buildReport(outcomes, target || "no target (no test ran)");
    const dir = loadConfig().HAL_REPORTS_DIR;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "checklist.json"), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, "checklist.md"), renderMarkdown(report));
    console.log(`\n${renderText(report)}\n  Written to ${join(dir, "checklist.md")}\n`);
    if (report.unknownIds.length && result.status === "passed") return { status: "failed" };
    return undefined;
  }

  printsToStdio(): boolean {
    return true;
  }
}
