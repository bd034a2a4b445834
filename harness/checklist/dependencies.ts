/**
 * What each checklist item needs of the preflight (harness/probes/preflight.ts), the few probes
 * through the proxy that run once per target before any check:
 *   tls        a TLS handshake with the public URL verifies strictly (issuer, name, dates)
 *   page       the page and every script and stylesheet it references answer 200 through the proxy
 *   websocket  a WebSocket through the proxy opens and HAL greets it (`connected`)
 *   replies    HAL answers "hello" through it within the reply budget (5 s)
 * When a part an item needs has failed, the item's tests fail at once with the preflight's
 * diagnosis and layer ("blocked: ..."), instead of each waiting out its own timeouts to fail
 * with the same root cause (fixtures/preflight.ts). The table is keyed by ChecklistId: an item
 * missing or misspelt here is a compile error, and a new review rule is covered by its rule.
 *
 * The rules, in order:
 *  1. An item judged without going through the proxy needs nothing: HAProxy's configuration
 *     (`haproxy -c`, the static review), the direct probes of the static server and the gateway,
 *     the service logs' own lines, the mechanics of the reload and rollback drills.
 *  2. An item whose check *is* a preflight probe, or a stronger one, needs nothing: it is the
 *     measurement, and blocking it would replace what it measured with a copy of itself
 *     (the certificate check, `curl -I` and HTTP/2 through the proxy, the page's reachability,
 *     24 loads for routing determinism, the bypass probes).
 *  3. An item about the page as a person sees it needs tls and page; once the page must talk
 *     to HAL (Connected!, replies, the socket in the Network tab, the logs a conversation
 *     writes), websocket too.
 *  4. An item checked with a protocol client through the proxy needs tls and websocket.
 *  5. An item judged on a conversation of many questions for something other than the answers'
 *     timing (how many were answered, message sizes, the UI's lag, three sessions at once) needs
 *     replies too: with every answer late, each question waits out the budget and the verdict
 *     comes minutes later, on a deployment already failing "responses within 5 seconds". The
 *     latency items themselves measure the answers and need only the conversation (rule 2).
 *  6. Manual items have no test and need nothing.
 *  7. An item that states the absence of something in a log (no 5xx, no alerts, no tracebacks)
 *     is judged on whatever traffic reached the component, and needs only what that traffic
 *     needs: blocking it would report a failure nobody saw.
 *  8. An item about how fast HAL answers is FAILED, not blocked, by a late answer the preflight
 *     measured (LATE_ANSWER_FAILS): one answer over the 5 s budget falsifies "every response
 *     within 5 s" and "hello within 3 s", and no check waits out a second late answer.
 * Verdicts are per test, so a test is blocked when any of its items needs a failed part; its
 * other items are then BLOCKED with it, under the same root cause (verdicts.ts).
 */
import { CHECKLIST, type ChecklistId } from "./items.ts";

export const PREFLIGHT_PARTS = ["tls", "page", "websocket", "replies"] as const;
export type PreflightPart = (typeof PREFLIGHT_PARTS)[number];

type Needs = readonly PreflightPart[];
type ReviewId = Extract<ChecklistId, `step3.review.${string}`>;

const NOTHING: Needs = [];
const TLS_ONLY: Needs = ["tls"];
const PAGE: Needs = ["tls", "page"];
const SOCKET: Needs = ["tls", "websocket"];
const CONVERSATION: Needs = ["tls", "page", "websocket"];
const ANSWERS: Needs = ["tls", "page", "websocket", "replies"];

/** Rule 1: a review reads HAProxy's configuration file, whatever answers on the wire. */
const REVIEW_NEEDS = (id: ReviewId): [ReviewId, Needs] => [id, NOTHING];

const TABLE: Record<Exclude<ChecklistId, ReviewId>, Needs> = {
  // Manual (rule 6).
  "step1.commit": NOTHING,
  "step2.backup": NOTHING,
  "step4.deploy-code": NOTHING,
  "rollback.code": NOTHING,
  "success.all-items": NOTHING,
  "success.announce": NOTHING,
  "troubleshooting.services-start": NOTHING,
  "troubleshooting.python-imports": NOTHING,

  // Step 3: `haproxy -c` (rule 1); the reload drill judges traffic through the proxy across a
  // reload, which cannot be "graceful" for a socket or a page that never worked before it.
  "step3.config-valid": NOTHING,
  "step3.reload.websocket-survives": SOCKET,
  "step3.reload.http-no-failures": PAGE,
  "step3.reload.still-running": PAGE, // its check ends with the page answering 200 after the reload
  "pdv.haproxy-updated": NOTHING,
  "pdv.haproxy-reloaded": NOTHING, // show proc: a failed reload is counted by the master (rule 1)
  "pdv.haproxy-running": NOTHING,

  // Step 5 and Services: ports, direct probes and the gateway's start line (rule 1) ...
  "step5.ports-listening": NOTHING,
  "step5.gateway-start-line": NOTHING,
  "pdv.ports-listening": NOTHING,
  "pdv.http-server-running": NOTHING,
  "pdv.gateway-running": NOTHING,
  // ... but "no errors in the service logs" is judged only after a session through the proxy
  // has shown the log source delivers this run's lines (rule 4).
  "step5.logs-clean": SOCKET,
  "pdv.service-logs-clean": SOCKET,

  // Step 6 Test 1 and Connectivity: each is itself a probe through the proxy (rule 2).
  "step6.test1.static-200": NOTHING,
  "step6.test1.proxy-200": NOTHING,
  "step6.test1.http2": NOTHING,
  "pdv.page-reachable": NOTHING,
  "pdv.no-ssl-errors": NOTHING,
  "routing.http-deterministic": NOTHING,
  // Rule 2: twelve WebSockets through the proxy are a stronger probe than the preflight's one.
  "routing.ws-deterministic": NOTHING,
  "troubleshooting.bypass": NOTHING,

  // Step 6 Tests 2–5: the page, and from "Connected!" on, HAL behind it (rule 3).
  "step6.test2.connecting": PAGE,
  "step6.test2.connected-3s": CONVERSATION,
  "step6.test2.not-disconnected": CONVERSATION,
  "step6.test2.console-ok": CONVERSATION,
  "step6.test2.no-ws-errors": CONVERSATION,
  // Rule 2: each browser family's own upgrade through the proxy is a stronger WebSocket probe.
  "step6.test2.browsers": NOTHING,
  "step6.test3.send-enter": CONVERSATION,
  "step6.test3.send-button": CONVERSATION,
  "step6.test3.user-bubble": CONVERSATION,
  "step6.test3.hal-bubble": CONVERSATION,
  "step6.test3.reply-3s": CONVERSATION,
  // Rule 5: conversations judged on their answers, sizes or lag, not their timing.
  "step6.test4.all-answered": ANSWERS,
  "step6.test4.no-errors": ANSWERS,
  "step6.test5.stable-5min": CONVERSATION,

  // Step 7 monitors the logs and the browser during a real conversation: without the page and
  // its socket there is no traffic to judge (rule 3). The page's own requests need only the page.
  "step7.haproxy.ws-routed": CONVERSATION,
  "step7.haproxy.http-routed": PAGE,
  // "No 5xx", "no alerts" and "no tracebacks" hold or not whatever else works: they judge the
  // lines that traffic left (the page's requests, the preflight's sessions), so a broken page
  // does not block them into false statements (rule 7).
  "step7.haproxy.no-5xx": TLS_ONLY,
  "step7.gateway.client-connected": CONVERSATION,
  "step7.gateway.handle-message": CONVERSATION,
  "step7.gateway.no-exceptions": SOCKET,
  "step7.browser.ws-open": CONVERSATION,
  "troubleshooting.routing-logs": CONVERSATION,
  "pdv.haproxy-logs-clean": TLS_ONLY,

  // Rollback drill: backing up and `haproxy -c` rejecting a broken file are mechanics (rule 1);
  // "back to green" (and its timing) needs the connection checks to have worked before the drill.
  "rollback.backup": NOTHING,
  "rollback.broken-rejected": NOTHING,
  "troubleshooting.syntax-error": NOTHING,
  "troubleshooting.acls-match": NOTHING, // decided by the static review (rule 1)
  "rollback.restore-green": CONVERSATION,
  "rollback.timing": CONVERSATION,

  // Post-Deployment and Success Metrics through the page (rule 3).
  "pdv.no-console-errors": CONVERSATION,
  "pdv.status-connected": CONVERSATION,
  "pdv.text-input": ANSWERS, // rule 5, as pdv.ten-messages, pdv.no-ui-lag, pdv.messages-small, success.three-conversations
  "pdv.reply-5s": CONVERSATION,
  "pdv.ten-messages": ANSWERS,
  "pdv.stable-10min": CONVERSATION,
  "pdv.response-time": CONVERSATION,
  "pdv.no-ui-lag": ANSWERS,
  "pdv.messages-small": ANSWERS,
  "success.no-log-errors-1h": CONVERSATION,
  "success.three-conversations": ANSWERS,
  "success.stable-1h": CONVERSATION,
  "success.response-times": CONVERSATION,
};

/** Rule 8: the items one late answer fails, judged on the preflight's. */
export const LATE_ANSWER_FAILS: ReadonlySet<ChecklistId> = new Set<ChecklistId>([
  "step6.test3.reply-3s",
  "pdv.reply-5s",
  "pdv.response-time",
  "success.response-times",
]);

/** Whether a test checking `ids` is decided by a late answer: every one of its items is one a late answer fails. */
export const decidedByLateAnswer = (ids: readonly string[]): boolean =>
  ids.length > 0 && ids.every((id) => LATE_ANSWER_FAILS.has(id as ChecklistId));

const isReviewId = (id: ChecklistId): id is ReviewId => id.startsWith("step3.review.");

/** Every checklist item's needs; review items come from the review rule table, through items.ts. */
export const NEEDS: ReadonlyMap<ChecklistId, Needs> = new Map<ChecklistId, Needs>(
  CHECKLIST.map((item) => (isReviewId(item.id) ? REVIEW_NEEDS(item.id) : [item.id, TABLE[item.id]])),
);

/** The preflight parts a test checking `ids` needs, in preflight order (unknown ids need nothing). */
export function needsOf(ids: readonly string[]): PreflightPart[] {
  const wanted = new Set(ids.flatMap((id) => NEEDS.get(id as ChecklistId) ?? []));
  return PREFLIGHT_PARTS.filter((p) => wanted.has(p));
}
