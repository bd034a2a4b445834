/**
 * HAProxy faults in how WebSocket upgrades reach the gateway: the upgrade rule and its ACLs,
 * HTTP/2, a health check that takes the gateway out. Checked patches of the reference template,
 * rendered with the run's addresses like the reference itself (harness/haproxy/render.ts).
 */
import { defineFaults } from "./define.ts";
import { CONFIG, except, REVIEW, TEST1, TEST2, TEST2_CONNECTED, TEST3 } from "./groups.ts";
import { BACKEND, BIND_ALPN, DEFAULT_BACKEND, GATEWAY_SERVER, UPGRADE_ACL, USE_SERVER } from "./haproxy-template.ts";
import { insertAfter, remove, replace } from "./patch.ts";

export const HAPROXY_UPGRADE_FAULTS = defineFaults("haproxy", {
  "no-upgrade-acl": {
    description: "the use-server rule for upgrades is missing, so WebSocket upgrades go to the static server",
    variant: { haproxyPatches: [remove(USE_SERVER)] },
    // Observed: over HTTP/2 the static server's 200 to the upgrade is relayed as the 200 that
    // accepts an extended CONNECT (RFC 8441), so the page shows "Connected!" and then drops:
    // the original HAL symptom. The preflight's HTTP/1.1 upgrade (how production, without
    // `alpn h2`, connects) gets the static server's 200 instead of a 101: the Test 2 items that
    // need the WebSocket are red at once, named the proxy's.
    red: ["step3.review.upgrade-routed", "troubleshooting.acls-match", ...TEST2_CONNECTED, "step6.test2.browsers"],
    layer: "proxy",
    // No upgrade rule left for the browser review to judge: upgrade-routed reports it.
    green: [...CONFIG, ...except(REVIEW, "step3.review.upgrade-routed", "troubleshooting.acls-match"), ...TEST1],
    // Checks that need nothing of the preflight and open WebSockets through the proxy of their
    // own (a full run: both red, named the proxy's): twelve in a row, and the bypass probes'.
    collateral: ["routing.ws-deterministic", "troubleshooting.bypass"],
  },
  "firefox-only-break": {
    description:
      "the upgrade ACL matches `hdr(Connection) -i upgrade`, the form said to fail Firefox's `keep-alive, Upgrade`; on HAProxy 2.6 it does not (hdr() compares each comma-separated value, and the parser drops `keep-alive` first)",
    variant: { haproxyPatches: [replace(UPGRADE_ACL, "    acl hdr_connection_upgrade hdr(Connection) -i upgrade\n")] },
    // HAL_SYSTEM.md says this whole-value ACL fails Firefox. Measured on HAProxy 2.6.12: it does
    // not. A check turning red here would be a false red.
    specificity: true,
    red: [],
    layer: "n/a",
    green: [...CONFIG, ...REVIEW, ...TEST2, "step6.test2.browsers"],
  },
  "connection-acl-case-sensitive": {
    description:
      "the upgrade ACL matches `hdr(Connection) upgrade` without -i: only HTTP/2's extended CONNECT (HAProxy writes `connection: upgrade`) matches; every browser's HTTP/1.1 `Upgrade` goes to the static server",
    variant: { haproxyPatches: [replace(UPGRADE_ACL, "    acl hdr_connection_upgrade hdr(Connection) upgrade\n")] },
    // The config that works only for Chromium: its page opens the WebSocket over HTTP/2; every
    // HTTP/1.1 upgrade (Safari always, Firefox and Chromium without h2) is answered by the static server.
    red: ["step6.test2.browsers", "step3.review.upgrade-any-browser"],
    layer: "proxy",
    green: [...CONFIG, ...except(REVIEW, "step3.review.upgrade-any-browser"), ...TEST2, ...TEST1],
  },
  "host-acl-shadowing": {
    description: "an earlier host rule sends the site to a legacy backend (static server only), shadowing hal2_backend",
    variant: {
      haproxyPatches: [
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
    // Observed like no-upgrade-acl: the legacy backend's 200 to the upgrade reads as an accepted
    // extended CONNECT; the preflight's HTTP/1.1 upgrade gets that 200 instead of a 101.
    red: ["step3.review.host-acl-shadowing", ...TEST2_CONNECTED, "step6.test2.browsers"],
    layer: "proxy",
    green: [...CONFIG, ...except(REVIEW, "step3.review.host-acl-shadowing"), ...TEST1],
  },
  "h2-to-gateway": {
    description: "the gateway server line forces HTTP/2 (`proto h2`) towards a gateway that has no RFC 8441",
    variant: { haproxyPatches: [replace(GATEWAY_SERVER, "    server hal2_ws {{ws_addr}} check weight 0 proto h2\n")] },
    red: [...TEST2_CONNECTED, "step6.test2.browsers"],
    layer: "proxy",
    green: [...CONFIG, ...REVIEW, ...TEST1],
  },
  "no-alpn-h2": {
    description:
      "the TLS bind line has no `alpn h2` (as in production): HTTP/1.1 only on HAProxy 2.6; version-dependent: from 2.8 on, where a bind without `alpn` offers h2, it says `alpn http/1.1`",
    variant: {
      haproxyPatches: [replace(BIND_ALPN, " ssl crt {{cert_pem}}\n")],
      haproxyPatchesSince: {
        version: { major: 2, minor: 8, patch: 0 },
        why: "HAProxy 2.8 made h2,http/1.1 the default ALPN of TLS binds: leaving `alpn` out no longer turns HTTP/2 off, so the fault states `alpn http/1.1`",
        patches: [replace(BIND_ALPN, " ssl crt {{cert_pem}} alpn http/1.1\n")],
      },
    },
    // Only the HTTP/2 expectation fails. Without h2 every browser upgrades over HTTP/1.1: the
    // browser check reports HTTP/2 as not offered, not as failed.
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
  "h2-upgrade-unmatched": {
    description:
      "the upgrade ACL matches `hdr(Connection) Upgrade` without -i: browsers' HTTP/1.1 `Upgrade` matches, HTTP/2's extended CONNECT (HAProxy writes `connection: upgrade`) does not: Chromium's page goes to the static server",
    variant: { haproxyPatches: [replace(UPGRADE_ACL, "    acl hdr_connection_upgrade hdr(Connection) Upgrade\n")] },
    // The HTTP/1.1 upgrade works; Chromium's HTTP/2 one, the page's own path, lands on the static
    // server: the preflight's page-path WebSocket fails, and the checks that need it are red at once.
    red: [...TEST2_CONNECTED, "step6.test2.browsers", "step7.haproxy.ws-routed", "troubleshooting.routing-logs"],
    // Allowed since the catalogue began, for the page's own requests logged beside an upgrade that
    // lands on hal2_http; seen passing in the self-tests since: a candidate to drop.
    collateral: ["step7.haproxy.http-routed"],
    layer: "proxy",
    green: [...TEST1],
  },
  "gateway-httpchk": {
    description:
      "`option httpchk GET /` on hal2_backend: the gateway answers a plain GET with 426, so its health check marks it DOWN and `use-server` skips it",
    // Checked every 300 ms, down at the first failure: DOWN before the first check of the run, as it is long after a deploy.
    variant: { haproxyPatches: [insertAfter(BACKEND, "    option httpchk GET /\n    default-server inter 300ms fall 1 rise 1\n")] },
    // use-server skips a DOWN server, so upgrades fall through to the static server, as with no
    // upgrade rule at all: the page's WebSocket fails in the preflight.
    red: [...TEST2_CONNECTED, "step6.test2.browsers"],
    layer: "proxy",
    green: [...CONFIG, ...TEST1, "pdv.gateway-running"],
  },
});
