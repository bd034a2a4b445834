/**
 * The configuration `playwright merge-reports` uses to turn blob shards into the run's reports:
 * the same reporters as playwright.config.ts (HTML, JUnit, the checklist, Allure), written
 * under HAL_REPORTS_DIR, so a sharded run has ONE report and ONE checklist for all its shards.
 */
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { REPO_ROOT, REPORTS_DIR, suiteModule } from "../paths.ts";

const dir = process.env.HAL_REPORTS_DIR ?? REPORTS_DIR;
const console = process.env.GITHUB_ACTIONS ? "github" : "line";

export default defineConfig({
  testDir: join(REPO_ROOT, "tests"),
  reporter: [
    [console],
    ["html", { outputFolder: join(dir, "html"), open: "never" }],
    ["junit", { outputFile: join(dir, "junit.xml") }],
    [suiteModule("harness/checklist/reporter.ts")],
    [suiteModule("harness/cli/allure-merged.ts"), { resultsDir: join(dir, "allure-results"), detail: false, suiteTitle: true }],
  ],
});
