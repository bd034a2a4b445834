/**
 * The `production` Playwright project: present only when HAL_TARGET_URL is set, and then the
 * only project, so the reference stack never starts in a production run. One worker keeps the
 * load on the target small; HTTPS errors are never ignored (the browser trusts exactly
 * HAL_CA_FILE besides public CAs: infra/browser.ts `browserLaunch`).
 */
import type { Project } from "@playwright/test";
import type { SuiteConfig } from "../config/suite-config.ts";

export function productionProject(config: SuiteConfig): Project {
  const target = config.HAL_TARGET_URL;
  if (!target) throw new Error("productionProject needs HAL_TARGET_URL");
  return {
    name: "production",
    workers: 1,
    // The target's credentials reach the browser from the stack handle (fixtures/stack.ts), for its origin only.
    use: { ignoreHTTPSErrors: false },
  };
}
