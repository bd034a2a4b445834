/**
 * The `reference-<generation>` Playwright projects: HAL's page exists in two generations, both
 * deployed and both required to pass (HAL_SYSTEM.md), so by default the reference stack runs
 * once per generation. HAL_PAGE picks one. A seeded fault (HAL_FAULT) runs one generation: a
 * page build's own, else the current page (the self-test judges one run per fault).
 *
 * When both run, the classic page runs only the specs that drive the page and whose verdicts
 * depend on how it behaves (status and console, chat, conversations, its traffic over time);
 * the others (HTTP, TLS, HAProxy's configuration and reloads, routing, services, rollback)
 * check the proxy and the servers, which do not change with the page's generation.
 *
 * One timeline per run: the specs that mostly wait (the soak, the reload watch: WATCH_SPECS) are
 * projects of their own, listed first, so each starts at once on a worker (and stack) of its own
 * and waits while the short checks run beside it; `watchWorkers` sizes the run to that.
 */
import type { Project } from "@playwright/test";
import { DEFAULT_PAGE_GENERATION, PAGE_GENERATIONS, type PageGeneration } from "../../reference-impl/page/generations.ts";
import type { SuiteConfig } from "../config/suite-config.ts";
import { faultPageGeneration } from "../faults/variants.ts";

export interface PageGenerationOption {
  pageGeneration: PageGeneration;
}

export const CLASSIC_SPECS = /tests\/(connection|messaging|post-deploy|logs|stability)\/[^/]+\.spec\.[jt]s$/;
/** Specs that spend their time waiting on purpose: the soak, the reload watch. */
export const WATCH_SPECS = /tests\/(stability\/soak|config\/reload)\.spec\.[jt]s$/;
/** The soak alone: the classic page's watch (it has no reload watch), production's (reloads never run there). */
export const SOAK_SPEC = /tests\/stability\/soak\.spec\.[jt]s$/;
/** The suffix of a project that holds its generation's watches. */
export const WATCHES = "-watches";

/** The generations a reference run covers, in order. */
export function pageGenerationsToRun(config: Pick<SuiteConfig, "HAL_PAGE" | "HAL_FAULT">): PageGeneration[] {
  const ofFault = faultPageGeneration(config.HAL_FAULT);
  if (config.HAL_PAGE) {
    if (ofFault && ofFault !== config.HAL_PAGE)
      throw new Error(`HAL_PAGE=${config.HAL_PAGE} conflicts with HAL_FAULT=${config.HAL_FAULT}, a build of the ${ofFault} page`);
    return [config.HAL_PAGE];
  }
  if (config.HAL_FAULT) return [ofFault ?? DEFAULT_PAGE_GENERATION];
  return [...PAGE_GENERATIONS];
}

export function referenceProjects(
  config: Pick<SuiteConfig, "HAL_PAGE" | "HAL_FAULT">,
  base: Project<object, PageGenerationOption>,
): Project<object, PageGenerationOption>[] {
  const generations = pageGenerationsToRun(config);
  const projects = generations.map((pageGeneration) => {
    const classicOnly = generations.length > 1 && pageGeneration === "classic";
    const project = { ...base, name: `reference-${pageGeneration}`, use: { ...base.use, pageGeneration } };
    return {
      watches: { ...project, name: `${project.name}${WATCHES}`, testMatch: classicOnly ? SOAK_SPEC : WATCH_SPECS },
      // One worker each: a project's short checks run one after another, whatever slots the
      // watches free (see CHECK_WORKERS).
      checks: { ...project, workers: CHECK_WORKERS, testIgnore: WATCH_SPECS, ...(classicOnly ? { testMatch: CLASSIC_SPECS } : {}) },
    };
  });
  return [...projects.map((p) => p.watches), ...projects.map((p) => p.checks)];
}

/**
 * Workers of a generation's short checks: one. More were faster here (92 s against 108 s, both
 * generations) but starved the page under other load: "no lag in the UI" (input-to-paint
 * ≤ 200 ms) went red from CPU contention on two cores, not from the page.
 */
export const CHECK_WORKERS = 1;

/** Workers for a run with these projects: one per watch project (they wait), one for the short checks. */
export function watchWorkers(projects: readonly Pick<Project, "name">[]): number {
  return projects.filter((p) => p.name?.endsWith(WATCHES)).length + CHECK_WORKERS;
}
