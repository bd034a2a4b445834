/**
 * What counts as an error in a service log: Python tracebacks (the real gateway), Node stack
 * frames (the reference one), and lines that say error/exception/fatal. Shared by the Step 5
 * and Step 7 checks so both judge logs the same way. HAL's router prints two lines per
 * question (HAL_SYSTEM.md), the second repeating the user's words: those are normal output,
 * even when the question says "Error" or pastes a traceback.
 */
import { type HaproxyNotice, haproxyNotices } from "./haproxy-log.ts";
import type { LogLine } from "./log-reader.ts";

const ERROR_LINE = [
  /Traceback \(most recent call last\)/,
  /^\s+at .+[:(]\d+:\d+\)?$/,
  /^\s+File ".+", line \d+/,
  /\b(Error|Exception|Fatal|FATAL|CRITICAL)\b/,
  /\bERROR\b/,
];

/** `[Router] Intent: <intent> (confidence: <n>)` and `[Router] Query: <first 50 characters>...`, behind any log prefix (the query may hold anything). */
export const ROUTER_LINE = /\[Router\] (?:Intent: [a-z_]+ \(confidence: \d+(?:\.\d+)?\)$|Query: )/;

export function errorLines(lines: LogLine[]): LogLine[] {
  return lines.filter((l) => !ROUTER_LINE.test(l.text) && ERROR_LINE.some((p) => p.test(l.text)));
}

/** A notice that says HAProxy is in trouble: a server or a whole backend down, or any alert. */
export const isHaproxyProblem = (n: HaproxyNotice) => n.kind === "server-down" || n.kind === "no-server" || n.level === "alert";

/**
 * HAProxy's own complaints, in every form its log holds them (raw, console `[ALERT]`, syslog
 * prefixed with or without `<PRI>`): alerts, servers going DOWN, backends with no server.
 */
export function haproxyProblems(lines: LogLine[]): LogLine[] {
  return haproxyNotices(lines)
    .filter((n) => isHaproxyProblem(n.notice))
    .map((n) => n.line);
}

/** The gateway's line for one session (HAL_SYSTEM.md: `[VoiceGatewayWeb] Client connected: <uuid4>`). */
export const clientConnected = (sessionId: string): RegExp => new RegExp(`Client connected: ${sessionId}`);
