/**
 * Parses HAProxy's `option httplog` lines, as written by `log stdout format raw`:
 *   127.0.0.1:5432 [26/Nov/2026:05:35:02.123] hal_https~ hal2_backend/hal2_http 0/0/0/1/1 200 512 - - ---- 1/1/0/0/0 0/0 "GET / HTTP/2.0"
 * Lines that are not access logs (alerts, notices) are returned as null.
 */
export interface AccessLogEntry {
  client: string;
  acceptDate: string;
  frontend: string;
  backend: string;
  server: string;
  /** Tq/Tw/Tc/Tr/Ta in ms (-1 where the step never happened). */
  timers: number[];
  status: number;
  bytesRead: number;
  /** Termination state, e.g. `----`, `CD--` (client closed), `K---` (killed by hard-stop-after). */
  termination: string;
  method: string;
  uri: string;
  httpVersion: string;
  raw: string;
}

const LINE =
  /^(\S+) \[([^\]]+)\] (\S+) ([^/\s]+)\/(\S+) (\S+) (-?\d+) (\d+) \S+ \S+ (\S{4}) \S+ \S+ (?:\{[^}]*\} )*"(\S+) (\S+)(?: (HTTP\/[\d.]+))?"$/;

export function parseAccessLog(raw: string): AccessLogEntry | null {
  const m = LINE.exec(raw.trim());
  if (!m) return null;
  return {
    client: m[1] ?? "",
    acceptDate: m[2] ?? "",
    frontend: m[3] ?? "",
    backend: m[4] ?? "",
    server: m[5] ?? "",
    timers: (m[6] ?? "").split("/").map(Number),
    status: Number(m[7]),
    bytesRead: Number(m[8]),
    termination: m[9] ?? "",
    method: m[10] ?? "",
    uri: m[11] ?? "",
    httpVersion: m[12] ?? "",
    raw,
  };
}

export function parseAccessLogs(lines: { text: string }[]): AccessLogEntry[] {
  return lines.map((l) => parseAccessLog(l.text)).filter((e): e is AccessLogEntry => e !== null);
}

/** `backend/server` as the checklist names it, e.g. `hal2_backend/hal2_ws`. */
export const route = (e: AccessLogEntry) => `${e.backend}/${e.server}`;
