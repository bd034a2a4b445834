/**
 * HAProxy faults in timeouts and options: the tunnel timeout missing, short, misplaced or cut
 * below the page's idle gaps, and options that contradict each other. Most only the static
 * review can see; the soak sees a tunnel cut between messages.
 */
import { defineFaults } from "./define.ts";
import { CONFIG, except, REVIEW, SOAK, TEST1, TEST2, TEST3 } from "./groups.ts";
import { BACKEND, BIND_ALPN, DEFAULT_BACKEND, DEFAULTS_TIMEOUTS, HTTPLOG, TUNNEL, TUNNEL_1H } from "./haproxy-template.ts";
import { insertAfter, remove, replace } from "./patch.ts";

const TUNNEL_REVIEWED = {
  red: ["step3.review.tunnel-timeout"],
  green: [...CONFIG, ...except(REVIEW, "step3.review.tunnel-timeout")],
} as const;

export const HAPROXY_TIMEOUT_FAULTS = defineFaults("haproxy", {
  "no-timeout-tunnel": {
    description: "no `timeout tunnel`: idle WebSockets fall back to timeout client/server (30 s)",
    variant: { haproxyPatches: [remove(TUNNEL)] },
    // The gateway's 20 s pings keep idle sockets up, so only the review sees it.
    ...TUNNEL_REVIEWED,
    layer: "n/a",
  },
  "no-timeout-tunnel-short-idle": {
    description: "no `timeout tunnel` and client/server timeouts of 5 s, below the gateway's 20 s pings",
    variant: { haproxyPatches: [remove(TUNNEL), replace(DEFAULTS_TIMEOUTS, "    timeout client 5s\n    timeout server 5s\n")] },
    // Observed: with client/server timeouts of 5 s and no `timeout tunnel`, the page survives
    // 15 s idle gaps: its microphone stream (audio_stream frames) keeps the tunnel busy. Only the
    // review sees this fault; the soak must not fail (its long items stay skip: partial).
    specificity: true,
    ...TUNNEL_REVIEWED,
    layer: "n/a",
    unverified: SOAK,
  },
  "short-timeout-tunnel": {
    description: "`timeout tunnel 10m`: shorter than the 1 h soak, longer than the gateway's 20 s pings",
    variant: { haproxyPatches: [replace(TUNNEL_1H, "    timeout tunnel 10m\n")] },
    ...TUNNEL_REVIEWED,
    layer: "n/a",
  },
  "short-tunnel-10s": {
    description: "`timeout tunnel 10s`: an idle WebSocket (no audio, the gateway's pings every 20 s) is cut after 10 s",
    // The classic page streams no audio: between messages its socket is idle but for the
    // gateway's pings every 20 s, and the tunnel is cut after 10 s. The soak's idle gaps see it.
    variant: { haproxyPatches: [replace(TUNNEL_1H, "    timeout tunnel 10s\n")], pageGeneration: "classic" },
    red: ["step3.review.tunnel-timeout", "step6.test5.stable-5min", "pdv.stable-10min", "success.stable-1h"],
    layer: "proxy",
    green: [],
    unverified: ["success.no-log-errors-1h"],
  },
  "ignored-backend-timeout": {
    description: "`timeout client 1h` in the backend and `timeout tunnel` only in the frontend: HAProxy ignores both",
    variant: {
      haproxyPatches: [
        remove(TUNNEL),
        insertAfter(BIND_ALPN, "    timeout tunnel 1h\n"),
        insertAfter(DEFAULT_BACKEND, "    timeout client 1h\n"),
        insertAfter(BACKEND, "    timeout client 1h\n"),
      ],
    },
    red: ["step3.review.no-ignored-timeouts", "step3.review.tunnel-timeout"],
    layer: "n/a",
    green: [...CONFIG, ...except(REVIEW, "step3.review.no-ignored-timeouts", "step3.review.tunnel-timeout")],
  },
  "contradicting-options": {
    description: "`option http-server-close` and `option http-keep-alive` in one section (as in production)",
    variant: { haproxyPatches: [insertAfter(HTTPLOG, "    option http-server-close\n    option http-keep-alive\n")] },
    red: ["step3.review.no-contradictions"],
    layer: "n/a",
    green: [...CONFIG, ...except(REVIEW, "step3.review.no-contradictions")],
  },
  "http-server-close": {
    description: "`option http-server-close` in defaults, without its contradicting keep-alive",
    variant: { haproxyPatches: [insertAfter(HTTPLOG, "    option http-server-close\n")] },
    // HAProxy 2.6 still tunnels upgraded streams: harmless, everything stays green.
    specificity: true,
    red: [],
    layer: "n/a",
    green: [...CONFIG, ...REVIEW, "step3.reload.websocket-survives", ...TEST2, ...TEST1, ...TEST3],
  },
});
