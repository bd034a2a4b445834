/**
 * Broken (and harmless-but-suspicious) variants of the reference HAProxy configuration, as
 * checked patches of reference-impl/haproxy/haproxy.cfg.tmpl. Each is rendered with the run's
 * addresses like the reference itself (harness/haproxy/render.ts).
 */
import type { HaproxyVersion } from "../haproxy/version.ts";
import { insertAfter, type Patch, remove, replace } from "./patch.ts";

/**
 * A fault whose patches rely on a default HAProxy changed: from `version` on, `patches` replace
 * the fault's own so it breaks the same thing (harness/faults/version-dependent.ts applies it).
 */
export interface SinceVersion {
  version: HaproxyVersion;
  /** What changed in HAProxy, and what the fault does instead. */
  why: string;
  patches: readonly Patch[];
}

export interface HaproxyFault {
  description: string;
  patches: readonly Patch[];
  since?: SinceVersion;
  /** Template values that differ from the reference's. */
  values?: Record<string, string>;
  /** Environment of the HAProxy service itself (not of a `haproxy -c` run by hand). */
  env?: Record<string, string>;
}

const GATEWAY_SERVER = "    server hal2_ws {{ws_addr}} check weight 0\n";
const TUNNEL = "    # Idle WebSockets live in the tunnel state: only this timeout applies to them.\n    timeout tunnel 1h\n";
const BIND_ALPN = " ssl crt {{cert_pem}} alpn h2,http/1.1\n";
const DEFAULT_BACKEND = "    default_backend hal2_backend\n";
const DEFAULTS_TIMEOUTS = "    timeout client 30s\n    timeout server 30s\n";
const UPGRADE_ACL = "    acl hdr_connection_upgrade hdr(Connection) -i -m sub upgrade\n";

export const HAPROXY_FAULTS = {
  "servers-in-maintenance": {
    description:
      "both servers were put in maintenance (`disabled`) to drain them before Step 4 restarted the services, and left so: HAProxy answers 503 to every request, page and WebSocket alike",
    // The servers themselves run and answer on their direct URLs: only the proxy refuses.
    patches: [
      replace("    server hal2_http {{http_addr}} check\n", "    server hal2_http {{http_addr}} check disabled\n"),
      replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check weight 0 disabled\n"),
    ],
  },
  "no-upgrade-acl": {
    description: "the use-server rule for upgrades is missing, so WebSocket upgrades go to the static server",
    patches: [remove("    use-server hal2_ws if hdr_connection_upgrade hdr_upgrade_websocket\n")],
  },
  "firefox-only-break": {
    description:
      "the upgrade ACL matches `hdr(Connection) -i upgrade`, the form said to fail Firefox's `keep-alive, Upgrade`; on HAProxy 2.6 it does not (hdr() compares each comma-separated value, and the parser drops `keep-alive` first)",
    patches: [replace(UPGRADE_ACL, "    acl hdr_connection_upgrade hdr(Connection) -i upgrade\n")],
  },
  "connection-acl-case-sensitive": {
    description:
      "the upgrade ACL matches `hdr(Connection) upgrade` without -i: only HTTP/2's extended CONNECT (HAProxy writes `connection: upgrade`) matches; every browser's HTTP/1.1 `Upgrade` goes to the static server",
    patches: [replace(UPGRADE_ACL, "    acl hdr_connection_upgrade hdr(Connection) upgrade\n")],
  },
  "round-robin-onto-gateway": {
    description: "the gateway server has no `weight 0`: plain requests are balanced round-robin onto the WebSocket port",
    patches: [
      remove("    # weight 0: plain requests are never balanced onto the gateway; use-server still reaches it.\n"),
      replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check\n"),
    ],
  },
  "host-acl-shadowing": {
    description: "an earlier host rule sends the site to a legacy backend (static server only), shadowing hal2_backend",
    patches: [
      insertAfter(
        BIND_ALPN,
        [
          "    # The old site's rule was left in place above the new one: the first matching use_backend wins.",
          "    acl host_hal hdr_beg(host) -i localhost",
          "    use_backend legacy_backend if host_hal",
          "    use_backend hal2_backend if host_hal",
          "",
        ].join("\n"),
      ),
      insertAfter(DEFAULT_BACKEND, "\nbackend legacy_backend\n    server legacy_http {{http_addr}} check\n"),
    ],
  },
  "no-timeout-tunnel": {
    description: "no `timeout tunnel`: idle WebSockets fall back to timeout client/server (30 s)",
    patches: [remove(TUNNEL)],
  },
  "no-timeout-tunnel-short-idle": {
    description: "no `timeout tunnel` and client/server timeouts of 5 s, below the gateway's 20 s pings",
    patches: [remove(TUNNEL), replace(DEFAULTS_TIMEOUTS, "    timeout client 5s\n    timeout server 5s\n")],
  },
  "short-timeout-tunnel": {
    description: "`timeout tunnel 10m`: shorter than the 1 h soak, longer than the gateway's 20 s pings",
    patches: [replace("    timeout tunnel 1h\n", "    timeout tunnel 10m\n")],
  },
  "contradicting-options": {
    description: "`option http-server-close` and `option http-keep-alive` in one section (as in production)",
    patches: [insertAfter("    option httplog\n", "    option http-server-close\n    option http-keep-alive\n")],
  },
  "ignored-backend-timeout": {
    description: "`timeout client 1h` in the backend and `timeout tunnel` only in the frontend: HAProxy ignores both",
    patches: [
      remove(TUNNEL),
      insertAfter(BIND_ALPN, "    timeout tunnel 1h\n"),
      insertAfter(DEFAULT_BACKEND, "    timeout client 1h\n"),
      insertAfter("\nbackend hal2_backend\n", "    timeout client 1h\n"),
    ],
  },
  "no-alpn-h2": {
    description:
      "the TLS bind line has no `alpn h2` (as in production): HTTP/1.1 only on HAProxy 2.6; version-dependent: from 2.8 on, where a bind without `alpn` offers h2, it says `alpn http/1.1`",
    patches: [replace(BIND_ALPN, " ssl crt {{cert_pem}}\n")],
    since: {
      version: { major: 2, minor: 8, patch: 0 },
      why: "HAProxy 2.8 made h2,http/1.1 the default ALPN of TLS binds: leaving `alpn` out no longer turns HTTP/2 off, so the fault states `alpn http/1.1`",
      patches: [replace(BIND_ALPN, " ssl crt {{cert_pem}} alpn http/1.1\n")],
    },
  },
  "h2-to-gateway": {
    description: "the gateway server line forces HTTP/2 (`proto h2`) towards a gateway that has no RFC 8441",
    patches: [replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check weight 0 proto h2\n")],
  },
  "gateway-backup": {
    description: "the gateway server is marked `backup` (on HAProxy 2.6 `use-server` still selects it)",
    patches: [replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check weight 0 backup\n")],
  },
  "http-server-close": {
    description: "`option http-server-close` in defaults, without its contradicting keep-alive",
    patches: [insertAfter("    option httplog\n", "    option http-server-close\n")],
  },
  "fails-on-reload": {
    description: "valid for `haproxy -c` and at start, rejected when the running master re-reads it on reload",
    patches: [
      insertAfter(
        "    tune.ssl.default-dh-param 2048\n",
        [
          "    # The running master sets HAPROXY_MWORKER_REEXEC when it re-reads the file on reload, so",
          "    # this block stands for any config that passes `haproxy -c` and a fresh start but breaks in",
          "    # the live process (different environment, a file only the operator's shell can see ...).",
          ".if defined(HAPROXY_MWORKER_REEXEC)",
          "    reload-breaks-here",
          ".endif",
          "",
        ].join("\n"),
      ),
    ],
  },
  "hard-stop-after-30s": {
    description: "`hard-stop-after 30s` in global: 30 s after a reload the old worker is killed, and every WebSocket it still carries",
    patches: [insertAfter("    master-worker\n", "    hard-stop-after 30s\n")],
  },
  "gateway-httpchk": {
    description:
      "`option httpchk GET /` on hal2_backend: the gateway answers a plain GET with 426, so its health check marks it DOWN and `use-server` skips it",
    // Checked every 300 ms, down at the first failure: DOWN before the first check of the run, as it is long after a deploy.
    patches: [insertAfter("\nbackend hal2_backend\n", "    option httpchk GET /\n    default-server inter 300ms fall 1 rise 1\n")],
  },
  "no-check": {
    description: "no `check` on the server lines: HAProxy keeps sending to a server that is gone",
    patches: [
      replace("    server hal2_http {{http_addr}} check\n", "    server hal2_http {{http_addr}}\n"),
      replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} weight 0\n"),
    ],
  },
  "weights-reversed": {
    description: "`weight 0` on the static server instead of the gateway: plain requests all go to the WebSocket port",
    patches: [
      remove("    # weight 0: plain requests are never balanced onto the gateway; use-server still reaches it.\n"),
      replace("    server hal2_http {{http_addr}} check\n", "    server hal2_http {{http_addr}} check weight 0\n"),
      replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check\n"),
    ],
  },
  "h2-upgrade-unmatched": {
    description:
      "the upgrade ACL matches `hdr(Connection) Upgrade` without -i: browsers' HTTP/1.1 `Upgrade` matches, HTTP/2's extended CONNECT (HAProxy writes `connection: upgrade`) does not: Chromium's page goes to the static server",
    patches: [replace(UPGRADE_ACL, "    acl hdr_connection_upgrade hdr(Connection) Upgrade\n")],
  },
  "separate-static-backend": {
    description:
      "plain requests go to a backend of their own (`hal_static`/`static1`), not hal2_backend/hal2_http: the site works, but not as the checklist's fixed routing",
    patches: [
      replace(
        "    default_backend hal2_backend\n",
        "    acl is_upgrade hdr(Upgrade) -i websocket\n    use_backend hal_static unless is_upgrade\n    default_backend hal2_backend\n\nbackend hal_static\n    server static1 {{http_addr}} check\n",
      ),
    ],
  },
  "check-skips-routing": {
    description:
      "the routing rule sits in `.if defined(HAL_SERVICE_ENV)`, a variable only the service has: `haproxy -c` run by hand skips the block, so a typo in it passes the check",
    patches: [
      replace(
        "    use-server hal2_ws if hdr_connection_upgrade hdr_upgrade_websocket\n",
        ".if defined(HAL_SERVICE_ENV)\n    use-server hal2_ws if hdr_connection_upgrade hdr_upgrade_websocket\n.endif\n",
      ),
    ],
    env: { HAL_SERVICE_ENV: "1" },
  },
  "stale-server-down": {
    description: "an old server left in hal2_backend as `backup`, long gone: HAProxy logs it DOWN at every start, traffic is unaffected",
    patches: [insertAfter(GATEWAY_SERVER, "    server hal2_old 127.0.0.1:9 check backup\n")],
  },
  "short-tunnel-10s": {
    description: "`timeout tunnel 10s`: an idle WebSocket (no audio, the gateway's pings every 20 s) is cut after 10 s",
    patches: [replace("    timeout tunnel 1h\n", "    timeout tunnel 10s\n")],
  },
} satisfies Record<string, HaproxyFault>;

/** A config deployed over the running one with a typo in an ACL name: `haproxy -c` rejects it (Step 3, Troubleshooting). */
export const BROKEN_DEPLOYED_CONFIG: readonly Patch[] = [
  replace(
    "    use-server hal2_ws if hdr_connection_upgrade hdr_upgrade_websocket\n",
    "    use-server hal2_ws if hdr_connection_upgrad hdr_upgrade_websocket\n",
  ),
];

export type HaproxyFaultName = keyof typeof HAPROXY_FAULTS;
