/**
 * A misbehaving reference static server behind HAProxy (the page's server, production's
 * `python -m http.server`): its typed knobs (reference-impl/static/config.ts), or not running.
 */
import { defineFaults } from "./define.ts";
import { TEST1 } from "./groups.ts";

export const STATIC_FAULTS = defineFaults("static", {
  "static-down": {
    description: "the static server is not running: HAProxy has no server for the page",
    variant: { staticDown: true },
    red: [
      "step6.test1.static-200",
      "pdv.http-server-running",
      "step6.test1.proxy-200",
      "pdv.page-reachable",
      "step5.ports-listening",
      "pdv.ports-listening",
    ],
    // HTTP/2 is negotiated, and its test then expects the 200 too.
    collateral: ["step6.test1.http2"],
    layer: "page",
    green: ["pdv.gateway-running", "pdv.no-ssl-errors"],
  },
  "static-503": {
    description: "the static server answers every request 503 (a maintenance mode left on)",
    variant: { static: { failStatus: 503 } },
    red: ["step6.test1.static-200", "pdv.http-server-running", "step6.test1.proxy-200", "pdv.page-reachable", "troubleshooting.bypass"],
    // HTTP/2 is negotiated, and its test then expects the 200 too.
    collateral: ["step6.test1.http2"],
    layer: "page",
    green: ["pdv.gateway-running", "pdv.no-ssl-errors", "step5.ports-listening", "pdv.ports-listening"],
  },
  "static-503-favicon": {
    description: "the static server answers /favicon.ico with 503: the page works, HAProxy's log holds a 503 for every load",
    variant: { static: { failStatus: 503, failPath: "/favicon.ico" } },
    // The page works; HAProxy logs a 503 for /favicon.ico at every load (in syslog form on the
    // reference stack, as in production), and Chromium reports the failed favicon in the console.
    red: ["step7.haproxy.no-5xx", "pdv.no-console-errors"],
    // Step 7's "the WebSocket stays open" includes the console: its own check sees the favicon's error.
    collateral: ["step7.browser.ws-open"],
    layer: "page",
    green: [...TEST1, "pdv.haproxy-logs-clean", "step7.haproxy.http-routed"],
  },
});
