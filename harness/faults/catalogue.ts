/**
 * The catalogue of seeded faults the suite must catch (issue 4). Each entry is a named variant
 * of the reference stack, the checklist items that must turn red against it, the layer the
 * bypass diagnosis must name, and what must stay green. `npm run selftest` runs each entry's
 * specs against its variant (HAL_FAULT=<name>) and judges the verdicts (harness/faults/judge.ts).
 *
 * Green is strict: besides the explicit `green` items (which must pass), no other item the
 * entry's specs check may fail — a fault turning red more than it states is a false red.
 * `collateral` lists the items that fail only because they share a test with a red item (the
 * verdict is per test), so they are named rather than silently tolerated.
 */
import { CONFIG_FAULTS } from "../../reference-impl/haproxy/faults/index.ts";
import { REFERENCE_IMPL } from "../paths.ts";
import type { Layer } from "../probes/diagnose.ts";
import type { StackVariant } from "../stack/types.ts";

export type ExpectedLayer = Layer | "n/a";
export type FaultKind = "healthy" | "haproxy" | "gateway" | "page" | "certificate" | "specificity";

export interface FaultCase {
  name: string;
  kind: FaultKind;
  description: string;
  variant: StackVariant;
  /** A page build from harness/faults/page.ts (a patch of one generation), served instead of the reference page. */
  page?: string;
  /** Checklist ids that must be red (fail). */
  red: string[];
  /** The layer the diagnosis of the red through-proxy checks must name; n/a: only config-review items go red. */
  layer: ExpectedLayer;
  /** Checklist ids that must pass. Every other item the specs check must not fail either. */
  green: string[];
  /** Items that fail only because a red item's test checks them too (verdicts are per test). */
  collateral?: string[];
  /** Spec files (repo-relative) that judge this fault; the self-test runs only these. */
  specs: string[];
  /** Playwright --grep, to run part of a spec file. */
  grep?: string;
}

const SPEC = {
  http: "tests/connectivity/http.spec.ts",
  tls: "tests/connectivity/tls.spec.ts",
  status: "tests/connection/status.spec.ts",
  text: "tests/messaging/text-input.spec.ts",
  five: "tests/messaging/multiple-messages.spec.ts",
  services: "tests/services/services.spec.ts",
  logs: "tests/logs/step7.spec.ts",
  routing: "tests/routing/determinism.spec.ts",
  review: "tests/config/haproxy-config.spec.ts",
  reload: "tests/config/reload.spec.ts",
  rollback: "tests/rollback/drill.spec.ts",
  functionality: "tests/post-deploy/functionality.spec.ts",
  performance: "tests/post-deploy/performance.spec.ts",
  soak: "tests/stability/soak.spec.ts",
} as const;

/** Every Step 6 Test 2 item: the page's connection as the status and console show it. */
const TEST2 = [
  "step6.test2.connecting",
  "step6.test2.connected-3s",
  "step6.test2.not-disconnected",
  "step6.test2.console-ok",
  "step6.test2.no-ws-errors",
];
const TEST3 = [
  "step6.test3.send-enter",
  "step6.test3.send-button",
  "step6.test3.user-bubble",
  "step6.test3.hal-bubble",
  "step6.test3.reply-3s",
];
const TEST1 = ["step6.test1.static-200", "step6.test1.proxy-200", "step6.test1.http2"];
const REVIEW = [
  "step3.config-valid",
  "step3.review.upgrade-routed",
  "step3.review.plain-not-to-gateway",
  "step3.review.tunnel-timeout",
  "step3.review.alpn-h2",
  "step3.review.no-contradictions",
  "step3.review.no-ignored-timeouts",
  "step3.review.host-acl-shadowing",
];
const reviewOnly = (rules: string[]) => REVIEW.filter((id) => !rules.includes(id));

const DAY = 24 * 3600_000;

const haproxyFault = (name: string): StackVariant => ({ haproxyTemplate: `${REFERENCE_IMPL}haproxy/faults/${name}.cfg.tmpl` });
const config = (name: keyof typeof CONFIG_FAULTS) => CONFIG_FAULTS[name]?.variant ?? {};

export const CATALOGUE: FaultCase[] = [
  {
    name: "healthy",
    kind: "healthy",
    description: "the reference stack as shipped: every check it runs must pass",
    variant: {},
    red: [],
    layer: "n/a",
    green: [],
    specs: Object.values(SPEC).filter((s) => s !== SPEC.soak),
  },

  // ── HAProxy configuration ────────────────────────────────────────────────────────────────
  {
    name: "no-upgrade-acl",
    kind: "haproxy",
    // Observed: over HTTP/2 the static server's 200 to the upgrade is relayed as the 200 that
    // accepts an extended CONNECT (RFC 8441), so the page shows "Connected!" and then drops:
    // the original HAL symptom. Only not-disconnected (and the review) can see it.
    description: "the use-server rule for upgrades is missing: upgrades go to the static server; the page connects, then drops",
    variant: haproxyFault("no-upgrade-acl"),
    red: ["step3.review.upgrade-routed", "troubleshooting.acls-match", "step6.test2.not-disconnected"],
    layer: "proxy",
    green: [...TEST1, ...reviewOnly(["step3.review.upgrade-routed"])],
    specs: [SPEC.http, SPEC.review, SPEC.status],
  },
  {
    name: "gateway-backup",
    kind: "specificity",
    // Observed on HAProxy 2.6: `use-server` selects a server whatever its backup flag, so the
    // upgrade still reaches the gateway. Harmless here: every check must stay green.
    description: "the gateway server is marked `backup`: on HAProxy 2.6 `use-server` still reaches it, so it is harmless",
    variant: haproxyFault("gateway-backup"),
    red: [],
    layer: "n/a",
    green: [...TEST1, ...TEST2, "step7.haproxy.ws-routed", "step7.haproxy.http-routed"],
    specs: [SPEC.http, SPEC.status, SPEC.logs],
  },
  {
    name: "gateway-down",
    kind: "haproxy",
    // Observed: the page still shows "Connected!" (HAProxy accepts the HTTP/2 extended CONNECT)
    // and then drops, so connected-3s passes; not-disconnected and the services checks go red.
    description: "the gateway is not running: HAProxy points at a closed port",
    variant: { gatewayDown: true },
    red: ["step5.ports-listening", "pdv.ports-listening", "pdv.gateway-running", "step6.test2.not-disconnected", "step6.test3.reply-3s"],
    collateral: TEST3.filter((id) => id !== "step6.test3.reply-3s"),
    layer: "gateway",
    green: ["pdv.http-server-running", ...TEST1],
    specs: [SPEC.http, SPEC.services, SPEC.status, SPEC.text],
  },
  {
    name: "round-robin-onto-gateway",
    kind: "haproxy",
    description: "the gateway server has no `weight 0`: plain requests are balanced round-robin onto the WebSocket port",
    variant: config("round-robin-onto-gateway"),
    red: ["step3.review.plain-not-to-gateway", "routing.http-deterministic", "step3.reload.http-no-failures"],
    layer: "proxy",
    green: reviewOnly(["step3.review.plain-not-to-gateway"]),
    specs: [SPEC.review, SPEC.routing, SPEC.reload],
    grep: "configuration|review|Routing|stream of page requests",
  },
  {
    name: "host-acl-shadowing",
    kind: "haproxy",
    // Observed like no-upgrade-acl: the legacy backend's 200 to the upgrade reads as an accepted
    // extended CONNECT, so the page shows "Connected!" and drops at once.
    description: "an earlier host rule sends the site to a legacy backend: pages load, the page connects and drops",
    variant: config("host-acl-shadowing"),
    red: ["step3.review.host-acl-shadowing", "step6.test2.not-disconnected"],
    layer: "proxy",
    green: [...TEST1, ...reviewOnly(["step3.review.host-acl-shadowing"])],
    specs: [SPEC.http, SPEC.review, SPEC.status],
  },
  {
    name: "no-timeout-tunnel",
    kind: "haproxy",
    description: "no `timeout tunnel` (client/server 30 s): the gateway's 20 s pings keep idle sockets up, so only the review sees it",
    variant: config("no-timeout-tunnel"),
    red: ["step3.review.tunnel-timeout"],
    layer: "n/a",
    green: reviewOnly(["step3.review.tunnel-timeout"]),
    specs: [SPEC.review],
  },
  {
    name: "no-timeout-tunnel-short-idle",
    kind: "specificity",
    // Observed: with client/server timeouts of 5 s and no `timeout tunnel`, the page survives
    // 15 s idle gaps: its microphone stream (audio_stream frames) keeps the tunnel busy. Only the
    // review sees this fault; the soak must not fail (its long items stay skip: partial).
    description:
      "no `timeout tunnel`, client/server timeouts 5 s: the page's audio stream keeps the socket busy, so only the review is red",
    variant: haproxyFault("no-timeout-tunnel-short-idle"),
    red: ["step3.review.tunnel-timeout"],
    layer: "n/a",
    green: reviewOnly(["step3.review.tunnel-timeout"]),
    specs: [SPEC.review, SPEC.soak],
  },
  {
    name: "short-timeout-tunnel",
    kind: "haproxy",
    description: "`timeout tunnel 10m`: shorter than the 1 h soak, longer than the pings: only the review sees it",
    variant: config("short-timeout-tunnel"),
    red: ["step3.review.tunnel-timeout"],
    layer: "n/a",
    green: reviewOnly(["step3.review.tunnel-timeout"]),
    specs: [SPEC.review],
  },
  {
    name: "contradicting-options",
    kind: "haproxy",
    description: "`option http-server-close` and `option http-keep-alive` in one section (as in production)",
    variant: config("contradicting-options"),
    red: ["step3.review.no-contradictions"],
    layer: "n/a",
    green: reviewOnly(["step3.review.no-contradictions"]),
    specs: [SPEC.review],
  },
  {
    name: "ignored-backend-timeout",
    kind: "haproxy",
    description: "`timeout client` in the backend and `timeout tunnel` only in the frontend: both ignored",
    variant: config("ignored-backend-timeout"),
    red: ["step3.review.no-ignored-timeouts", "step3.review.tunnel-timeout"],
    layer: "n/a",
    green: reviewOnly(["step3.review.no-ignored-timeouts", "step3.review.tunnel-timeout"]),
    specs: [SPEC.review],
  },
  {
    name: "h2-to-gateway",
    kind: "haproxy",
    description: "the gateway server line forces HTTP/2 (`proto h2`) to a gateway without RFC 8441",
    variant: haproxyFault("h2-to-gateway"),
    red: ["step6.test2.connected-3s", "step6.test2.console-ok", "step6.test2.not-disconnected"],
    collateral: ["step6.test2.connecting", "step6.test2.no-ws-errors"],
    layer: "proxy",
    green: [...TEST1],
    specs: [SPEC.http, SPEC.review, SPEC.status],
  },
  {
    name: "no-alpn-h2",
    kind: "haproxy",
    description: "the TLS bind line has no `alpn h2`: only the HTTP/2 expectation fails, everything else stays green",
    variant: config("no-alpn-h2"),
    red: ["step3.review.alpn-h2", "step6.test1.http2"],
    layer: "proxy",
    green: ["step6.test1.static-200", "step6.test1.proxy-200", ...TEST2, ...TEST3, ...reviewOnly(["step3.review.alpn-h2"])],
    specs: [SPEC.http, SPEC.review, SPEC.status, SPEC.text],
  },
  {
    name: "short-hard-stop-after",
    kind: "haproxy",
    description: "`hard-stop-after 500ms`: a reload kills the old workers, and the WebSockets they carry, after 0.5 s",
    variant: config("short-hard-stop-after"),
    red: ["step3.reload.websocket-survives"],
    layer: "proxy",
    green: ["step3.reload.http-no-failures", "step3.reload.still-running"],
    specs: [SPEC.reload],
  },
  {
    name: "fails-on-reload",
    kind: "haproxy",
    description: "valid for `haproxy -c` and at start, rejected by the running master on reload",
    variant: config("fails-on-reload"),
    red: ["step3.reload.still-running", "pdv.haproxy-reloaded", "pdv.haproxy-running", "rollback.restore-green"],
    // Every reload test first asserts that the reload itself succeeded: with a failing reload
    // they all go red, rightly.
    collateral: [
      "step3.reload.websocket-survives",
      "step3.reload.http-no-failures",
      "rollback.backup",
      "rollback.broken-rejected",
      "rollback.timing",
      "troubleshooting.syntax-error",
    ],
    layer: "proxy",
    green: [],
    specs: [SPEC.reload, SPEC.rollback],
  },
  {
    name: "http-server-close",
    kind: "specificity",
    description:
      "`option http-server-close` alone: HAProxy 2.6 still tunnels upgraded streams, so it is harmless and everything stays green",
    variant: haproxyFault("http-server-close"),
    red: [],
    layer: "n/a",
    green: [...TEST1, ...TEST2, ...TEST3, ...REVIEW, "step3.reload.websocket-survives"],
    specs: [SPEC.http, SPEC.review, SPEC.status, SPEC.text, SPEC.reload],
    grep: "configuration|review|Test 1|Test 2|Test 3|stays open",
  },

  // ── Gateway ──────────────────────────────────────────────────────────────────────────────
  {
    name: "gateway-slow",
    kind: "gateway",
    description: "the gateway replies after 6 s: over the 5 s budget",
    variant: { gatewayEnv: { HAL_GW_REPLY_DELAY_MS: "6000" } },
    red: ["step6.test3.reply-3s", "pdv.reply-5s", "pdv.response-time", "success.response-times"],
    collateral: TEST3.filter((id) => id !== "step6.test3.reply-3s"),
    layer: "gateway",
    green: [],
    specs: [SPEC.text, SPEC.performance],
    grep: "Test 3|every response arrives",
  },
  {
    name: "gateway-answer-limit",
    kind: "gateway",
    description: "the gateway stops answering after 3 questions per session",
    variant: { gatewayEnv: { HAL_GW_ANSWER_LIMIT: "3" } },
    red: ["step6.test4.all-answered", "pdv.ten-messages"],
    collateral: ["step6.test4.no-errors", "pdv.text-input", "pdv.status-connected"],
    layer: "gateway",
    green: [...TEST3, "success.three-conversations"],
    specs: [SPEC.text, SPEC.five, SPEC.functionality],
  },
  {
    name: "gateway-oversized",
    kind: "gateway",
    description: "every response is padded to 20 KB: messages are not small",
    variant: { gatewayEnv: { HAL_GW_PAD_RESPONSE_BYTES: "20000" } },
    red: ["pdv.messages-small"],
    layer: "gateway",
    green: [...TEST3, "pdv.reply-5s"],
    specs: [SPEC.text, SPEC.performance],
    grep: "Test 3|every response arrives|messages are small",
  },
  {
    name: "gateway-crash-on-joke",
    kind: "gateway",
    description: 'the gateway exits when asked "tell me a joke" (the third of the five Test 4 messages)',
    variant: { gatewayEnv: { HAL_GW_CRASH_ON: "joke" } },
    red: ["step6.test4.all-answered"],
    collateral: ["step6.test4.no-errors"],
    layer: "gateway",
    green: [],
    specs: [SPEC.five],
  },
  {
    name: "gateway-upgrade-503",
    kind: "gateway",
    description: "the gateway answers every upgrade with 503",
    variant: { gatewayEnv: { HAL_GW_REJECT_UPGRADE_STATUS: "503" } },
    red: ["pdv.gateway-running", "step6.test2.connected-3s", "step6.test2.console-ok"],
    collateral: ["step6.test2.connecting", "step6.test2.not-disconnected", "step6.test2.no-ws-errors", "step5.ports-listening"],
    layer: "gateway",
    green: ["pdv.http-server-running", "pdv.ports-listening", "step5.gateway-start-line"],
    specs: [SPEC.services, SPEC.status],
  },
  {
    name: "gateway-4s",
    kind: "specificity",
    description: 'replies take 4 s: within the 5 s budget, over the 3 s budget for "hello"',
    variant: { gatewayEnv: { HAL_GW_REPLY_DELAY_MS: "4000" } },
    red: ["step6.test3.reply-3s"],
    layer: "gateway",
    green: ["pdv.reply-5s", "pdv.response-time", "success.response-times", ...TEST3.filter((id) => id !== "step6.test3.reply-3s")],
    specs: [SPEC.text, SPEC.performance],
    grep: "Test 3|every response arrives",
  },
  {
    name: "gateway-pad-6kb",
    kind: "specificity",
    description: "responses carry 6 KB of text: larger than usual, still under 10 KB: messages-small must pass",
    variant: { gatewayEnv: { HAL_GW_PAD_RESPONSE_BYTES: "6000" } },
    red: [],
    layer: "n/a",
    green: ["pdv.messages-small"],
    specs: [SPEC.performance],
    grep: "messages are small",
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
    green: [...TEST2, "step7.haproxy.ws-routed", "step7.gateway.client-connected"],
    specs: [SPEC.status, SPEC.five, SPEC.logs],
  },
  {
    name: "page-reconnect-loop",
    kind: "page",
    description: "the page drops its socket a second after connecting and reconnects: the connect/disconnect loop",
    variant: {},
    page: "reconnect-loop",
    red: ["step6.test2.not-disconnected", "step7.browser.ws-open"],
    // Messages typed while the socket is down are dropped by the page: the gateway never logs them.
    collateral: ["pdv.no-console-errors", "step7.gateway.handle-message"],
    layer: "page",
    green: ["step6.test2.connecting", "step6.test2.connected-3s", "step6.test2.console-ok"],
    specs: [SPEC.status, SPEC.logs],
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
    specs: [SPEC.performance],
    grep: "no lag in the UI",
  },
  {
    name: "page-no-client-script",
    kind: "page",
    description: "index.html is served but client.js is missing (404): the page never connects",
    variant: {},
    page: "no-client-script",
    red: ["step6.test2.connected-3s", "step6.test2.console-ok"],
    collateral: ["step6.test2.connecting", "step6.test2.not-disconnected", "step6.test2.no-ws-errors"],
    layer: "page",
    green: [...TEST1, "pdv.page-reachable", "pdv.no-ssl-errors"],
    specs: [SPEC.http, SPEC.tls, SPEC.status],
  },
  {
    name: "page-rows-carry-colour",
    kind: "specificity",
    description: "a healthy build whose rows are themselves the coloured bubbles (no .message-content): it looks the same and must pass",
    variant: {},
    page: "rows-carry-colour",
    red: [],
    layer: "n/a",
    green: [...TEST2, ...TEST3, "step6.test4.all-answered", "step6.test4.no-errors"],
    specs: [SPEC.status, SPEC.text, SPEC.five],
  },
  {
    name: "page-extra-wrapper",
    kind: "specificity",
    description: "a healthy build with one more wrapper div between each row and its bubble: it looks the same and must pass",
    variant: {},
    page: "extra-wrapper",
    red: [],
    layer: "n/a",
    green: [...TEST2, ...TEST3, "step6.test4.all-answered", "step6.test4.no-errors"],
    specs: [SPEC.status, SPEC.text, SPEC.five],
  },

  // ── Certificate ──────────────────────────────────────────────────────────────────────────
  {
    name: "cert-wrong-name",
    kind: "certificate",
    description: "the certificate is for another name (hal.example.invalid)",
    variant: { certificate: { names: ["hal.example.invalid"] } },
    red: ["pdv.no-ssl-errors", "pdv.page-reachable", "step6.test1.proxy-200"],
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: ["step6.test1.static-200"],
    specs: [SPEC.http, SPEC.tls],
  },
  {
    name: "cert-expired",
    kind: "certificate",
    description: "the certificate expired yesterday",
    variant: { certificate: { notBefore: new Date(Date.now() - 30 * DAY), notAfter: new Date(Date.now() - DAY) } },
    red: ["pdv.no-ssl-errors", "pdv.page-reachable", "step6.test1.proxy-200"],
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: ["step6.test1.static-200"],
    specs: [SPEC.http, SPEC.tls],
  },
];

export const CATALOGUE_BY_NAME = new Map(CATALOGUE.map((f) => [f.name, f]));
