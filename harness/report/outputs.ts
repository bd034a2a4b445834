/**
 * Where one run's reports go, all under one directory (HAL_REPORTS_DIR, default reports/):
 * playwright.config.ts points every reporter here, the checklist reporter links between them,
 * and `verify` prints them at the end.
 */
import { join } from "node:path";

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
