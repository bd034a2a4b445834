/**
 * Checklist items that fault declarations name together: a test's items, or the items that need
 * the same part of the preflight (harness/checklist/dependencies.ts). Typed ids: a misspelt one
 * is a compile error.
 */
import type { ChecklistId } from "../checklist/items.ts";

const ids = (...list: ChecklistId[]): readonly ChecklistId[] => list;
export const except = (group: readonly ChecklistId[], ...out: ChecklistId[]): ChecklistId[] => group.filter((id) => !out.includes(id));

export const TEST1 = ids("step6.test1.static-200", "step6.test1.proxy-200", "step6.test1.http2");
/** Step 6 Test 2: the page's connection as the status and console show it. */
export const TEST2 = ids(
  "step6.test2.connecting",
  "step6.test2.connected-3s",
  "step6.test2.not-disconnected",
  "step6.test2.console-ok",
  "step6.test2.no-ws-errors",
);
/** Test 2 items that need the WebSocket through the proxy: blocked when it fails. "Connecting..." needs only the page. */
export const TEST2_CONNECTED = except(TEST2, "step6.test2.connecting");
export const TEST3 = ids(
  "step6.test3.user-bubble",
  "step6.test3.hal-bubble",
  "step6.test3.send-enter",
  "step6.test3.send-button",
  "step6.test3.reply-3s",
);
export const TEST4 = ids("step6.test4.all-answered", "step6.test4.no-errors");
export const CONFIG = ids("step3.config-valid", "pdv.haproxy-updated");
/** The static review; the upgrade-routing test also decides the troubleshooting guide's "both ACLs match". */
export const REVIEW = ids(
  "step3.review.upgrade-routed",
  "troubleshooting.acls-match",
  "step3.review.upgrade-any-browser",
  "step3.review.plain-not-to-gateway",
  "step3.review.tunnel-timeout",
  "step3.review.alpn-h2",
  "step3.review.no-contradictions",
  "step3.review.no-ignored-timeouts",
  "step3.review.host-acl-shadowing",
);
export const RELOAD = ids(
  "step3.reload.websocket-survives",
  "step3.reload.http-no-failures",
  "step3.reload.still-running",
  "pdv.haproxy-reloaded",
  "pdv.haproxy-running",
);
export const ROLLBACK = ids(
  "rollback.backup",
  "rollback.broken-rejected",
  "rollback.restore-green",
  "rollback.timing",
  "troubleshooting.syntax-error",
);
export const LOGS = ids(
  "step7.haproxy.ws-routed",
  "troubleshooting.routing-logs",
  "step7.haproxy.http-routed",
  "step7.haproxy.no-5xx",
  "pdv.haproxy-logs-clean",
  "step7.gateway.client-connected",
  "step7.gateway.no-exceptions",
  "step7.browser.ws-open",
  "pdv.no-console-errors",
);
/**
 * The checklist's "`_handle_message` entries": the real gateway logs no line per message, and
 * neither does the reference one, so the item is reported unverified, with that reason.
 */
export const NO_MESSAGE_LINES = ids("step7.gateway.handle-message");
export const SERVICES = ids(
  "step5.ports-listening",
  "pdv.ports-listening",
  "pdv.http-server-running",
  "pdv.gateway-running",
  "step5.gateway-start-line",
  "step5.logs-clean",
  "pdv.service-logs-clean",
);
export const SERVICE_LOGS = ids("step5.logs-clean", "pdv.service-logs-clean");
export const LATENCY = ids("pdv.reply-5s", "pdv.response-time", "success.response-times");
/** Conversations judged on their answers, sizes or lag: blocked when HAL answers late (dependencies.ts, rule 5). */
export const ON_ANSWERS = ids(
  "step6.test4.all-answered",
  "step6.test4.no-errors",
  "pdv.text-input",
  "pdv.ten-messages",
  "pdv.no-ui-lag",
  "pdv.messages-small",
  "success.three-conversations",
);
export const SOAK = ids("step6.test5.stable-5min", "pdv.stable-10min", "success.stable-1h", "success.no-log-errors-1h");
