/**
 * The catalogue of seeded faults the suite must catch. Each entry is a variant of the reference
 * stack (declared in haproxy.ts, gateway.ts, page.ts, certificate.ts beside this file) with what
 * the checklist must say about it: the items that must turn red, the layer the bypass diagnosis
 * must name, the items that must pass, and those that must be reported unverified (skipped,
 * with a reason). `npm run selftest` runs, for each entry, exactly the tests that check those
 * items (selected by the checklist ids they declare) against its variant (HAL_FAULT=<name>) and
 * judges the verdicts (judge.ts).
 *
 * Green is strict: besides the explicit `green` items (which must pass), no other item the
 * selected tests check may fail — a fault turning red more than it states is a false red.
 * `collateral` lists the items that fail only because they share a test with a red item (the
 * verdict is per test), so they are named rather than silently tolerated.
 *
 * A fault that breaks a part of the preflight (TLS, the page with its assets, a WebSocket through
 * the proxy: harness/probes/preflight.ts) turns red, at once and with the preflight's diagnosis,
 * every item that needs that part (harness/checklist/dependencies.ts): such an item is `red` in
 * its own right, and an item that needs less but shares its test is `collateral`.
 */

import type { Layer } from "../checklist/annotations.ts";
import type { ChecklistId } from "../checklist/items.ts";
import type { StackVariant } from "../stack/types.ts";
import { CERTIFICATE_FAULTS, type CertificateFaultName } from "./certificate.ts";
import { GATEWAY_FAULTS, type GatewayFaultName } from "./gateway.ts";
import { BROKEN_DEPLOYED_CONFIG, HAPROXY_FAULTS, type HaproxyFault, type HaproxyFaultName } from "./haproxy.ts";
import { restartHistory } from "./history.ts";

export type ExpectedLayer = Layer | "n/a";
export type FaultKind = "healthy" | "haproxy" | "gateway" | "page" | "certificate" | "specificity";

export interface FaultCase {
  name: string;
  kind: FaultKind;
  description: string;
  variant: StackVariant;
  /** A page build from harness/faults/page.ts (a patch of one generation), served instead of the reference page. */
  page?: string;
  /** Checklist items that must be red (fail). */
  red: ChecklistId[];
  /** The layer the diagnosis of the red through-proxy checks must name; n/a: only config-review items go red. */
  layer: ExpectedLayer;
  /** Checklist items that must pass. */
  green: ChecklistId[];
  /** Items that fail only because a red item's test checks them too (verdicts are per test). */
  collateral?: ChecklistId[];
  /** Items that must be reported unverified in this run (SKIP with a reason). */
  unverified?: ChecklistId[];
}

/** Every item a fault's run judges: its tests are exactly the ones that check one of these. */
export const judgedItems = (f: FaultCase): ChecklistId[] => [...f.red, ...f.green, ...(f.collateral ?? []), ...(f.unverified ?? [])];

const ids = (...list: ChecklistId[]) => list;
const except = (group: ChecklistId[], ...out: ChecklistId[]) => group.filter((id) => !out.includes(id));

const TEST1 = ids("step6.test1.static-200", "step6.test1.proxy-200", "step6.test1.http2");
/** Step 6 Test 2: the page's connection as the status and console show it. */
const TEST2 = ids(
  "step6.test2.connecting",
  "step6.test2.connected-3s",
  "step6.test2.not-disconnected",
  "step6.test2.console-ok",
  "step6.test2.no-ws-errors",
);
const TEST3 = ids(
  "step6.test3.user-bubble",
  "step6.test3.hal-bubble",
  "step6.test3.send-enter",
  "step6.test3.send-button",
  "step6.test3.reply-3s",
);
const TEST4 = ids("step6.test4.all-answered", "step6.test4.no-errors");
const CONFIG = ids("step3.config-valid", "pdv.haproxy-updated");
/** The static review; the upgrade-routing test also decides the troubleshooting guide's "both ACLs match". */
const REVIEW = ids(
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
const RELOAD = ids(
  "step3.reload.websocket-survives",
  "step3.reload.http-no-failures",
  "step3.reload.still-running",
  "pdv.haproxy-reloaded",
  "pdv.haproxy-running",
);
const ROLLBACK = ids(
  "rollback.backup",
  "rollback.broken-rejected",
  "rollback.restore-green",
  "rollback.timing",
  "troubleshooting.syntax-error",
);
const LOGS = ids(
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
const NO_MESSAGE_LINES = ids("step7.gateway.handle-message");
const SERVICES = ids(
  "step5.ports-listening",
  "pdv.ports-listening",
  "pdv.http-server-running",
  "pdv.gateway-running",
  "step5.gateway-start-line",
  "step5.logs-clean",
  "pdv.service-logs-clean",
);
const FUNCTIONALITY = ids("pdv.ten-messages", "pdv.text-input", "pdv.status-connected", "success.three-conversations");
const PERFORMANCE = ids("pdv.reply-5s", "pdv.response-time", "success.response-times", "pdv.no-ui-lag", "pdv.messages-small");
const LATENCY = ids("pdv.reply-5s", "pdv.response-time", "success.response-times");
/** Conversations judged on their answers, sizes or lag: blocked when HAL answers late (dependencies.ts, rule 5). */
const ON_ANSWERS = ids(
  "step6.test4.all-answered",
  "step6.test4.no-errors",
  "pdv.text-input",
  "pdv.ten-messages",
  "pdv.no-ui-lag",
  "pdv.messages-small",
  "success.three-conversations",
);
const TLS = ids("pdv.page-reachable", "pdv.no-ssl-errors");
/** Test 2 items that need the WebSocket through the proxy: blocked when it fails. "Connecting..." needs only the page. */
const TEST2_CONNECTED = except(TEST2, "step6.test2.connecting");
const SERVICE_LOGS = ids("step5.logs-clean", "pdv.service-logs-clean");
const SOAK = ids("step6.test5.stable-5min", "pdv.stable-10min", "success.stable-1h", "success.no-log-errors-1h");

const haproxy = (name: HaproxyFaultName) => {
  const f: HaproxyFault = HAPROXY_FAULTS[name];
  return {
    name,
    description: f.description,
    variant: { haproxyPatches: f.patches, haproxyPatchesSince: f.since, haproxyValues: f.values, haproxyEnv: f.env },
  };
};
const gateway = (name: GatewayFaultName) => ({ name, ...GATEWAY_FAULTS[name] });
const certificate = (name: CertificateFaultName) => ({ name, ...CERTIFICATE_FAULTS[name] });

export const CATALOGUE: FaultCase[] = [
  {
    name: "healthy",
    kind: "healthy",
    description: "the reference stack as shipped: every check it runs must pass",
    variant: {},
    red: [],
    layer: "n/a",
    green: [
      ...CONFIG,
      ...REVIEW,
      ...RELOAD,
      ...TEST1,
      ...TEST2,
      "step6.test2.browsers",
      ...TEST3,
      ...TEST4,
      ...TLS,
      ...LOGS,
      ...FUNCTIONALITY,
      ...PERFORMANCE,
      ...ROLLBACK,
      "routing.http-deterministic",
      ...SERVICES,
    ],
    unverified: NO_MESSAGE_LINES,
  },

  // ── HAProxy configuration ────────────────────────────────────────────────────────────────
  {
    ...haproxy("servers-in-maintenance"),
    kind: "haproxy",
    // The preflight sees the 503s on the page and the WebSocket while both servers answer
    // directly: every check that needs either is red at once, named the proxy's. The checks that
    // are themselves probes through the proxy go red on what they measure.
    red: [
      "pdv.page-reachable",
      "step6.test1.proxy-200",
      "routing.http-deterministic",
      ...TEST2,
      "step7.haproxy.no-5xx",
      "pdv.haproxy-logs-clean",
      ...SERVICE_LOGS,
    ],
    // HTTP/2 is negotiated (ALPN), and the same test then expects the 200.
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: [...CONFIG, ...REVIEW, "step6.test1.static-200", "pdv.no-ssl-errors", ...except(SERVICES, ...SERVICE_LOGS)],
  },
  {
    ...haproxy("no-upgrade-acl"),
    kind: "haproxy",
    // Observed: over HTTP/2 the static server's 200 to the upgrade is relayed as the 200 that
    // accepts an extended CONNECT (RFC 8441), so the page shows "Connected!" and then drops:
    // the original HAL symptom. The preflight's HTTP/1.1 upgrade (how production, without
    // `alpn h2`, connects) gets the static server's 200 instead of a 101: the Test 2 items that
    // need the WebSocket are red at once, named the proxy's; "Connecting..." shares their test.
    red: ["step3.review.upgrade-routed", "troubleshooting.acls-match", ...TEST2_CONNECTED, "step6.test2.browsers"],
    collateral: ["step6.test2.connecting"],
    layer: "proxy",
    // No upgrade rule left for the browser review to judge: upgrade-routed reports it.
    green: [...CONFIG, ...except(REVIEW, "step3.review.upgrade-routed", "troubleshooting.acls-match"), ...TEST1],
  },
  {
    ...haproxy("firefox-only-break"),
    kind: "specificity",
    // HAL_SYSTEM.md says this whole-value ACL fails Firefox. Measured on HAProxy 2.6.12: it does
    // not. hdr() compares each comma-separated value, and the HTTP/1 parser drops `keep-alive`
    // from Connection before any ACL runs. A check turning red here would be a false red.
    red: [],
    layer: "n/a",
    green: [...CONFIG, ...REVIEW, ...TEST2, "step6.test2.browsers"],
  },
  {
    ...haproxy("connection-acl-case-sensitive"),
    kind: "haproxy",
    // The config that works only for Chromium: its page opens the WebSocket over HTTP/2, where
    // HAProxy writes `connection: upgrade` itself; every HTTP/1.1 upgrade (Safari always, Firefox
    // and Chromium without h2) sends `Upgrade` and is answered by the static server.
    red: ["step6.test2.browsers", "step3.review.upgrade-any-browser"],
    layer: "proxy",
    green: [...CONFIG, ...except(REVIEW, "step3.review.upgrade-any-browser"), ...TEST2, ...TEST1],
  },
  {
    ...haproxy("gateway-backup"),
    kind: "specificity",
    // Observed on HAProxy 2.6: `use-server` selects a server whatever its backup flag, so the
    // upgrade still reaches the gateway. Harmless here: every check must stay green.
    red: [],
    layer: "n/a",
    green: [...TEST1, ...TEST2, ...LOGS],
    unverified: NO_MESSAGE_LINES,
  },
  {
    ...gateway("gateway-down"),
    kind: "haproxy",
    // The page would still show "Connected!" (HAProxy accepts the HTTP/2 extended CONNECT) and
    // then drop; the preflight's WebSocket fails and the gateway refuses it directly too, so
    // every item that needs the socket is red at once, named the gateway's: Test 2 and 3, and
    // the service-log check, which proves its log source with a session through the proxy.
    red: ["step5.ports-listening", "pdv.ports-listening", "pdv.gateway-running", ...TEST2_CONNECTED, ...TEST3, ...SERVICE_LOGS],
    collateral: ["step6.test2.connecting"],
    layer: "gateway",
    green: [...TEST1, "pdv.http-server-running"],
    // No gateway, no gateway log to read its start line from.
    unverified: ["step5.gateway-start-line"],
  },
  {
    ...haproxy("round-robin-onto-gateway"),
    kind: "haproxy",
    // The preflight's page loads land on the gateway (426) every other request: the page-driven
    // checks are red at once, named the proxy's, and the request stream across a reload with them.
    red: ["step3.review.plain-not-to-gateway", "routing.http-deterministic", "step3.reload.http-no-failures", ...TEST2],
    layer: "proxy",
    green: [...CONFIG, ...except(REVIEW, "step3.review.plain-not-to-gateway")],
  },
  {
    ...haproxy("host-acl-shadowing"),
    kind: "haproxy",
    // Observed like no-upgrade-acl: the legacy backend's 200 to the upgrade reads as an accepted
    // extended CONNECT, so the page shows "Connected!" and drops at once; the preflight's
    // HTTP/1.1 upgrade gets that 200 instead of a 101, and blocks the Test 2 items that need it.
    red: ["step3.review.host-acl-shadowing", ...TEST2_CONNECTED, "step6.test2.browsers"],
    collateral: ["step6.test2.connecting"],
    layer: "proxy",
    green: [...CONFIG, ...except(REVIEW, "step3.review.host-acl-shadowing"), ...TEST1],
  },
  {
    ...haproxy("no-timeout-tunnel"),
    kind: "haproxy",
    // The gateway's 20 s pings keep idle sockets up, so only the review sees it.
    red: ["step3.review.tunnel-timeout"],
    layer: "n/a",
    green: [...CONFIG, ...except(REVIEW, "step3.review.tunnel-timeout")],
  },
  {
    ...haproxy("no-timeout-tunnel-short-idle"),
    kind: "specificity",
    // Observed: with client/server timeouts of 5 s and no `timeout tunnel`, the page survives
    // 15 s idle gaps: its microphone stream (audio_stream frames) keeps the tunnel busy. Only the
    // review sees this fault; the soak must not fail (its long items stay skip: partial).
    red: ["step3.review.tunnel-timeout"],
    layer: "n/a",
    green: [...CONFIG, ...except(REVIEW, "step3.review.tunnel-timeout")],
    unverified: SOAK,
  },
  {
    ...haproxy("short-timeout-tunnel"),
    kind: "haproxy",
    red: ["step3.review.tunnel-timeout"],
    layer: "n/a",
    green: [...CONFIG, ...except(REVIEW, "step3.review.tunnel-timeout")],
  },
  {
    ...haproxy("contradicting-options"),
    kind: "haproxy",
    red: ["step3.review.no-contradictions"],
    layer: "n/a",
    green: [...CONFIG, ...except(REVIEW, "step3.review.no-contradictions")],
  },
  {
    ...haproxy("ignored-backend-timeout"),
    kind: "haproxy",
    red: ["step3.review.no-ignored-timeouts", "step3.review.tunnel-timeout"],
    layer: "n/a",
    green: [...CONFIG, ...except(REVIEW, "step3.review.no-ignored-timeouts", "step3.review.tunnel-timeout")],
  },
  {
    ...haproxy("h2-to-gateway"),
    kind: "haproxy",
    red: [...TEST2_CONNECTED, "step6.test2.browsers"],
    collateral: ["step6.test2.connecting"],
    layer: "proxy",
    green: [...CONFIG, ...REVIEW, ...TEST1],
  },
  {
    ...haproxy("no-alpn-h2"),
    kind: "haproxy",
    // Only the HTTP/2 expectation fails; everything else stays green. Without h2 every browser
    // upgrades over HTTP/1.1: the browser check reports HTTP/2 as not offered, not as failed.
    red: ["step3.review.alpn-h2", "step6.test1.http2"],
    layer: "proxy",
    green: [
      ...CONFIG,
      ...except(REVIEW, "step3.review.alpn-h2"),
      ...TEST2,
      "step6.test2.browsers",
      ...except(TEST1, "step6.test1.http2"),
      ...TEST3,
    ],
  },
  {
    ...haproxy("hard-stop-after-30s"),
    kind: "haproxy",
    // A socket that looks fine 3 s after the reload is cut at 30 s: only a watch past the bound sees it.
    red: ["step3.reload.websocket-survives"],
    layer: "proxy",
    green: except(RELOAD, "step3.reload.websocket-survives"),
  },
  {
    ...haproxy("fails-on-reload"),
    kind: "haproxy",
    // The rollback's reload fails too: restoring never turns green, so it is never done in a minute.
    red: [
      "step3.reload.still-running",
      "pdv.haproxy-reloaded",
      "pdv.haproxy-running",
      "rollback.restore-green",
      "troubleshooting.syntax-error",
      "rollback.timing",
    ],
    // Every reload test first asserts that the reload itself succeeded: with a failing reload
    // they all go red, rightly.
    collateral: except(RELOAD, "step3.reload.still-running", "pdv.haproxy-reloaded", "pdv.haproxy-running"),
    layer: "proxy",
    green: ["rollback.backup", "rollback.broken-rejected"],
  },
  {
    ...haproxy("http-server-close"),
    kind: "specificity",
    // HAProxy 2.6 still tunnels upgraded streams: harmless, everything stays green.
    red: [],
    layer: "n/a",
    green: [...CONFIG, ...REVIEW, "step3.reload.websocket-survives", ...TEST2, ...TEST1, ...TEST3],
  },

  {
    ...haproxy("gateway-httpchk"),
    kind: "haproxy",
    // The health check GETs / from the gateway, gets 426 and marks it DOWN: use-server skips a
    // DOWN server, so upgrades fall through to the static server, as with no upgrade rule at all:
    // the page's WebSocket fails in the preflight, and the checks that need it are red at once.
    red: [...TEST2_CONNECTED, "step6.test2.browsers"],
    collateral: ["step6.test2.connecting"],
    layer: "proxy",
    green: [...CONFIG, ...TEST1, "pdv.gateway-running"],
  },
  {
    ...haproxy("no-check"),
    variant: { ...haproxy("no-check").variant, gatewayDown: true },
    description: "no `check` on the server lines, and the gateway gone: HAProxy keeps sending upgrades to a closed port (503)",
    kind: "haproxy",
    red: [...TEST2_CONNECTED, "pdv.gateway-running", "step5.ports-listening", "pdv.ports-listening"],
    collateral: ["step6.test2.connecting"],
    layer: "gateway",
    green: [...TEST1, "pdv.http-server-running"],
  },
  {
    ...haproxy("weights-reversed"),
    kind: "haproxy",
    // Every plain request goes to the gateway, which answers 426: no page at all.
    red: ["step3.review.plain-not-to-gateway", "step6.test1.proxy-200", "pdv.page-reachable", "routing.http-deterministic"],
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: [...CONFIG, "step6.test1.static-200", "pdv.no-ssl-errors"],
  },
  {
    ...haproxy("h2-upgrade-unmatched"),
    kind: "haproxy",
    // The HTTP/1.1 upgrade works; Chromium's HTTP/2 one, the page's own path, lands on the static
    // server: the preflight's page-path WebSocket fails, and the checks that need it are red at once.
    red: [...TEST2_CONNECTED, "step6.test2.browsers", "step7.haproxy.ws-routed", "troubleshooting.routing-logs"],
    collateral: ["step6.test2.connecting", "step7.haproxy.http-routed"],
    layer: "proxy",
    green: [...TEST1],
  },
  {
    ...haproxy("separate-static-backend"),
    kind: "haproxy",
    red: ["step7.haproxy.http-routed"],
    layer: "proxy",
    green: [...TEST1, "step7.haproxy.ws-routed", "step6.test2.not-disconnected"],
  },
  {
    ...haproxy("check-skips-routing"),
    kind: "haproxy",
    // The drill's broken rule hides in the block `haproxy -c` skips: the check cannot reject it.
    red: ["rollback.broken-rejected"],
    layer: "proxy",
    green: ["step3.config-valid", "rollback.backup", "rollback.restore-green", "troubleshooting.syntax-error", "rollback.timing"],
  },
  {
    ...haproxy("stale-server-down"),
    kind: "haproxy",
    // HAProxy reports a server DOWN in its own log, in production's syslog form: the log items read it.
    red: ["pdv.haproxy-logs-clean"],
    layer: "proxy",
    green: [...TEST1, "step7.haproxy.no-5xx", "step7.haproxy.ws-routed", "step7.haproxy.http-routed"],
  },
  {
    ...haproxy("short-tunnel-10s"),
    variant: { ...haproxy("short-tunnel-10s").variant, pageGeneration: "classic" },
    kind: "haproxy",
    // The classic page streams no audio: between messages its socket is idle but for the
    // gateway's pings every 20 s, and the tunnel is cut after 10 s. The soak's idle gaps see it.
    red: ["step3.review.tunnel-timeout", "step6.test5.stable-5min", "pdv.stable-10min", "success.stable-1h"],
    layer: "proxy",
    green: [],
    unverified: ["success.no-log-errors-1h"],
  },
  {
    name: "broken-config-deployed",
    kind: "haproxy",
    description:
      "a config with a typo in an ACL name copied over the running one: `haproxy -c` rejects it, so it must not be reloaded (Step 3: DO NOT PROCEED)",
    variant: { configAfterStart: BROKEN_DEPLOYED_CONFIG },
    red: ["step3.config-valid", "pdv.haproxy-updated", "rollback.backup", "rollback.restore-green", "troubleshooting.syntax-error"],
    collateral: ["rollback.timing", ...RELOAD],
    layer: "proxy",
    green: ["rollback.broken-rejected"],
  },
  {
    name: "history-only-errors",
    kind: "specificity",
    description:
      "the logs already hold the restart's DOWN notice, 503 and traceback from before the run: history, shown as context, never counted",
    variant: { logHistory: restartHistory() },
    red: [],
    layer: "n/a",
    green: [...except(LOGS, "step7.browser.ws-open", "pdv.no-console-errors"), ...SERVICE_LOGS, "step5.gateway-start-line"],
    unverified: NO_MESSAGE_LINES,
  },

  // ── Gateway ──────────────────────────────────────────────────────────────────────────────
  {
    ...gateway("gateway-slow"),
    kind: "gateway",
    red: ["step6.test3.reply-3s", ...LATENCY],
    // Test 3's other items share its test; the conversations judged on their answers are
    // blocked by the preflight's late answer (dependencies.ts, rule 5), at once.
    collateral: [...except(TEST3, "step6.test3.reply-3s"), ...ON_ANSWERS, "pdv.status-connected"],
    layer: "gateway",
    // The checks of connections and the rollback drill wait out a late answer: they connect.
    // (So does the reload watch: left out for its 60 s, checked by a full run with this fault.)
    green: ["step6.test2.browsers", "routing.ws-deterministic", "step6.test2.connected-3s", ...ROLLBACK],
  },
  {
    ...gateway("gateway-answer-limit"),
    kind: "gateway",
    red: ["step6.test4.all-answered", "pdv.ten-messages"],
    collateral: ["step6.test4.no-errors", "pdv.text-input", "pdv.status-connected"],
    layer: "gateway",
    green: [...TEST3, "success.three-conversations"],
  },
  {
    ...gateway("gateway-oversized"),
    kind: "gateway",
    red: ["pdv.messages-small"],
    layer: "gateway",
    green: [...TEST3, ...LATENCY],
  },
  {
    ...gateway("gateway-crash-on-joke"),
    kind: "gateway",
    red: ["step6.test4.all-answered"],
    collateral: ["step6.test4.no-errors"],
    layer: "gateway",
    green: [],
  },
  {
    ...gateway("gateway-upgrade-503"),
    kind: "gateway",
    // The preflight's WebSocket gets the 503, directly too: everything that needs the socket is
    // red at once, named the gateway's, the service-log check (a session proves its source) with it.
    red: ["pdv.gateway-running", ...TEST2_CONNECTED, ...SERVICE_LOGS],
    collateral: ["step6.test2.connecting", "step5.ports-listening"],
    layer: "gateway",
    green: ["pdv.ports-listening", "pdv.http-server-running", "step5.gateway-start-line"],
  },
  {
    ...gateway("gateway-4s"),
    kind: "specificity",
    red: ["step6.test3.reply-3s"],
    layer: "gateway",
    green: [...LATENCY, ...except(TEST3, "step6.test3.reply-3s")],
  },
  {
    ...gateway("gateway-pad-6kb"),
    kind: "specificity",
    red: [],
    layer: "n/a",
    green: ["pdv.messages-small"],
  },

  {
    ...gateway("gateway-shared-session"),
    kind: "gateway",
    red: ["success.three-conversations"],
    layer: "gateway",
    green: ["step7.gateway.client-connected"],
  },
  {
    ...gateway("gateway-no-session-id"),
    kind: "gateway",
    // The page echoes no id and the log line cannot be matched to the page's session either.
    red: ["success.three-conversations", "step7.gateway.client-connected"],
    layer: "gateway",
    green: [],
  },
  {
    ...gateway("gateway-broadcast-replies"),
    kind: "gateway",
    // One person at a time sees nothing wrong: only conversations at the same time do.
    red: ["success.three-conversations"],
    layer: "gateway",
    green: ["pdv.ten-messages", "pdv.text-input", "pdv.status-connected"],
  },

  {
    ...gateway("gateway-slow-handshake"),
    kind: "gateway",
    red: ["step6.test2.connected-3s"],
    layer: "gateway",
    green: [],
  },
  {
    ...gateway("gateway-slow-connected"),
    kind: "gateway",
    // The page shows "Connected!" when the socket opens; the gateway reads nothing before its
    // late `connected`, so the first answer misses the 3 s budget.
    red: ["step6.test3.reply-3s"],
    layer: "gateway",
    green: ["step6.test2.connected-3s"],
  },
  {
    ...gateway("gateway-fails-every-3rd"),
    kind: "gateway",
    red: ["routing.ws-deterministic"],
    layer: "gateway",
    green: ["routing.http-deterministic"],
  },
  {
    ...gateway("gateway-session-traceback"),
    kind: "gateway",
    red: ["step7.gateway.no-exceptions", ...SERVICE_LOGS, "success.no-log-errors-1h"],
    layer: "gateway",
    green: ["step7.gateway.client-connected", ...TEST4],
    // The soak's connection holds; the short soak leaves its long items unverified.
    unverified: except(SOAK, "success.no-log-errors-1h"),
  },
  {
    ...gateway("gateway-partial-message-log"),
    kind: "gateway",
    red: ["step7.gateway.handle-message"],
    layer: "gateway",
    green: ["step7.gateway.client-connected", "step7.gateway.no-exceptions"],
  },
  {
    ...gateway("gateway-no-start-line"),
    kind: "gateway",
    red: ["step5.gateway-start-line"],
    layer: "gateway",
    green: ["step7.gateway.client-connected", ...SERVICE_LOGS],
  },
  {
    ...gateway("static-down"),
    kind: "gateway",
    red: [
      "step6.test1.static-200",
      "pdv.http-server-running",
      "step6.test1.proxy-200",
      "pdv.page-reachable",
      "step5.ports-listening",
      "pdv.ports-listening",
    ],
    collateral: ["step6.test1.http2"],
    layer: "page",
    green: ["pdv.gateway-running", "pdv.no-ssl-errors"],
  },
  {
    ...gateway("static-503"),
    kind: "gateway",
    red: ["step6.test1.static-200", "pdv.http-server-running", "step6.test1.proxy-200", "pdv.page-reachable", "troubleshooting.bypass"],
    collateral: ["step6.test1.http2"],
    layer: "page",
    green: ["pdv.gateway-running", "pdv.no-ssl-errors", "step5.ports-listening", "pdv.ports-listening"],
  },
  {
    ...gateway("static-503-favicon"),
    kind: "gateway",
    // The page works; HAProxy logs a 503 for /favicon.ico at every load (in syslog form on the
    // reference stack, as in production), and Chromium reports the failed favicon in the console.
    red: ["step7.haproxy.no-5xx", "pdv.no-console-errors"],
    collateral: ["step7.browser.ws-open"],
    layer: "page",
    green: [...TEST1, "pdv.haproxy-logs-clean", "step7.haproxy.http-routed"],
  },

  // ── Page ─────────────────────────────────────────────────────────────────────────────────
  {
    name: "page-console-error",
    kind: "page",
    description: "the page logs a console error on every load; the WebSocket works",
    variant: {},
    page: "console-error",
    red: ["pdv.no-console-errors", "step6.test4.no-errors"],
    collateral: ["step7.browser.ws-open", "step6.test4.all-answered"],
    layer: "page",
    green: [...TEST2, ...except(LOGS, "step7.browser.ws-open", "pdv.no-console-errors")],
    unverified: NO_MESSAGE_LINES,
  },
  {
    name: "page-reconnect-loop",
    kind: "page",
    description: "the page drops its socket a second after connecting and reconnects: the connect/disconnect loop",
    variant: {},
    page: "reconnect-loop",
    red: ["step6.test2.not-disconnected", "step7.browser.ws-open", "pdv.status-connected"],
    // Messages typed while the socket is down are lost: whether the conversation hits a drop depends on timing.
    collateral: ["pdv.no-console-errors", "pdv.text-input", "pdv.ten-messages"],
    layer: "page",
    green: [...except(TEST2, "step6.test2.not-disconnected"), ...except(LOGS, "step7.browser.ws-open", "pdv.no-console-errors")],
    unverified: NO_MESSAGE_LINES,
  },
  {
    name: "page-slow-render",
    kind: "page",
    description: "the page blocks its main thread for 700 ms whenever a reply arrives: the UI lags, the answers still come",
    variant: {},
    page: "slow-render",
    red: ["pdv.no-ui-lag"],
    layer: "page",
    green: [],
  },
  {
    name: "page-no-client-script",
    kind: "page",
    description: "index.html is served but client.js is missing (404): the page never connects",
    variant: {},
    page: "no-client-script",
    // A page is reachable when all of it loads: client.js answers 404, through the proxy and from
    // the static server, so reachability is red (the page's layer) and the preflight blocks Test 2.
    red: ["pdv.page-reachable", ...TEST2],
    layer: "page",
    green: [...TEST1, "pdv.no-ssl-errors"],
  },
  {
    name: "page-rows-carry-colour",
    kind: "specificity",
    description: "a healthy build whose rows are themselves the coloured bubbles (no .message-content): it looks the same and must pass",
    variant: {},
    page: "rows-carry-colour",
    red: [],
    layer: "n/a",
    green: [...TEST2, ...TEST3, ...TEST4],
  },
  {
    name: "page-extra-wrapper",
    kind: "specificity",
    description: "a healthy build with one more wrapper div between each row and its bubble: it looks the same and must pass",
    variant: {},
    page: "extra-wrapper",
    red: [],
    layer: "n/a",
    green: [...TEST2, ...TEST3, ...TEST4],
  },

  {
    name: "page-user-bubble-left",
    kind: "page",
    description: "a classic build whose user bubbles sit on the left: your message does not appear on the right",
    variant: {},
    page: "user-bubble-left",
    red: ["step6.test3.user-bubble"],
    // One test checks both bubbles and the way of sending: it fails as a whole.
    collateral: ["step6.test3.hal-bubble", "step6.test3.send-enter", "step6.test3.send-button"],
    layer: "page",
    green: ["step6.test3.reply-3s"],
  },
  {
    name: "page-user-bubble-grey",
    kind: "page",
    description: "a current build whose user bubbles are grey: your message is not on a blue bubble",
    variant: {},
    page: "user-bubble-grey",
    red: ["step6.test3.user-bubble"],
    collateral: ["step6.test3.hal-bubble", "step6.test3.send-enter", "step6.test3.send-button"],
    layer: "page",
    green: ["step6.test3.reply-3s"],
  },

  {
    name: "page-input-not-sent",
    kind: "page",
    description: "a build whose send handler reads the wrong field: nothing typed is ever sent",
    variant: {},
    page: "input-not-sent",
    red: ["pdv.text-input", "pdv.ten-messages", "step6.test3.send-enter", "step6.test3.send-button"],
    // No message of yours, so no bubble of yours and no reply to place either.
    collateral: ["step6.test3.reply-3s", "step6.test3.user-bubble", "step6.test3.hal-bubble"],
    layer: "page",
    green: ["pdv.status-connected", ...TEST2],
  },
  {
    name: "page-other-site",
    kind: "page",
    description: "hal2_http points at a server that serves another site (Apache's default page): 200, but no HAL",
    variant: {},
    page: "other-site",
    red: ["pdv.page-reachable", "step6.test2.connecting", ...except(TEST2_CONNECTED, "step6.test2.no-ws-errors")],
    layer: "page",
    // No WebSocket at all: none to report errors about.
    green: [...TEST1, "pdv.no-ssl-errors", "step6.test2.no-ws-errors"],
  },

  // ── Certificate ──────────────────────────────────────────────────────────────────────────
  {
    ...certificate("cert-wrong-name"),
    kind: "certificate",
    red: ["pdv.no-ssl-errors", "pdv.page-reachable", "step6.test1.proxy-200"],
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: ["step6.test1.static-200"],
  },
  {
    ...certificate("cert-expired"),
    kind: "certificate",
    red: ["pdv.no-ssl-errors", "pdv.page-reachable", "step6.test1.proxy-200"],
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: ["step6.test1.static-200"],
  },
];

export const CATALOGUE_BY_NAME = new Map(CATALOGUE.map((f) => [f.name, f]));
export const FAULT_NAMES: readonly string[] = CATALOGUE.map((f) => f.name);
