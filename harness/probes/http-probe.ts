/**
 * Node-side HTTP probes that behave like `curl -I`: TLS with ALPN `h2,http/1.1`, HTTP/2 when
 * the server negotiates it, HTTP/1.1 otherwise. They report the protocol actually spoken, so a
 * check can tell "200 over HTTP/1.1" from the checklist's "HTTP/2 200".
 */
import http from "node:http";
import http2 from "node:http2";
import https from "node:https";
import tls from "node:tls";
import { DEFAULT_TIMEOUTS } from "../config/timeouts.ts";

export interface ProbeTls {
  /** Extra trusted CA (PEM); without it the system store is used. */
  ca?: string;
  /** Host mapping like curl's --resolve: connect here instead of resolving the URL's host. */
  connectTo?: (host: string, port: number) => { host: string; port: number } | undefined;
}

export interface ProbeResult {
  status: number;
  /** "2", "1.1" or "1.0", as the server answered. */
  httpVersion: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, when asked for (`body: true`). */
  body?: string;
}

export interface ProbeOptions extends ProbeTls {
  method?: string;
  /** Per request (and per TLS handshake); default: the connect budget plus the margin (config/timeouts.ts). */
  timeoutMs?: number;
  /** Keep the body (as UTF-8 text), e.g. to read the page's HTML. */
  body?: boolean;
  /** Extra request headers, lower-case names (HTTP/2 requires them so). */
  headers?: Record<string, string>;
}

/** The Authorization header a browser sends for credentials in the target URL (HTTP basic), or none. */
export function basicAuthHeaders(credentials: { username: string; password: string } | undefined): Record<string, string> {
  if (!credentials) return {};
  return { authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}` };
}

function address(url: URL, opts: ProbeTls) {
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  return opts.connectTo?.(url.hostname, port) ?? { host: url.hostname, port };
}

/** HEAD (or GET) request; rejects on network or TLS errors with the cause in the message. */
export async function probe(target: string, opts: ProbeOptions = {}): Promise<ProbeResult> {
  const url = new URL(target);
  const method = opts.method ?? "HEAD";
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUTS.probeMs;
  if (url.protocol === "http:") return http1(url, method, timeoutMs, opts);
  const socket = await handshake(url, opts, timeoutMs);
  socket.setTimeout(0);
  if (socket.alpnProtocol === "h2") return http2Request(url, method, timeoutMs, socket, opts);
  return http1(url, method, timeoutMs, opts, socket);
}

function handshake(url: URL, opts: ProbeTls, timeoutMs: number): Promise<tls.TLSSocket> {
  const { host, port } = address(url, opts);
  return new Promise<tls.TLSSocket>((resolve, reject) => {
    const s = tls.connect({ host, port, servername: url.hostname, ca: opts.ca, ALPNProtocols: ["h2", "http/1.1"] }, () => resolve(s));
    s.setTimeout(timeoutMs, () => s.destroy(new Error(`TLS handshake with ${url.host} timed out after ${timeoutMs} ms`)));
    s.once("error", reject);
  });
}

export interface TlsResult {
  /** e.g. "TLSv1.3". */
  protocol: string;
  /** The protocol ALPN selected ("h2", "http/1.1"), or "none". */
  alpn: string;
  validTo: string;
}

/**
 * A TLS handshake with the site as a browser makes it: SNI, ALPN `h2,http/1.1`, the certificate
 * verified strictly (trusted issuer, the URL's name, valid dates). Rejects with the cause.
 */
export async function tlsHandshake(target: string, opts: ProbeTls & { timeoutMs?: number } = {}): Promise<TlsResult> {
  const url = new URL(target);
  const socket = await handshake(url, opts, opts.timeoutMs ?? DEFAULT_TIMEOUTS.probeMs);
  const result = {
    protocol: socket.getProtocol() ?? "?",
    alpn: socket.alpnProtocol || "none",
    validTo: socket.getPeerCertificate().valid_to,
  };
  socket.end();
  return result;
}

function http1(url: URL, method: string, timeoutMs: number, opts: ProbeOptions, socket?: tls.TLSSocket): Promise<ProbeResult> {
  const { host, port } = address(url, opts);
  return new Promise((resolve, reject) => {
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(
      {
        host,
        port,
        path: url.pathname + url.search,
        method,
        headers: { Host: url.host, Connection: "close", ...opts.headers },
        servername: url.hostname,
        ca: opts.ca,
        timeout: timeoutMs,
        ...(socket ? { createConnection: () => socket } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => opts.body && chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            httpVersion: res.httpVersion,
            headers: res.headers,
            ...(opts.body ? { body: Buffer.concat(chunks).toString("utf8") } : {}),
          }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${url.href} timed out after ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}

function http2Request(url: URL, method: string, timeoutMs: number, socket: tls.TLSSocket, opts: ProbeOptions): Promise<ProbeResult> {
  const keepBody = opts.body === true;
  return new Promise((resolve, reject) => {
    const session = http2.connect(url.origin, { createConnection: () => socket });
    session.on("error", reject);
    const req = session.request({ ":method": method, ":path": url.pathname + url.search, ...opts.headers });
    req.setTimeout(timeoutMs, () => {
      reject(new Error(`${method} ${url.href} over HTTP/2 timed out after ${timeoutMs} ms`));
      req.close(http2.constants.NGHTTP2_CANCEL);
      session.destroy();
    });
    req.on("response", (headers) => {
      const status = Number(headers[":status"]);
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => keepBody && chunks.push(c));
      req.on("end", () => {
        session.close();
        resolve({ status, httpVersion: "2", headers, ...(keepBody ? { body: Buffer.concat(chunks).toString("utf8") } : {}) });
      });
    });
    req.on("close", () => {
      if (req.rstCode && req.rstCode !== http2.constants.NGHTTP2_NO_ERROR) {
        session.destroy();
        reject(new Error(`${method} ${url.href} over HTTP/2 was reset (code ${req.rstCode})`));
      }
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Readiness of a gateway: it answers HTTP on its port at all (a plain request gets 426 from a
 * WebSocket server). Whether it accepts WebSockets correctly is for the checks to judge, so a
 * seeded gateway that rejects upgrades still starts.
 */
export async function gatewayAnswers(gatewayUrl: string): Promise<void> {
  const url = gatewayUrl.replace(/^ws/, "http");
  await probe(url, { method: "GET", timeoutMs: 2000 });
}

/**
 * Readiness of HAProxy: it answers HTTPS on `host:port` at all. A certificate error is an
 * answer too (a seeded certificate fault must still start); whether it serves correctly is for
 * the checks.
 */
export async function proxyAnswers(pageUrl: string, caPem: string, host: string, port: number): Promise<void> {
  await probe(pageUrl, { ca: caPem, connectTo: () => ({ host, port }), timeoutMs: 2000 }).catch((e: Error) => {
    if (!/certificate|altnames|expired/i.test(e.message)) throw e;
  });
}
