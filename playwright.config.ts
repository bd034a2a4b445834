import { defineConfig, type Project } from "@playwright/test";
import { dotenvTargetRefusal, reporterOverrideRefusal } from "./harness/config/production-entry.ts";
import { ConfigError, isProduction, loadConfig } from "./harness/config/suite-config.ts";
import { timeouts } from "./harness/config/timeouts.ts";
import { chooseChromium } from "./harness/infra/browser.ts";
import { suiteModule } from "./harness/paths.ts";
import { reportPaths } from "./harness/report/outputs.ts";
import { productionProjects, type SessionsBesideOption } from "./harness/stack/production-project.ts";
import { type PageGenerationOption, referenceProjects, watchWorkers } from "./harness/stack/reference-projects.ts";
import { resolveRuntime } from "./harness/stack/runtime.ts";

// Both throw a clear error here, before any stack or browser starts.
const suiteConfig = loadConfig();
const refusal = dotenvTargetRefusal() ?? reporterOverrideRefusal(process.argv, isProduction(suiteConfig));
if (refusal) throw new ConfigError(refusal);
chooseChromium(suiteConfig);
const isCI = !!process.env.CI;
// Chromium drops every HTTP/2 session (the page's WebSocket with it) with ERR_NETWORK_CHANGED
// whenever the host's interfaces change, as they do each time a worker starts containers. On
// containers, one worker: no stack starts while another worker's page is open.
const runtime = isProduction(suiteConfig) ? undefined : resolveRuntime(suiteConfig);
const asked = (tag: string) => process.argv.some((a) => a.includes(tag));
// Opt-in tags: the real soaks (@soak, `npm run soak`), and the tests of the tool itself that run a
// whole `verify` run each (@tool, `npm run test:tool`: no secret in any output, no acting question).
// Neither checks the deployment: a checklist run leaves them out unless asked for.
const optOut = [suiteConfig.HAL_SOAK_TESTS || asked("@soak") ? [] : ["@soak"], asked("@tool") ? [] : ["@tool"]].flat();
const grepInvert = optOut.length ? new RegExp(optOut.join("|")) : undefined;
// Every report of a run under one directory (HAL_REPORTS_DIR): `verify` gives each run its own.
const reports = reportPaths(suiteConfig.HAL_REPORTS_DIR);
// Every wait from the checklist's budgets plus a stated margin (harness/config/timeouts.ts): a
// broken target fails a check when its budget is clearly blown, not after a blanket 30 s.
const waits = timeouts(suiteConfig);

// A configured target (HAL_TARGET_URL) replaces the reference projects: nothing starts locally,
// and the deployed page is whichever generation it is. Otherwise one project per page
// generation (HAL_PAGE picks one; reference-projects.ts says which specs the classic one runs).
// Either way the soak and the reload watch are projects of their own, listed first: they start
// at once, each on a worker of its own, and wait beside the short checks (one timeline per run).
const projects: Project<object, PageGenerationOption & SessionsBesideOption>[] = isProduction(suiteConfig)
  ? productionProjects(suiteConfig).map((p) => ({ ...p, grepInvert }))
  : referenceProjects(suiteConfig, { grepInvert });

export default defineConfig<object, PageGenerationOption & SessionsBesideOption>({
  testDir: "./tests",
  // Every test of a reference run carries its runtime as a tag (@containers, @processes), so a
  // report merged from both runtimes' shards can be filtered by it.
  tag: runtime ? `@${runtime}` : undefined,
  // TypeScript in a clone, the compiled JavaScript in the installed package (harness/paths.ts).
  testMatch: /\.spec\.[jt]s$/,
  outputDir: reports.testResults,
  globalSetup: suiteModule("harness/global-setup.ts"),
  globalTeardown: suiteModule("harness/global-teardown.ts"),
  forbidOnly: isCI,
  // One retry in CI on the reference stack, so a flicker shows as flaky (and its items FAIL:
  // verdicts.ts); never against a production target, where `verify` also passes --retries=0.
  retries: isCI && !isProduction(suiteConfig) ? 1 : 0,
  // Waiting costs wall time, not CPU: a worker per project that mostly waits, one for the short
  // checks (the browser work two cores hold within the 3 s / 5 s budgets). On containers, one.
  workers: runtime === "containers" ? 1 : watchWorkers(projects),
  fullyParallel: false,
  timeout: waits.testMs,
  expect: { timeout: waits.expectMs },
  reporter: [
    // First: every other reporter sees a test only after the run's secrets are removed from it.
    [suiteModule("harness/report/scrub.ts")],
    [isCI ? "line" : "list"],
    ["html", { outputFolder: reports.html, open: "never" }],
    ["junit", { outputFile: reports.junit }],
    [suiteModule("harness/checklist/reporter.ts")],
    ["allure-playwright", { resultsDir: reports.allureResults, detail: false, suiteTitle: true }],
  ],
  use: {
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    permissions: ["microphone"],
    actionTimeout: waits.actionMs,
    navigationTimeout: waits.navigationMs,
    // Launch options (executable, flags, the target's CA and host mappings) come from the stack
    // fixture: fixtures/stack.ts, built by harness/infra/browser.ts `browserLaunch`.
  },
  projects,
});
