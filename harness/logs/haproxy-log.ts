/**
 * Reads HAProxy's log lines in every form production writes them (syslog-prefix.ts): an
 * `option httplog` access entry, a connection error, one of HAProxy's own notices (a server
 * going DOWN, an alert, a reload), or something else. Formats from HAProxy 2.6's
 * configuration.txt, 8.2.3 (httplog), 8.2.5 (error log), 8.5 (termination state), 8.8 (captured
 * headers):
 *   127.0.0.1:5432 [26/Nov/2026:05:35:02.123] hal_https~ hal2_backend/hal2_http 0/0/0/1/1 200 512 - - ---- 1/1/0/0/0 0/0 "GET / HTTP/2.0"
 * with the syslog prefix in front where the line went through syslog or the journal.
 */
import { type SyslogPrefix, splitSyslog } from "./syslog-prefix.ts";

export interface AccessLogEntry {
  client: string;
  clientPort: number;
  acceptDate: string;
  /** As logged: a `~` suffix marks a TLS listener. */
  frontend: string;
  backend: string;
  /** `<NOSRV>` when the request never reached a server (e.g. a 503 with no server up). */
  server: string;
  /** TR/Tw/Tc/Tr/Ta in ms (-1 where the step never happened; logasap's `+` dropped). */
  timers: number[];
  /** -1 when no response was sent at all. */
  status: number;
  bytesRead: number;
  /** Termination state, e.g. `----`, `CD--` (client closed), `SD--` (server closed), `K---` (killed, e.g. by hard-stop-after). */
  termination: string;
  /** actconn/feconn/beconn/srv_conn and retries (a `+` on retries means redispatched). */
  connections: { active: number; frontend: number; backend: number; server: number; retries: number; redispatched: boolean };
  /** Captured header blocks `{a|b}` in log order: request headers, then response headers. */
  capturedHeaders: string[];
  method: string;
  /** As logged: a path, or an absolute URI (`https://host/` for HTTP/2's extended CONNECT). */
  uri: string;
  /** The URI's path, for relative and absolute URIs alike. */
  path: string;
  /** e.g. `HTTP/1.1`, `HTTP/2.0`; "" when the request line had none. */
  httpVersion: string;
  /** Anything after the request (`option httpslog` appends TLS fields there). */
  extra: string;
  syslog?: SyslogPrefix;
  raw: string;
}

export type NoticeLevel = "alert" | "warning" | "notice" | "info";
export type NoticeKind =
  | "server-down"
  | "server-up"
  | "no-server"
  | "proxy-started"
  | "proxy-stopped"
  | "reload"
  | "loaded"
  | "worker-exit"
  | "other";

export interface HaproxyNotice {
  level: NoticeLevel;
  kind: NoticeKind;
  /** The notice without HAProxy's `[LEVEL] (pid) : ` tag. */
  text: string;
  /** What it is about: `backend/server` for server notices, the proxy or backend name otherwise. */
  subject?: string;
}

export type HaproxyLine =
  | { type: "access"; entry: AccessLogEntry; syslog?: SyslogPrefix; raw: string }
  | {
      type: "connection-error";
      client: string;
      acceptDate: string;
      frontend: string;
      bind: string;
      message: string;
      syslog?: SyslogPrefix;
      raw: string;
    }
  | { type: "notice"; notice: HaproxyNotice; syslog?: SyslogPrefix; raw: string }
  | { type: "other"; text: string; syslog?: SyslogPrefix; raw: string };

const ACCESS = new RegExp(
  [
    String.raw`^(\S+?):(\d+) \[([^\]]+)\] (\S+) ([^\s/]+)\/(\S+) `,
    String.raw`(\+?-?\d+(?:\/\+?-?\d+){4}) (-?\d+) \+?(\d+) \S+ \S+ (\S{4}) `,
    String.raw`(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\+?)(\d+) \d+\/\d+ `,
    String.raw`((?:\{[^}]*\} )*)"([^"]*)"(?: (.*))?$`,
  ].join(""),
);
const CONNECTION_ERROR = /^(\S+?):\d+ \[([^\]]+)\] ([^\s/]+)\/(\S+): (.+)$/;
/** HAProxy's console tag: `[WARNING]  (1234) : ` (2.4+) or `[WARNING] 049/041157 (1234) : ` (older). */
const CONSOLE_TAG = /^\[(ALERT|WARNING|NOTICE|INFO|DIAG|DEBUG)\]\s+(?:\d{3}\/\d{6}\s+)?\(\d+\)\s*:\s?(.*)$/;

/** Notices HAProxy sends through its loggers or prints on its console, and the level it uses. */
const NOTICES: { kind: NoticeKind; pattern: RegExp; level: NoticeLevel }[] = [
  { kind: "server-down", pattern: /^(?:Backup )?Server (\S+\/\S+) is (?:DOWN\b|going DOWN\b)/, level: "alert" },
  { kind: "server-up", pattern: /^(?:Backup )?Server (\S+\/\S+) is UP\b/, level: "notice" },
  { kind: "no-server", pattern: /^backend '?([^'\s]+)'? has no server available!/, level: "alert" },
  { kind: "proxy-started", pattern: /^Proxy (\S+) started\./, level: "notice" },
  { kind: "proxy-stopped", pattern: /^(?:Proxy (\S+) stopped \(|Stopping (?:frontend|backend|proxy) (\S+) in )/, level: "warning" },
  { kind: "reload", pattern: /^(?:Reexecuting Master process|Reloading HAProxy)$/, level: "notice" },
  { kind: "loaded", pattern: /^(?:Loading success\.|New worker (?:\(\d+\) )?forked)/, level: "notice" },
  { kind: "worker-exit", pattern: /^(?:Former|Current) worker (?:#\d+ )?\(?(\d+)\)? exited with code/, level: "warning" },
];

const LEVEL_OF_TAG: Record<string, NoticeLevel> = { ALERT: "alert", WARNING: "warning", NOTICE: "notice" };
/** Syslog severities 0-7 as notice levels: emerg, alert, crit and err all demand attention. */
const LEVEL_OF_SEVERITY: NoticeLevel[] = ["alert", "alert", "alert", "alert", "warning", "notice", "info", "info"];

function pathOf(uri: string): string {
  if (uri.startsWith("/")) return uri.split("?")[0] ?? uri;
  try {
    return new URL(uri).pathname;
  } catch {
    return uri;
  }
}

function accessEntry(m: RegExpExecArray, raw: string, syslog?: SyslogPrefix): AccessLogEntry {
  const request = (m[18] ?? "").split(" ");
  const last = request[request.length - 1] ?? "";
  const httpVersion = request.length >= 3 && /^HTTP\/\d/.test(last) ? (request.pop() as string) : "";
  const method = request.shift() ?? "";
  const uri = request.join(" ");
  return {
    client: m[1] ?? "",
    clientPort: Number(m[2]),
    acceptDate: m[3] ?? "",
    frontend: m[4] ?? "",
    backend: m[5] ?? "",
    server: m[6] ?? "",
    timers: (m[7] ?? "").split("/").map((t) => Number(t.replace("+", ""))),
    status: Number(m[8]),
    bytesRead: Number(m[9]),
    termination: m[10] ?? "",
    connections: {
      active: Number(m[11]),
      frontend: Number(m[12]),
      backend: Number(m[13]),
      server: Number(m[14]),
      redispatched: m[15] === "+",
      retries: Number(m[16]),
    },
    capturedHeaders: [...(m[17] ?? "").matchAll(/\{([^}]*)\}/g)].map((c) => c[1] ?? ""),
    method,
    uri,
    path: pathOf(uri),
    httpVersion,
    extra: m[19] ?? "",
    ...(syslog ? { syslog } : {}),
    raw,
  };
}

function notice(message: string, syslog?: SyslogPrefix): HaproxyNotice | undefined {
  const tagged = CONSOLE_TAG.exec(message);
  const text = tagged ? (tagged[2] ?? "") : message;
  const known = NOTICES.find((n) => n.pattern.test(text));
  // A line is HAProxy's own notice when it says so ([LEVEL] tag), is one we know, or came
  // through HAProxy's logger (its tag, or a <PRI> only HAProxy's log target writes here).
  const fromHaproxy = syslog && (syslog.program === undefined || /haproxy/i.test(syslog.program));
  if (!tagged && !known && !fromHaproxy) return undefined;
  const subject = known?.pattern
    .exec(text)
    ?.slice(1)
    .find((g) => g !== undefined);
  const level =
    (tagged && LEVEL_OF_TAG[tagged[1] ?? ""]) ||
    (syslog?.severity !== undefined ? LEVEL_OF_SEVERITY[syslog.severity] : undefined) ||
    known?.level ||
    (tagged ? "info" : "notice");
  return { level, kind: known?.kind ?? "other", text, ...(subject ? { subject } : {}) };
}

/** Classifies one line of an HAProxy log, whatever its form. */
export function parseHaproxyLine(raw: string): HaproxyLine {
  const { prefix: syslog, message: untrimmed } = splitSyslog(raw.replace(/\r?\n$/, ""));
  const message = untrimmed.trim();
  const env = syslog ? { syslog } : {};
  const access = ACCESS.exec(message);
  if (access) return { type: "access", entry: accessEntry(access, raw, syslog), ...env, raw };
  const error = CONNECTION_ERROR.exec(message);
  if (error) {
    const [, client = "", acceptDate = "", frontend = "", bind = "", text = ""] = error;
    return { type: "connection-error", client, acceptDate, frontend, bind, message: text, ...env, raw };
  }
  const n = notice(message, syslog);
  if (n) return { type: "notice", notice: n, ...env, raw };
  return { type: "other", text: message, ...env, raw };
}

export function parseAccessLog(raw: string): AccessLogEntry | null {
  const line = parseHaproxyLine(raw);
  return line.type === "access" ? line.entry : null;
}

/**
 * An entry of a request a client actually sent. HAProxy also logs connections that carried none
 * (`"<BADREQ>"`, status 0: a preconnected socket closed unused, a TLS probe, garbage from a
 * scanner), which are nobody's page load or WebSocket and must not be routed or counted as one.
 */
export const isRequest = (e: AccessLogEntry): boolean => e.uri !== "" && !e.method.startsWith("<");

export function parseAccessLogs(lines: { text: string }[]): AccessLogEntry[] {
  return lines.map((l) => parseAccessLog(l.text)).filter((e): e is AccessLogEntry => e !== null);
}

/** HAProxy's own notices among `lines`, with the line each came from. */
export function haproxyNotices<L extends { text: string }>(lines: L[]): { line: L; notice: HaproxyNotice; syslog?: SyslogPrefix }[] {
  return lines.flatMap((line) => {
    const parsed = parseHaproxyLine(line.text);
    return parsed.type === "notice" ? [{ line, notice: parsed.notice, ...(parsed.syslog ? { syslog: parsed.syslog } : {}) }] : [];
  });
}

/** `backend/server` as the checklist names it, e.g. `hal2_backend/hal2_ws`. */
export const route = (e: AccessLogEntry) => `${e.backend}/${e.server}`;

/**
 * Who ended a logged session, from HAProxy's termination state (its first two characters: who
 * and at which phase): the evidence a dropped WebSocket leaves in the proxy's own log.
 */
export function closedBy(e: AccessLogEntry): { layer: "proxy" | "gateway" | "page"; why: string } | undefined {
  const [who = "", phase = ""] = e.termination;
  const how = `${route(e)} ${e.termination}`;
  if (who === "c" || who === "s")
    return {
      layer: "proxy",
      why: `HAProxy cut it on a ${who === "c" ? "client" : "server"}-side timeout (${how}: \`timeout tunnel\`/\`timeout ${who === "c" ? "client" : "server"}\`)`,
    };
  if (who === "K") return { layer: "proxy", why: `HAProxy killed it (${how}: an administrative stop, or \`hard-stop-after\`)` };
  if (who === "S" && phase === "D") return { layer: "gateway", why: `the gateway closed it (${how})` };
  if (who === "C" && phase === "D") return { layer: "page", why: `the browser closed it (${how})` };
  return undefined;
}
