/**
 * The `production` Playwright project: present only when HAL_TARGET_URL is set, and then the
 * only project, so the reference stack never starts in a production run. One worker keeps the
 * load on the target small; the browser gets a private HOME whose NSS database trusts exactly
 * HAL_CA_FILE (browser-trust.ts); HTTPS errors are never ignored.
 */
import type { Project } from "@playwright/test";
import { credentialsOf } from "../config/redact.ts";
import type { SuiteConfig } from "../config/suite-config.ts";
import { type BrowserChoice, chromiumArgs } from "../infra/browser.ts";
import { browserHomeTrusting } from "../infra/browser-trust.ts";

export function productionProject(config: SuiteConfig, chromium: BrowserChoice): Project {
  const target = config.HAL_TARGET_URL;
  if (!target) throw new Error("productionProject needs HAL_TARGET_URL");
  return {
    name: "production",
    workers: 1,
    use: {
      ignoreHTTPSErrors: false,
      httpCredentials: credentialsOf(target),
      launchOptions: {
        executablePath: chromium.executablePath,
        args: chromiumArgs(chromium),
        env: { ...process.env, HOME: browserHomeTrusting(config.HAL_CA_FILE?.pem) },
      },
    },
  };
}
