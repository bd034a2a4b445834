/**
 * Every item of DEPLOYMENT_CHECKLIST.md, with a stable id. An item is either checked by the
 * tests that declare its id (`checks(id)`), or `manual` with the reason a machine cannot check
 * it. The gate (gate.ts) fails when a checkable item has no test.
 *
 * The table is `as const`, so `ChecklistId` is the union of its ids: `checks()`, the fault
 * catalogue and the review rules take that type, and a misspelt id is a compile error. Adding
 * an item is one line here plus the test that checks it. The static-review items of Step 3
 * come from the review rule table (harness/rules/review-table.ts): a new rule is one entry there.
 */
import { REVIEW_RULES } from "../rules/review-table.ts";

export type Section =
  | "Step 1"
  | "Step 2"
  | "Step 3"
  | "Step 4"
  | "Step 5"
  | "Step 6"
  | "Step 7"
  | "Routing"
  | "Rollback"
  | "Post-Deployment Verification"
  | "Success Metrics"
  | "Troubleshooting";

export interface ChecklistItem<Id extends string = string> {
  readonly id: Id;
  readonly section: Section;
  readonly text: string;
  /** Why a machine cannot check it; absent for checkable items. */
  readonly manual?: string;
}

function item<const Id extends string>(section: Section, id: Id, text: string, manual?: string): ChecklistItem<Id> {
  return manual === undefined ? { id, section, text } : { id, section, text, manual };
}

export const CHECKLIST = [
  item(
    "Step 1",
    "step1.commit",
    "Commit and push the fix to git",
    "a change-management step in the HAL repository, not a property of the deployment",
  ),
  item(
    "Step 2",
    "step2.backup",
    "Back up the current HAProxy config (haproxy.cfg.backup.<date>)",
    "done on the production host by the operator; the rollback drill rehearses it",
  ),

  item("Step 3", "step3.config-valid", "`haproxy -c -f /etc/haproxy/haproxy.cfg` reports: Configuration file is valid"),
  ...REVIEW_RULES.map((r) => item("Step 3", `step3.review.${r.rule}`, r.item)),
  item("Step 3", "step3.reload.websocket-survives", "Graceful reload: an open WebSocket stays open and keeps getting replies"),
  item("Step 3", "step3.reload.http-no-failures", "Graceful reload: HTTP requests across the reload have 0 failures"),
  item("Step 3", "step3.reload.still-running", "After reload HAProxy is active (running)"),

  item(
    "Step 4",
    "step4.deploy-code",
    "Stop the servers, pull the code on the Windows server, restart",
    "an operator action on the application host; Step 5 and 6 check its outcome",
  ),

  item("Step 5", "step5.ports-listening", "Both ports (static server, gateway) are LISTENING"),
  item("Step 5", "step5.gateway-start-line", "Gateway log shows `[VoiceGatewayWeb] Starting on ws://...`"),
  item("Step 5", "step5.logs-clean", "Service logs show no error messages or stack traces"),

  item("Step 6", "step6.test1.static-200", "Test 1: `curl -I` of the static server answers 200"),
  item("Step 6", "step6.test1.proxy-200", "Test 1: `curl -I` of the public URL answers 200 through HAProxy"),
  item("Step 6", "step6.test1.http2", "Test 1: the public URL answers over HTTP/2 (expected: HTTP/2 200)"),
  item("Step 6", "step6.test2.connecting", 'Test 2: the status shows "Connecting..."'),
  item("Step 6", "step6.test2.connected-3s", 'Test 2: then "Connected!" within 3 seconds'),
  item("Step 6", "step6.test2.not-disconnected", 'Test 2: the status does NOT show "Disconnected"'),
  item("Step 6", "step6.test2.console-ok", "Test 2: the console shows `[OK] Connected to HAL`"),
  item("Step 6", "step6.test2.no-ws-errors", "Test 2: the console shows no WebSocket connection errors"),
  item(
    "Step 6",
    "step6.test2.browsers",
    "Test 2 in every browser family: the WebSocket connects with Firefox's and Safari's upgrade headers too, over HTTP/1.1 and HTTP/2 (protocol level)",
  ),
  item("Step 6", "step6.test3.send-enter", 'Test 3: "hello" can be sent by pressing Enter'),
  item("Step 6", "step6.test3.send-button", 'Test 3: "hello" can be sent by clicking Send'),
  item("Step 6", "step6.test3.user-bubble", "Test 3: your message appears on the right (blue bubble)"),
  item("Step 6", "step6.test3.hal-bubble", "Test 3: HAL's response appears on the left (white bubble)"),
  item("Step 6", "step6.test3.reply-3s", "Test 3: HAL's response appears within 3 seconds"),
  item("Step 6", "step6.test4.all-answered", "Test 4: the five messages in a row all get responses"),
  item("Step 6", "step6.test4.no-errors", "Test 4: no errors while sending them"),
  item("Step 6", "step6.test5.stable-5min", 'Test 5: the page stays "Connected!" for 5 minutes'),

  item("Step 7", "step7.haproxy.ws-routed", "HAProxy log: WebSocket requests go to hal2_backend/hal2_ws"),
  item("Step 7", "step7.haproxy.http-routed", "HAProxy log: HTTP requests go to hal2_backend/hal2_http"),
  item("Step 7", "step7.haproxy.no-5xx", "HAProxy log: no 502, 503 or 504"),
  item("Step 7", "step7.gateway.client-connected", "Gateway log: `Client connected: <session-id>` for the session"),
  item("Step 7", "step7.gateway.handle-message", "Gateway log: `_handle_message` entries for the messages"),
  item("Step 7", "step7.gateway.no-exceptions", "Gateway log: no exception stack traces"),
  item("Step 7", "step7.browser.ws-open", "Browser DevTools: Network → WS shows the socket open, Console without errors"),

  item("Routing", "routing.http-deterministic", "Every page and asset load (20+) is served by hal2_http: routing is not left to chance"),
  item(
    "Routing",
    "routing.ws-deterministic",
    "Every WebSocket in a row of 12 is accepted and greeted: no connection is dropped by chance (Still getting disconnects)",
  ),

  item("Rollback", "rollback.backup", "Rollback drill: the active config is backed up"),
  item("Rollback", "rollback.broken-rejected", "Rollback drill: a broken config is rejected by `haproxy -c`"),
  item(
    "Rollback",
    "rollback.restore-green",
    "Rollback drill: restoring the backup and reloading brings the connection checks back to green",
  ),
  item("Rollback", "rollback.timing", "Rollback drill: HAProxy rollback takes < 1 minute"),
  item(
    "Rollback",
    "rollback.code",
    "Rollback code: git revert and restart the servers (< 2 minutes)",
    "reverting application code is a git operation on the application host",
  ),

  item("Post-Deployment Verification", "pdv.haproxy-updated", "Infrastructure: HAProxy config updated successfully (valid and loaded)"),
  item("Post-Deployment Verification", "pdv.haproxy-reloaded", "Infrastructure: HAProxy reloaded without errors"),
  item("Post-Deployment Verification", "pdv.haproxy-running", 'Infrastructure: HAProxy status is "active (running)"'),
  item("Post-Deployment Verification", "pdv.haproxy-logs-clean", "Infrastructure: no errors in HAProxy logs"),
  item("Post-Deployment Verification", "pdv.http-server-running", "Services: HTTP server running"),
  item("Post-Deployment Verification", "pdv.gateway-running", "Services: Voice Gateway running"),
  item("Post-Deployment Verification", "pdv.ports-listening", "Services: both ports LISTENING"),
  item("Post-Deployment Verification", "pdv.service-logs-clean", "Services: no errors in service logs"),
  item("Post-Deployment Verification", "pdv.page-reachable", "Connectivity: the public URL can be accessed"),
  item("Post-Deployment Verification", "pdv.no-ssl-errors", "Connectivity: the page loads without SSL errors"),
  item("Post-Deployment Verification", "pdv.no-console-errors", "Connectivity: no errors in the browser console"),
  item("Post-Deployment Verification", "pdv.status-connected", 'Connectivity: status shows "Connected!" (not "Disconnected")'),
  item("Post-Deployment Verification", "pdv.text-input", "Functionality: text input works (can type and send messages)"),
  item("Post-Deployment Verification", "pdv.reply-5s", "Functionality: responses appear within 5 seconds"),
  item("Post-Deployment Verification", "pdv.ten-messages", "Functionality: 10+ messages without issues"),
  item("Post-Deployment Verification", "pdv.stable-10min", "Functionality: the connection stays stable for 10+ minutes"),
  item("Post-Deployment Verification", "pdv.response-time", "Performance: response time < 5 seconds (p50, p95, max reported)"),
  item("Post-Deployment Verification", "pdv.no-ui-lag", "Performance: no lag in the UI (input-to-paint and long tasks measured)"),
  item("Post-Deployment Verification", "pdv.messages-small", "Performance: WebSocket messages are small (< 10 KB typically)"),

  item("Success Metrics", "success.all-items", "All checklist items above are verified", "derived: read the summary of this report"),
  item("Success Metrics", "success.no-log-errors-1h", "No errors in any logs for 1 hour"),
  item("Success Metrics", "success.three-conversations", "At least 3 test conversations completed successfully"),
  item("Success Metrics", "success.stable-1h", "Connection remains stable for 1+ hour"),
  item("Success Metrics", "success.response-times", "Response times meet targets (< 5 seconds)"),
  item("Success Metrics", "success.announce", "Announce success, update TODO.md and ERRORS_ENCOUNTERED.md", "communication with people"),

  item(
    "Troubleshooting",
    "troubleshooting.bypass",
    "Still getting disconnects: test the direct connection (bypass HAProxy) to find the layer at fault",
  ),
  item("Troubleshooting", "troubleshooting.routing-logs", "Check HAProxy logs to see where requests are routed"),
  item("Troubleshooting", "troubleshooting.acls-match", "Verify both ACLs are matching in the HAProxy config"),
  item("Troubleshooting", "troubleshooting.syntax-error", "HAProxy config syntax error: restore the backup (see Rollback)"),
  item(
    "Troubleshooting",
    "troubleshooting.services-start",
    "Services won't start: ports in use, kill python.exe, Python 3.7+",
    "host administration on the Windows application server",
  ),
  item(
    "Troubleshooting",
    "troubleshooting.python-imports",
    "Import errors in Python: pip install, sys.path, query_router.py",
    "Python environment of the real gateway, outside any deployment check",
  ),
] as const;

/** Every checklist id; a string that is not one does not type-check where an id is expected. */
export type ChecklistId = (typeof CHECKLIST)[number]["id"];

export const CHECKLIST_BY_ID: ReadonlyMap<string, ChecklistItem<ChecklistId>> = new Map(CHECKLIST.map((i) => [i.id, i]));

/** True for a string that names a checklist item (for ids read back from reports and listings). */
export const isChecklistId = (id: string): id is ChecklistId => CHECKLIST_BY_ID.has(id);
