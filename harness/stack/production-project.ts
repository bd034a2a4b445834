/**
 * The `production` Playwright projects: present only when HAL_TARGET_URL is set, and then the
 * only ones, so the reference stack never starts in a production run. HTTPS errors are never
 * ignored (the browser trusts exactly HAL_CA_FILE besides public CAs: infra/browser.ts
 * `browserLaunch`).
 *
 * The soak waits on one session: `production-watches` holds it while `production` runs the short
 * checks beside it, one at a time. The soak's session counts against the load cap
 * (HAL_LOAD_CAP): the checks beside it may open one session fewer at once. With a cap of 1 the
 * soak waits its turn in the same line (one project, one worker).
 */
import type { Project } from "@playwright/test";
import type { SuiteConfig } from "../config/suite-config.ts";
import { SOAK_SPEC, WATCHES } from "./reference-projects.ts";

const PRODUCTION = "production";

export interface SessionsBesideOption {
  /** Sessions another project holds open beside this one's checks for the whole run (the soak's). */
  sessionsBeside: number;
}

export function productionProjects(config: SuiteConfig): Project<object, SessionsBesideOption>[] {
  if (!config.HAL_TARGET_URL) throw new Error("productionProjects needs HAL_TARGET_URL");
  const use = { ignoreHTTPSErrors: false };
  if (config.HAL_LOAD_CAP < 2) return [{ name: PRODUCTION, workers: 1, use }];
  return [
    { name: `${PRODUCTION}${WATCHES}`, workers: 1, testMatch: SOAK_SPEC, use },
    { name: PRODUCTION, workers: 1, testIgnore: SOAK_SPEC, use: { ...use, sessionsBeside: 1 } },
  ];
}
