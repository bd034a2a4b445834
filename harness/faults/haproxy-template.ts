/**
 * Lines of the reference HAProxy template (reference-impl/haproxy/haproxy.cfg.tmpl) that the
 * HAProxy faults patch (haproxy-*.ts), named once. A patch fails loudly when its line is gone
 * (patch.ts), so a template edit cannot silently turn a fault into the healthy config. And the
 * shape of patches that depend on HAProxy's version (`haproxyPatchesSince` of a variant).
 */
import type { HaproxyVersion } from "../haproxy/version-number.ts";
import type { Patch } from "./patch.ts";

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

export const HTTP_SERVER = "    server hal2_http {{http_addr}} check\n";
export const GATEWAY_SERVER = "    server hal2_ws {{ws_addr}} check weight 0\n";
export const WEIGHT_0_COMMENT = "    # weight 0: plain requests are never balanced onto the gateway; use-server still reaches it.\n";
export const USE_SERVER = "    use-server hal2_ws if hdr_connection_upgrade hdr_upgrade_websocket\n";
export const UPGRADE_ACL = "    acl hdr_connection_upgrade hdr(Connection) -i -m sub upgrade\n";
export const TUNNEL = "    # Idle WebSockets live in the tunnel state: only this timeout applies to them.\n    timeout tunnel 1h\n";
export const TUNNEL_1H = "    timeout tunnel 1h\n";
export const BIND_ALPN = " ssl crt {{cert_pem}} alpn h2,http/1.1\n";
export const DEFAULT_BACKEND = "    default_backend hal2_backend\n";
export const DEFAULTS_TIMEOUTS = "    timeout client 30s\n    timeout server 30s\n";
export const HTTPLOG = "    option httplog\n";
export const BACKEND = "\nbackend hal2_backend\n";
