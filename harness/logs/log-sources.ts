/**
 * Log sources of a deployment the suite did not start: a local file (its last lines, then
 * followed like `tail -F`) or any shell command that prints log lines (an ssh tail,
 * `journalctl -f`, `docker logs -f`). Some history matters: after a deploy, the gateway's start
 * line and any errors since the restart are already in the file. Its stdout feeds a LogReader, so checks read production logs exactly as
 * they read the reference stack's. Its stderr (ssh banners, auth errors) is kept apart, so it
 * can never pass for a log line, and is shown, redacted, only when the source fails.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { redact } from "../config/redact.ts";
import { spawnManaged } from "../infra/child-process.ts";
import { RUN_DIR } from "../paths.ts";
import { LogReader } from "./log-reader.ts";

export type LogSource = { kind: "file"; path: string } | { kind: "command"; command: string };

/**
 * `cmd:<command>` or any value with whitespace is a shell command; anything else is a file
 * path, which must exist (a typo then fails at config time, not as a silent empty log).
 */
export function parseLogSource(value: string): LogSource {
  const v = value.trim();
  if (v.startsWith("cmd:")) return { kind: "command", command: v.slice(4).trim() };
  if (/\s/.test(v)) return { kind: "command", command: v };
  if (!existsSync(v)) throw new Error(`file "${v}" does not exist (for a command, write cmd:<command>)`);
  return { kind: "file", path: v };
}

export function describeLogSource(source: LogSource): string {
  return source.kind === "file"
    ? `file ${source.path} (last ${FILE_HISTORY_LINES} lines, then followed)`
    : `command "${redact(source.command)}"`;
}

/** How much of a log file's past a file source reads before following it. */
export const FILE_HISTORY_LINES = 1000;

export interface OpenedLogSource {
  log: LogReader;
  stop(): Promise<void>;
}

export function openLogSource(name: string, source: LogSource): OpenedLogSource {
  const dir = join(RUN_DIR, "log-sources");
  mkdirSync(dir, { recursive: true });
  const stderrPath = join(dir, `${name}-${process.pid}-${Date.now()}.err`);
  // The value travels in the environment, never through shell quoting of our own.
  const script =
    source.kind === "file"
      ? 'exec tail -n "$HAL_LOG_HISTORY" -F -- "$HAL_LOG_SOURCE" 2>>"$HAL_LOG_STDERR"'
      : 'eval "$HAL_LOG_SOURCE" 2>>"$HAL_LOG_STDERR"';
  const log = new LogReader(name);
  const proc = spawnManaged(`${name} log source`, "sh", ["-c", script], {
    env: {
      HAL_LOG_SOURCE: source.kind === "file" ? source.path : source.command,
      HAL_LOG_STDERR: stderrPath,
      HAL_LOG_HISTORY: String(FILE_HISTORY_LINES),
    },
    log,
  });
  let stopping = false;
  void proc.exited.then((code) => {
    if (stopping) return;
    let stderr = "";
    try {
      stderr = readFileSync(stderrPath, "utf8").trim().split("\n").slice(-5).join("\n");
    } catch {
      // Nothing was written to stderr.
    }
    console.warn(`[hal-e2e] ${name} log source (${describeLogSource(source)}) ended (${code}) ${redact(stderr)}`);
  });
  return {
    log,
    async stop() {
      stopping = true;
      await proc.stop();
      // Its stderr is read only when the source ends unasked: once stopped, it is litter.
      rmSync(stderrPath, { force: true });
    },
  };
}
