/**
 * HAL's WebSocket opened the way each browser family opens it (browser-requests.ts), through the
 * proxy: the HTTP/1.1 upgrade with the family's own headers, and, where the server offers h2 with
 * SETTINGS_ENABLE_CONNECT_PROTOCOL, the page's own HTTP/2 path (RFC 8441 extended CONNECT, as
 * Chromium and Firefox use it). Each attempt expects 101 (HTTP/1.1) or 200 (HTTP/2), then HAL's
 * `connected` message and an answer to "hello", and records what happened instead. Playwright's
 * Firefox and WebKit cannot be installed here, so this is how those users are represented.
 *
 * HTTP/1.1 goes through `ws`, whose `finishRequest` hook lets the family's Connection header
 * replace the one ws writes; HTTP/2 through Node's http2 client, with ws's framing on the stream.
 * TLS is verified against the target's CA, and curl-style host mappings apply as in every probe.
 */
import http2 from "node:http2";
import net from "node:net";
import type { Duplex } from "node:stream";
import tls from "node:tls";
import WebSocket from "ws";
import { connectToForUrl } from "../infra/resolve.ts";
import { BROWSER_FAMILIES, type BrowserFamily, type FamilyName, familyList, type HttpPath } from "../rules/browser-requests.ts";
import type { StackHandle } from "../stack/types.ts";
import { HalClient } from "./hal-client.ts";
import type { WsProbe } from "./types.ts";

export interface UpgradeTarget {
  /** The WebSocket URL the page opens (wss://host, no path), or a direct ws:// URL (HTTP/1.1 only). */
  wsUrl: string;
  /** The target's CA (PEM); without it the system store is used. Verification is never off. */
  caPem?: string;
  /** Connect here instead of resolving the URL's host (curl --resolve semantics). */
  connectTo?: { host: string; port: number };
  /** Sent with every upgrade, as a browser does (the Authorization of the target's credentials). */
  headers?: Record<string, string>;
}

export interface UpgradeOptions {
  /** Handshake and `connected` each get this long; the reply too, unless `replyTimeoutMs` says otherwise. */
  timeoutMs?: number;
  /** How long HAL's answer may take (a check of connections waits the reply budget plus the margin: a late answer is the latency checks' verdict). */
  replyTimeoutMs?: number;
  /** Asked once greeted (default "hello"); null: HAL's greeting is enough (a reachability probe, not a reply check). */
  question?: string | null;
}

export interface UpgradeOutcome {
  families: FamilyName[];
  path: HttpPath;
  /** The request line and headers that opened it (Sec-WebSocket-Key and extensions as ws adds them). */
  request: string[];
  /** 101 or 200 on success; what the proxy answered otherwise. */
  status?: number;
  /** Content type and Server of a refusing answer: who answered instead of the gateway. */
  answeredBy?: string;
  firstFrame?: string;
  reply?: string;
  error?: string;
  /** Why this path was not tried: the server does not offer it, so browsers do not use it. */
  notOffered?: string;
  ok: boolean;
}

const DEFAULT_TIMEOUT_MS = 5000;

/** The page's WebSocket as a target: its URL, CA, host mappings and the headers the browser sends. */
export const upgradeTarget = (stack: StackHandle): UpgradeTarget => ({
  wsUrl: stack.wsUrl,
  caPem: stack.tls.caPem,
  connectTo: connectToForUrl(stack.tls.hosts, stack.wsUrl),
  headers: stack.headers,
});

/** The HTTP/1.1 upgrade headers of `family` for `url`, in its order; ws adds Sec-WebSocket-Key and -Extensions. */
export function http1UpgradeHeaders(family: BrowserFamily, url: URL, origin: string): [string, string][] {
  return [
    ["Host", url.host],
    ["User-Agent", family.userAgent],
    ...Object.entries(family.extra),
    ["Upgrade", "websocket"],
    ["Origin", origin],
    ["Sec-WebSocket-Version", "13"],
    ["Connection", family.connection],
  ];
}

/**
 * The RFC 8441 extended CONNECT that opens the WebSocket over HTTP/2. No Connection or Upgrade
 * header (forbidden in HTTP/2) and no Sec-WebSocket-Key: `:protocol` replaces them. No
 * permessage-deflate offer either: ws's framing is reused without its handshake, so nothing
 * would inflate a compressed frame (what proxies route on does not depend on it).
 */
export function extendedConnectHeaders(url: URL, origin: string, family: BrowserFamily): http2.OutgoingHttpHeaders {
  return {
    ":method": "CONNECT",
    ":protocol": "websocket",
    ":scheme": "https",
    ":authority": url.host,
    ":path": url.pathname + url.search,
    "user-agent": family.userAgent,
    "sec-websocket-version": "13",
    origin,
  };
}

/** The page's origin for a WebSocket URL: same host, https for wss. */
export const originOf = (url: URL) => `${url.protocol === "wss:" ? "https:" : "http:"}//${url.host}`;

const describeAnswer = (headers: Record<string, unknown>) =>
  [headers["content-type"], headers.server && `Server: ${headers.server}`].filter(Boolean).join(", ") || undefined;

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** After the handshake: `connected`, then an answer to the question; fills the outcome. */
async function converse(client: HalClient, outcome: UpgradeOutcome, question: string | null, timeoutMs: number): Promise<void> {
  outcome.firstFrame = client.frames[0]?.type;
  if (question === null) {
    outcome.reply = `greeted, session ${client.sessionId.slice(0, 8)}`;
    outcome.ok = true;
    return;
  }
  const { frame, ms } = await client.ask(question, timeoutMs);
  outcome.reply = `${frame.type} in ${ms} ms`;
  if (frame.type !== "response")
    throw new Error(`"${question}" got \`${frame.type}\` instead of a response: ${JSON.stringify(frame.data)}`);
  outcome.ok = true;
}

/** Opens the WebSocket with `family`'s HTTP/1.1 upgrade and talks to HAL. */
export async function openHttp1(family: BrowserFamily, target: UpgradeTarget, opts: UpgradeOptions = {}): Promise<UpgradeOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const url = new URL(target.wsUrl);
  const headers = [...http1UpgradeHeaders(family, url, originOf(url)), ...Object.entries(target.headers ?? {})];
  const outcome: UpgradeOutcome = { families: [family.name], path: "HTTP/1.1", request: [], ok: false };
  const ws = new WebSocket(target.wsUrl, {
    ca: target.caPem,
    servername: url.protocol === "wss:" ? url.hostname : undefined,
    handshakeTimeout: timeoutMs,
    // ws connects to the URL's host whatever `host` says; a host mapping needs its own connection.
    ...(target.connectTo ? { createConnection: mappedConnection(url, target.connectTo) } : {}),
    // ws writes `Connection: Upgrade` after any headers given to it; this hook runs last.
    finishRequest: (req) => {
      for (const [name, value] of headers) req.setHeader(name, value);
      outcome.request = [`GET ${req.path} HTTP/1.1`, ...Object.entries(req.getHeaders()).map(([k, v]) => `${k}: ${v}`)];
      req.end();
    },
  } as WebSocket.ClientOptions);
  ws.on("upgrade", (res) => {
    outcome.status = res.statusCode;
  });
  ws.on("unexpected-response", (_req, res) => {
    outcome.status = res.statusCode;
    outcome.answeredBy = describeAnswer(res.headers);
    res.resume();
    ws.terminate();
  });
  // After the handshake a broken stream is an 'error' event: recorded, never thrown.
  ws.on("error", (e) => {
    outcome.error ??= e.message;
  });
  let client: HalClient | undefined;
  try {
    client = await HalClient.adopt(ws, target.wsUrl, timeoutMs);
    await converse(client, outcome, opts.question === undefined ? "hello" : opts.question, opts.replyTimeoutMs ?? timeoutMs);
  } catch (e) {
    outcome.error = errorMessage(e);
  } finally {
    if (client) await client.close();
    else ws.terminate();
  }
  return outcome;
}

function mappedConnection(url: URL, to: { host: string; port: number }) {
  return (options: tls.ConnectionOptions) =>
    url.protocol === "wss:"
      ? tls.connect({ ...options, host: to.host, port: to.port, servername: url.hostname })
      : net.connect({ host: to.host, port: to.port });
}

/**
 * ws's WebSocket in client mode over a stream it did not open: ws has no public way to do this,
 * so the socket is made as a server's (no URL) and switched to the client role, which masks what
 * it sends and expects unmasked frames back. In the wrong role ws rejects the gateway's unmasked
 * frames itself ("MASK must be set"): a mistake here fails every HTTP/2 attempt loudly.
 */
function clientOverStream(stream: Duplex): WebSocket {
  type Internals = { _isServer: boolean; setSocket(socket: Duplex, head: Buffer, options: object): void };
  const Raw = WebSocket as unknown as new (address: null, protocols: undefined, options: object) => WebSocket & Internals;
  const ws = new Raw(null, undefined, { autoPong: true, closeTimeout: DEFAULT_TIMEOUT_MS });
  ws._isServer = false;
  ws.setSocket(stream, Buffer.alloc(0), {});
  return ws;
}

function tlsConnect(url: URL, target: UpgradeTarget, timeoutMs: number): Promise<tls.TLSSocket> {
  const { host, port } = target.connectTo ?? { host: url.hostname, port: Number(url.port || 443) };
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host, port, servername: url.hostname, ca: target.caPem, ALPNProtocols: ["h2", "http/1.1"] }, () => {
      s.setTimeout(0);
      resolve(s);
    });
    s.setTimeout(timeoutMs, () => s.destroy(new Error(`TLS handshake with ${url.host} timed out after ${timeoutMs} ms`)));
    s.once("error", reject);
  });
}

/** Resolves when `emitter` emits `event`, rejects after `ms` or on `error`. */
function waitFor<T>(emitter: NodeJS.EventEmitter, event: string, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
    emitter.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
    emitter.once("error", (e: Error) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Opens the WebSocket over HTTP/2 (extended CONNECT) on behalf of `families`, if the server offers it. */
export async function openHttp2(families: BrowserFamily[], target: UpgradeTarget, opts: UpgradeOptions = {}): Promise<UpgradeOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const url = new URL(target.wsUrl);
  const family = families[0] ?? (BROWSER_FAMILIES[0] as BrowserFamily);
  const headers = {
    ...extendedConnectHeaders(url, originOf(url), family),
    ...Object.fromEntries(Object.entries(target.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
  const outcome: UpgradeOutcome = {
    families: families.map((f) => f.name),
    path: "HTTP/2",
    request: Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ok: false,
  };
  let session: http2.ClientHttp2Session | undefined;
  let client: HalClient | undefined;
  try {
    const socket = await tlsConnect(url, target, timeoutMs);
    if (socket.alpnProtocol !== "h2") {
      socket.destroy();
      return { ...outcome, ok: true, notOffered: `the server negotiated ${socket.alpnProtocol || "no ALPN protocol"}, not h2` };
    }
    session = http2.connect(`https://${url.host}`, { createConnection: () => socket });
    session.on("error", (e) => {
      outcome.error ??= e.message;
    });
    const settings = await waitFor<http2.Settings>(session, "remoteSettings", timeoutMs, "SETTINGS from the server");
    if (!settings.enableConnectProtocol) {
      return { ...outcome, ok: true, notOffered: "HTTP/2 without SETTINGS_ENABLE_CONNECT_PROTOCOL (browsers then upgrade over HTTP/1.1)" };
    }
    const stream = session.request(headers, { endStream: false });
    const response = await waitFor<http2.IncomingHttpHeaders>(stream, "response", timeoutMs, "answer to the extended CONNECT");
    outcome.status = Number(response[":status"]);
    outcome.answeredBy = describeAnswer(response);
    if (outcome.status !== 200) throw new Error(`the extended CONNECT was answered ${outcome.status} instead of 200`);
    const ws = clientOverStream(stream);
    ws.on("error", (e) => {
      outcome.error ??= e.message;
    });
    const opened = session;
    ws.once("close", () => opened.close());
    client = await HalClient.adopt(ws, target.wsUrl, timeoutMs);
    await converse(client, outcome, opts.question === undefined ? "hello" : opts.question, opts.replyTimeoutMs ?? timeoutMs);
  } catch (e) {
    // The first error says most (an invalid frame says more than the close that followed it).
    outcome.error = outcome.error ? `${outcome.error} (then: ${errorMessage(e)})` : errorMessage(e);
  } finally {
    if (client) await client.close();
    session?.destroy();
  }
  return outcome;
}

/**
 * Every family's HTTP/1.1 upgrade and the HTTP/2 path once for the families that use it (their
 * extended CONNECTs differ in no header a proxy routes on), at most `concurrency` at a time
 * (default one: production's load cap may be small).
 */
export async function probeBrowserUpgrades(
  target: UpgradeTarget,
  opts: UpgradeOptions & { concurrency?: number } = {},
): Promise<UpgradeOutcome[]> {
  const attempts = [
    ...BROWSER_FAMILIES.map((f) => () => openHttp1(f, target, opts)),
    ...(new URL(target.wsUrl).protocol === "wss:"
      ? [
          () =>
            openHttp2(
              BROWSER_FAMILIES.filter((f) => f.http2),
              target,
              opts,
            ),
        ]
      : []),
  ];
  const outcomes: UpgradeOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < attempts.length) {
      const i = next++;
      outcomes[i] = await (attempts[i] as () => Promise<UpgradeOutcome>)();
    }
  };
  const workers = Math.max(1, Math.min(opts.concurrency ?? 1, attempts.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}

/**
 * A 200 page where the gateway's upgrade should be: the proxy sent the upgrade to the static
 * server, so the layer is the proxy's (`layerIs` in the check). An error page, such as HAProxy's
 * 503, says nothing of the layer: the diagnosis does.
 */
export const answeredByPage = (o: UpgradeOutcome): boolean => !o.ok && o.status === 200 && /text\/html/.test(o.answeredBy ?? "");

/** What happened on one attempt, without saying whose it was. */
function reason(o: UpgradeOutcome): string {
  if (o.notOffered) return `not tried, ${o.notOffered}`;
  if (o.ok) return `${o.status}, first frame \`${o.firstFrame}\`, ${o.reply}`;
  const expected = o.path === "HTTP/2" ? 200 : 101;
  const by = o.answeredBy ? ` (${o.answeredBy}${answeredByPage(o) ? ": a page, not the gateway's WebSocket" : ""})` : "";
  if (o.status === undefined) return `the upgrade got no answer: ${o.error ?? "(no error)"}`;
  if (o.status !== expected) return `the upgrade was answered ${o.status}${by} instead of ${expected}`;
  return `the upgrade was answered ${o.status}${by}, then ${o.firstFrame ? `first frame \`${o.firstFrame}\`` : "no HAL frame"}: ${o.error ?? "(no error)"}`;
}

/** What a person would be told: "Firefox users cannot connect over HTTP/1.1: ...". */
export function renderOutcome(o: UpgradeOutcome): string {
  const who = `${familyList(o.families)} users`;
  if (o.notOffered) return `${who} over ${o.path}: ${reason(o)}`;
  return `${who} ${o.ok ? "connect" : "cannot connect"} over ${o.path}: ${reason(o)}`;
}

/** The failed attempts, one line per HTTP version and cause, naming every family it hit. */
export function renderFailures(outcomes: UpgradeOutcome[]): string[] {
  const groups = new Map<string, UpgradeOutcome>();
  for (const o of outcomes.filter((x) => !x.ok)) {
    const key = `${o.path}\n${reason(o).replace(/(wss?:\/\/[^\s]+)/g, "<url>")}`;
    const seen = groups.get(key);
    groups.set(key, seen ? { ...seen, families: [...seen.families, ...o.families] } : o);
  }
  return [...groups.values()].map(renderOutcome);
}

/** For the bypass diagnosis: every family's upgrade against `url` (through the proxy, or the gateway direct). */
export const browserUpgradesProbe: WsProbe = async (url, caPem, _budgets, headers) => {
  const outcomes = await probeBrowserUpgrades({ wsUrl: url, caPem, headers }, { question: null });
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) throw new Error(renderFailures(failed).join("; "));
  return outcomes.map((o) => `${familyList(o.families)} ${o.path} ${o.notOffered ? "not offered" : o.status}`).join(", ");
};
