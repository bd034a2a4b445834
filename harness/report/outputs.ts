/**
 * Where one run's reports go, all under one directory (HAL_REPORTS_DIR, default reports/):
 * playwright.config.ts points every reporter here, the checklist reporter links between them,
 * and `verify` prints them at the end.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a report whole or not at all: to a temporary name beside it, then renamed over it, so
 * a reader (verify, a person, a CI upload) never sees half a file, and a run killed mid-write
 * leaves the previous file intact rather than a truncated one.
 */
export function writeAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export interface ReportPaths {
  dir: string;
  checklistHtml: string;
  checklistMd: string;
  checklistJson: string;
  html: string;
  junit: string;
  allureResults: string;
  /** The rendered Allure report, one self-contained index.html (allure-render.ts). */
  allureReport: string;
  testResults: string;
  verifySummary: string;
}

export function reportPaths(dir: string): ReportPaths {
  return {
    dir,
    checklistHtml: join(dir, "checklist.html"),
    checklistMd: join(dir, "checklist.md"),
    checklistJson: join(dir, "checklist.json"),
    html: join(dir, "html"),
    junit: join(dir, "junit.xml"),
    allureResults: join(dir, "allure-results"),
    allureReport: join(dir, "allure-report"),
    testResults: join(dir, "test-results"),
    verifySummary: join(dir, "verify-summary.txt"),
  };
}
