/**
 * What each browser family sends to open HAL's WebSocket, and how HAProxy shows that request to
 * its ACLs. The protocol-level browser check (harness/probes/browser-upgrades.ts) sends these
 * requests; the config review (review-routing.ts, `upgrade-any-browser`) evaluates the upgrade
 * ACLs against them. Playwright's Firefox and WebKit builds cannot run here, so this table is
 * how "browsers other than Chromium" enter the suite (HAL_SYSTEM.md, "Reloads, browsers and
 * HTTP versions").
 */

export type FamilyName = "Chromium" | "Firefox" | "Safari";
export type HttpPath = "HTTP/1.1" | "HTTP/2";

export interface BrowserFamily {
  name: FamilyName;
  /** The Connection header of its HTTP/1.1 upgrade, byte for byte. */
  connection: string;
  /** A User-Agent of the family: some configs and logs tell browsers apart by it. */
  userAgent: string;
  /** Other headers it sends with the HTTP/1.1 upgrade (besides Host, Origin, Upgrade, Sec-WebSocket-*). */
  extra: Readonly<Record<string, string>>;
  /**
   * Opens the WebSocket over the page's HTTP/2 connection (RFC 8441 extended CONNECT) when the
   * server advertises SETTINGS_ENABLE_CONNECT_PROTOCOL: Chromium since 91, Firefox (since 65,
   * on by default in current releases). Safari is not known to, so it always upgrades over HTTP/1.1.
   */
  http2: boolean;
}

export const BROWSER_FAMILIES: readonly BrowserFamily[] = [
  {
    name: "Chromium",
    connection: "Upgrade",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    extra: { Pragma: "no-cache", "Cache-Control": "no-cache" },
    http2: true,
  },
  {
    name: "Firefox",
    connection: "keep-alive, Upgrade",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:141.0) Gecko/20100101 Firefox/141.0",
    extra: {
      Accept: "*/*",
      "Sec-Fetch-Dest": "empty",
      "Sec-Fetch-Mode": "websocket",
      "Sec-Fetch-Site": "same-origin",
      Pragma: "no-cache",
      "Cache-Control": "no-cache",
    },
    http2: true,
  },
  {
    name: "Safari",
    connection: "Upgrade",
    userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15",
    extra: { Pragma: "no-cache", "Cache-Control": "no-cache" },
    http2: false,
  },
];

/** "Chromium", "Chromium and Firefox", "Chromium, Safari and Firefox". */
export const familyList = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/** A request's headers as ACLs see them: lower-case name → the header lines, in order. */
export type HeaderView = ReadonlyMap<string, readonly string[]>;

/** HTTP/1.1 tokens HAProxy's HTTP/1 parser removes from `Connection` before any rule runs. */
const DROPPED_TOKENS = new Set(["keep-alive", "close"]);

/**
 * The upgrade headers of `family` on `path` as HAProxy's ACLs see them, or as the browser sent
 * them (`raw`). Measured on HAProxy 2.6.12 with `req.fhdr(connection)`:
 * - HTTP/1.1: the parser drops the `keep-alive` and `close` tokens, so Firefox's
 *   `keep-alive, Upgrade` reaches the ACLs as `Upgrade`, like Chromium's;
 * - HTTP/2: no browser sends Connection (RFC 9113 forbids it); HAProxy turns the extended
 *   CONNECT into `GET` with `connection: upgrade` and `upgrade: websocket`, which it writes itself.
 */
export function upgradeHeaders(family: BrowserFamily, path: HttpPath, view: "haproxy" | "raw" = "haproxy"): HeaderView {
  if (path === "HTTP/2")
    return new Map([...(view === "haproxy" ? [["connection", ["upgrade"]] as const] : []), ["upgrade", ["websocket"]]]);
  const tokens = family.connection.split(",").map((t) => t.trim());
  const kept = view === "raw" ? tokens : tokens.filter((t) => !DROPPED_TOKENS.has(t.toLowerCase()));
  const headers = new Map<string, string[]>([["upgrade", ["websocket"]]]);
  if (kept.length) headers.set("connection", [kept.join(", ")]);
  return headers;
}
