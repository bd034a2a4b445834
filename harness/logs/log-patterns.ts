/**
 * What counts as an error in a service log: Python tracebacks (the real gateway), Node stack
 * frames (the reference one), and lines that say error/exception/fatal. Shared by the Step 5
 * and Step 7 checks so both judge logs the same way.
 */
import type { LogLine } from "./log-reader.ts";

const ERROR_LINE = [
  /Traceback \(most recent call last\)/,
  /^\s+at .+[:(]\d+:\d+\)?$/,
  /^\s+File ".+", line \d+/,
  /\b(Error|Exception|Fatal|FATAL|CRITICAL)\b/,
  /\bERROR\b/,
];

export function errorLines(lines: LogLine[]): LogLine[] {
  return lines.filter((l) => ERROR_LINE.some((p) => p.test(l.text)));
}

/** HAProxy's own complaints: alerts, and servers going down. */
export function haproxyProblems(lines: LogLine[]): LogLine[] {
  return lines.filter((l) => /\[ALERT\]|\bis DOWN\b|no server available/.test(l.text));
}
