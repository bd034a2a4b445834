/**
 * Host mappings with curl's `--resolve host:port:addr` meaning: reach `host:port` at `addr`
 * while the URL, SNI, certificate name and Host header stay `host`. This lets a user verify a
 * new server before DNS points at it. One parsed list feeds both sides:
 * - Chromium, through `--host-resolver-rules` (matched on host and port, exactly like curl);
 * - Node clients (HTTP probes, the protocol client, ws), through a `dns.lookup` override
 *   installed for the production target. A lookup does not know the port, so Node maps the
 *   host for every port; config validation refuses one host mapped to two addresses.
 */
import dns from "node:dns";
import { isIP } from "node:net";

export interface HostMapping {
  host: string;
  port: number;
  /** An IP address, without brackets. */
  addr: string;
}

const ENTRY = /^([A-Za-z0-9.-]+):(\d{1,5}):(\[[0-9A-Fa-f:.]+\]|[^:\s]+)$/;

/** Parses `host:port:addr[,host:port:addr...]`; throws an Error saying which entry is wrong. */
export function parseResolve(list: string): HostMapping[] {
  const entries = list
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const mappings = entries.map((entry) => {
    const m = ENTRY.exec(entry);
    const port = Number(m?.[2]);
    const addr = (m?.[3] ?? "").replace(/^\[|\]$/g, "");
    if (!m || !(port > 0 && port < 65536) || !isIP(addr)) {
      throw new Error(`"${entry}" is not host:port:addr with a port 1-65535 and an IP address (example: hal.example.test:443:127.0.0.1)`);
    }
    return { host: (m[1] ?? "").toLowerCase(), port, addr };
  });
  for (const a of mappings) {
    const other = mappings.find((b) => b.host === a.host && b.addr !== a.addr);
    if (other) throw new Error(`${a.host} is mapped to both ${a.addr} and ${other.addr}; Node clients cannot tell ports apart`);
  }
  return mappings;
}

export function formatMapping(m: HostMapping): string {
  return `${m.host}:${m.port}:${isIP(m.addr) === 6 ? `[${m.addr}]` : m.addr}`;
}

/** The value of Chromium's `--host-resolver-rules`, e.g. `MAP hal.example.test:8443 127.0.0.1`. */
export function hostResolverRules(mappings: HostMapping[]): string {
  return mappings.map((m) => `MAP ${m.host}:${m.port} ${isIP(m.addr) === 6 ? `[${m.addr}]` : m.addr}`).join(", ");
}

/** For http-probe's `connectTo`: where to connect for the URL's host and port, if mapped. */
export function connectToFor(mappings: HostMapping[]) {
  return (host: string, port: number): { host: string; port: number } | undefined => {
    const m = mappings.find((x) => x.host === host.toLowerCase() && x.port === port);
    return m ? { host: m.addr, port } : undefined;
  };
}

/** For HalClient's `connectTo`: the mapped address of a ws(s) URL, if any. */
export function connectToForUrl(mappings: HostMapping[], url: string): { host: string; port: number } | undefined {
  const u = new URL(url);
  const port = Number(u.port || (u.protocol === "wss:" || u.protocol === "https:" ? 443 : 80));
  return connectToFor(mappings)(u.hostname, port);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * Makes every Node client in this process resolve mapped hosts to their addresses. Returns the
 * function that restores the previous resolver. Unmapped hosts resolve as before.
 */
export function installNodeResolve(mappings: HostMapping[]): () => void {
  if (mappings.length === 0) return () => {};
  const previous = dns.lookup;
  const byHost = new Map(mappings.map((m) => [m.host, m.addr]));
  const mapped = (hostname: string, options: unknown, callback?: LookupCallback) => {
    const cb = (typeof options === "function" ? options : callback) as LookupCallback;
    const opts = (typeof options === "object" && options !== null ? options : {}) as dns.LookupOptions;
    const addr = byHost.get(String(hostname).toLowerCase());
    if (addr === undefined) return (previous as (...a: unknown[]) => void).call(dns, hostname, options, callback);
    const family = isIP(addr);
    process.nextTick(() => (opts.all ? cb(null, [{ address: addr, family }]) : cb(null, addr, family)));
  };
  (dns as { lookup: unknown }).lookup = mapped;
  return () => {
    (dns as { lookup: unknown }).lookup = previous;
  };
}
