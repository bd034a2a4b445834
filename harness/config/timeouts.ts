/**
 * Every wait of the suite that is not a drill's own duration, in one place, derived from the
 * checklist's budgets (HAL_CONNECT_BUDGET_MS: "Connected!" within 3 s; HAL_HELLO_REPLY_BUDGET_MS
 * and HAL_REPLY_BUDGET_MS: replies within 3 s and 5 s) plus one stated margin. A wait longer than
 * its budget plus the margin says nothing more about the deployment: it only delays the verdict.
 * (A blanket 30 s test timeout once made a broken deployment take 7 minutes to report a 503.)
 *
 * Not here, on purpose: the soak's length (HAL_SOAK) and the reload and rollback drills' own
 * watch periods and budgets, which are what those checks measure; the stack's start-up.
 */
import type { SuiteConfig } from "./suite-config.ts";

export type Budgets = Pick<SuiteConfig, "HAL_CONNECT_BUDGET_MS" | "HAL_HELLO_REPLY_BUDGET_MS" | "HAL_REPLY_BUDGET_MS">;

/** The checklist's budgets as shipped: suite-config.ts's defaults (a unit test keeps the two equal). */
export const CHECKLIST_BUDGETS: Budgets = { HAL_CONNECT_BUDGET_MS: 3_000, HAL_HELLO_REPLY_BUDGET_MS: 3_000, HAL_REPLY_BUDGET_MS: 5_000 };

/**
 * What the harness itself may add to a budget on a loaded two-core machine: a paint, a
 * browser round trip, a TLS handshake, a log line reaching its reader. Measured here: a healthy
 * page shows "Connected!" 0.2–0.4 s after navigation starts, with two workers running.
 */
export const MARGIN_MS = 2_000;

/**
 * The longest conversation a test holds under the default test timeout: the Post-Deployment
 * functionality check's 12 questions in one session. A gateway answering each just within the
 * reply budget must not time that test out.
 */
export const LONGEST_CONVERSATION = 12;

export interface Timeouts {
  /** One HTTP request, TLS handshake or WebSocket handshake (with HAL's greeting): each is a part of what must happen within the connect budget. */
  probeMs: number;
  /** The page object's patience for an event (a status, a console line, a reply): the longest budget, plus the margin. */
  patienceMs: number;
  /** A Playwright action on the loaded page (fill, press, click): its elements are there once it has loaded. */
  actionMs: number;
  /** page.goto: the page and its assets load within the connect budget, since "Connected!" must show within it. */
  navigationMs: number;
  /** Web-first assertions and expect.poll: states that must show within the connect budget. */
  expectMs: number;
  /** A whole test: connect, then the longest conversation with every reply just within budget. */
  testMs: number;
}

export function timeouts(b: Budgets = CHECKLIST_BUDGETS): Timeouts {
  const probeMs = b.HAL_CONNECT_BUDGET_MS + MARGIN_MS;
  const longestBudget = Math.max(b.HAL_CONNECT_BUDGET_MS, b.HAL_HELLO_REPLY_BUDGET_MS, b.HAL_REPLY_BUDGET_MS);
  return {
    probeMs,
    patienceMs: longestBudget + MARGIN_MS,
    actionMs: probeMs,
    navigationMs: probeMs,
    expectMs: probeMs,
    testMs: b.HAL_CONNECT_BUDGET_MS + LONGEST_CONVERSATION * b.HAL_REPLY_BUDGET_MS + MARGIN_MS,
  };
}

/** A reply to one question: its budget plus the margin (protocol probes replaying a check's conversation). */
export const replyWaitMs = (budgetMs: number): number => budgetMs + MARGIN_MS;

/** The waits for the checklist's default budgets, for code that runs without a configuration (readiness, defaults). */
export const DEFAULT_TIMEOUTS: Timeouts = timeouts(CHECKLIST_BUDGETS);
