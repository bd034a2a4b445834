import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { isProduction, loadConfig } from "./harness/config/suite-config.ts";
import { browserHome, chooseChromium, chromiumArgs } from "./harness/infra/browser.ts";
import { reportPaths } from "./harness/report/outputs.ts";
import { productionProject } from "./harness/stack/production-project.ts";

// Both throw a clear error here, before any stack or browser starts.
const suiteConfig = loadConfig();
const chromium = chooseChromium();
const isCI = !!process.env.CI;
// Chromium drops every HTTP/2 session (the page's WebSocket with it) with ERR_NETWORK_CHANGED
// whenever the host's interfaces change, as they do each time a worker starts containers. With
// containers possible, one worker: no stack starts while another worker's page is open.
const mayUseContainers =
  suiteConfig.HAL_RUNTIME === "containers" ||
  (suiteConfig.HAL_RUNTIME === "auto" && !isProduction(suiteConfig) && (!!process.env.DOCKER_HOST || existsSync("/var/run/docker.sock")));
// Every report of a run under one directory (HAL_REPORTS_DIR): `verify` gives each run its own.
const reports = reportPaths(suiteConfig.HAL_REPORTS_DIR);
const soakRequested = process.env.HAL_SOAK_TESTS === "1" || process.argv.some((a) => a.includes("@soak"));

export default defineConfig({
  testDir: "./tests",
  testMatch: "**/*.spec.ts",
  outputDir: reports.testResults,
  globalSetup: "./harness/global-setup.ts",
  globalTeardown: "./harness/global-teardown.ts",
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: mayUseContainers ? 1 : 2,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    [isCI ? "line" : "list"],
    ["html", { outputFolder: reports.html, open: "never" }],
    ["junit", { outputFile: reports.junit }],
    ["./harness/checklist/reporter.ts"],
    ["allure-playwright", { resultsDir: reports.allureResults, detail: false, suiteTitle: true }],
  ],
  use: {
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    permissions: ["microphone"],
    launchOptions: {
      executablePath: chromium.executablePath,
      args: chromiumArgs(chromium),
      env: { ...process.env, HOME: browserHome() },
    },
  },
  // A configured target (HAL_TARGET_URL) replaces the reference project: nothing starts locally.
  // The real 5/10/60-minute soaks (@soak) run only when asked for: `npm run soak` or `--grep @soak`.
  projects: isProduction(suiteConfig)
    ? [{ ...productionProject(suiteConfig, chromium), grepInvert: soakRequested ? undefined : /@soak/ }]
    : [{ name: "reference", grepInvert: soakRequested ? undefined : /@soak/ }],
});
