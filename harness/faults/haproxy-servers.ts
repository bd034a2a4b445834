/**
 * HAProxy faults in the backend's server lines: servers left in maintenance, balancing onto
 * the gateway, missing health checks, a separate static backend, a stale server. Checked
 * patches of the reference template (haproxy-template.ts names the lines they change).
 */
import { defineFaults } from "./define.ts";
import { CONFIG, except, LOGS, NO_MESSAGE_LINES, REVIEW, SERVICE_LOGS, SERVICES, TEST1, TEST2, TEST2_CONNECTED } from "./groups.ts";
import { DEFAULT_BACKEND, GATEWAY_SERVER, HTTP_SERVER, WEIGHT_0_COMMENT } from "./haproxy-template.ts";
import { insertAfter, remove, replace } from "./patch.ts";

export const HAPROXY_SERVER_FAULTS = defineFaults("haproxy", {
  "servers-in-maintenance": {
    description:
      "both servers were put in maintenance (`disabled`) to drain them before Step 4 restarted the services, and left so: HAProxy answers 503 to every request, page and WebSocket alike",
    // The servers themselves run and answer on their direct URLs: only the proxy refuses.
    variant: {
      haproxyPatches: [
        replace(HTTP_SERVER, "    server hal2_http {{http_addr}} check disabled\n"),
        replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check weight 0 disabled\n"),
      ],
    },
    // The preflight sees the 503s on the page and the WebSocket while both servers answer
    // directly: every check that needs either is red at once, named the proxy's. The checks that
    // are themselves probes through the proxy go red on what they measure, HAProxy's log of its
    // 503s with them.
    red: ["pdv.page-reachable", "step6.test1.proxy-200", "routing.http-deterministic", ...TEST2, "step7.haproxy.no-5xx", ...SERVICE_LOGS],
    // HTTP/2 is negotiated (ALPN), and its test then expects the 200 too.
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    // Servers in maintenance from the start are never reported DOWN: HAProxy's log holds no
    // alert, and "no alerts" is judged on that log, not blocked (dependencies.ts, rule 7).
    green: [
      ...CONFIG,
      ...REVIEW,
      "step6.test1.static-200",
      "pdv.no-ssl-errors",
      "pdv.haproxy-logs-clean",
      ...except(SERVICES, ...SERVICE_LOGS),
    ],
  },
  "gateway-backup": {
    description: "the gateway server is marked `backup` (on HAProxy 2.6 `use-server` still selects it)",
    variant: { haproxyPatches: [replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check weight 0 backup\n")] },
    // Observed on HAProxy 2.6: `use-server` selects a server whatever its backup flag, so the
    // upgrade still reaches the gateway. Harmless here: every check must stay green.
    specificity: true,
    red: [],
    layer: "n/a",
    green: [...TEST1, ...TEST2, ...LOGS],
    unverified: NO_MESSAGE_LINES,
  },
  "round-robin-onto-gateway": {
    description: "the gateway server has no `weight 0`: plain requests are balanced round-robin onto the WebSocket port",
    variant: { haproxyPatches: [remove(WEIGHT_0_COMMENT), replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check\n")] },
    // The preflight's page loads land on the gateway (426) every other request: the page-driven
    // checks are red at once, named the proxy's, and the request stream across a reload with them.
    red: ["step3.review.plain-not-to-gateway", "routing.http-deterministic", "step3.reload.http-no-failures", ...TEST2],
    layer: "proxy",
    green: [...CONFIG, ...except(REVIEW, "step3.review.plain-not-to-gateway")],
  },
  "weights-reversed": {
    description: "`weight 0` on the static server instead of the gateway: plain requests all go to the WebSocket port",
    variant: {
      haproxyPatches: [
        remove(WEIGHT_0_COMMENT),
        replace(HTTP_SERVER, "    server hal2_http {{http_addr}} check weight 0\n"),
        replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check\n"),
      ],
    },
    // Every plain request goes to the gateway, which answers 426: no page at all.
    red: ["step3.review.plain-not-to-gateway", "step6.test1.proxy-200", "pdv.page-reachable", "routing.http-deterministic"],
    // HTTP/2 is negotiated, and its test then expects the 200 too.
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: [...CONFIG, "step6.test1.static-200", "pdv.no-ssl-errors"],
  },
  "no-check": {
    description: "no `check` on the server lines, and the gateway gone: HAProxy keeps sending upgrades to a closed port (503)",
    variant: {
      haproxyPatches: [
        replace(HTTP_SERVER, "    server hal2_http {{http_addr}}\n"),
        replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} weight 0\n"),
      ],
      gatewayDown: true,
    },
    red: [...TEST2_CONNECTED, "pdv.gateway-running", "step5.ports-listening", "pdv.ports-listening"],
    layer: "gateway",
    green: [...TEST1, "pdv.http-server-running"],
  },
  "separate-static-backend": {
    description:
      "plain requests go to a backend of their own (`hal_static`/`static1`), not hal2_backend/hal2_http: the site works, but not as the checklist's fixed routing",
    variant: {
      haproxyPatches: [
        replace(
          DEFAULT_BACKEND,
          "    acl is_upgrade hdr(Upgrade) -i websocket\n    use_backend hal_static unless is_upgrade\n    default_backend hal2_backend\n\nbackend hal_static\n    server static1 {{http_addr}} check\n",
        ),
      ],
    },
    red: ["step7.haproxy.http-routed"],
    layer: "proxy",
    green: [...TEST1, "step7.haproxy.ws-routed", "step6.test2.not-disconnected"],
  },
  "stale-server-down": {
    description: "an old server left in hal2_backend as `backup`, long gone: HAProxy logs it DOWN at every start, traffic is unaffected",
    variant: { haproxyPatches: [insertAfter(GATEWAY_SERVER, "    server hal2_old 127.0.0.1:9 check backup\n")] },
    // HAProxy reports a server DOWN in its own log, in production's syslog form: the log items read it.
    red: ["pdv.haproxy-logs-clean"],
    layer: "proxy",
    green: [...TEST1, "step7.haproxy.no-5xx", "step7.haproxy.ws-routed", "step7.haproxy.http-routed"],
  },
});
