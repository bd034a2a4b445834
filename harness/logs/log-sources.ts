/**
 * Log sources of a deployment the suite did not start: a local file (its last lines, then
 * followed like `tail -F`) or any shell command that prints log lines (an ssh tail,
 * `journalctl -f`, `docker logs -f`). Their stdout feeds a LogReader, so checks read production
 * logs exactly as they read the reference stack's. Stderr (ssh banners, auth errors) is kept
 * apart, so it can never pass for a log line, and is shown, redacted, only when the source fails.
 *
 * What a source shows of the past is the log's history (the gateway's start line is there, and
 * the restart's own errors): context, kept apart from the lines written during the run. A file
 * is split exactly (its last lines are read up to its current size, then `tail -c +<size+1> -F`
 * follows from that byte on); a command's history is the burst it prints before its first
 * quiet moment (an ssh tail prints its past at once, then the new lines as they come).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync } from "node:fs";
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
    ? `file ${source.path} (its last ${FILE_HISTORY_LINES} lines as history, then followed)`
    : `command ${describeCommand(source.command)}`;
}

/** ssh options that take a value: the host is the first argument that is not one of them. */
const SSH_OPTIONS_WITH_VALUE = new Set([
  "-b",
  "-c",
  "-D",
  "-E",
  "-e",
  "-F",
  "-I",
  "-i",
  "-J",
  "-L",
  "-l",
  "-m",
  "-O",
  "-o",
  "-p",
  "-Q",
  "-R",
  "-S",
  "-W",
  "-w",
]);
const WRAPPERS = new Set(["sudo", "exec", "env", "nice", "timeout", "stdbuf"]);

/**
 * A log command as configuration echoes show it: its program and, for ssh, the host it reaches;
 * never its arguments, which may carry tokens, cookies or passwords (`sshpass -p`, `--token`).
 */
export function describeCommand(command: string): string {
  const words = command.trim().split(/\s+/);
  let i = 0;
  const skipWrappers = () => {
    while (i < words.length) {
      const w = words[i] ?? "";
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || WRAPPERS.has(w)) i += 1;
      else if (w === "sshpass") i += w === "sshpass" && words[i + 1]?.startsWith("-p") ? (words[i + 1] === "-p" ? 3 : 2) : 1;
      else break;
    }
  };
  skipWrappers();
  const program = (words[i] ?? "").split("/").pop() ?? "";
  let host: string | undefined;
  if (program === "ssh") {
    for (let j = i + 1; j < words.length; j += 1) {
      const w = words[j] ?? "";
      if (SSH_OPTIONS_WITH_VALUE.has(w)) j += 1;
      else if (!w.startsWith("-")) {
        host = w.replace(/^[^@]*@/, "");
        break;
      }
    }
  }
  return `"${program}${host ? ` ${host}` : ""} …" (its arguments are not shown: a log command may carry secrets)`;
}

/** How much of a log file's past a file source reads before following it. */
export const FILE_HISTORY_LINES = 1000;

export interface OpenedLogSource {
  log: LogReader;
  /** Resolves once the source's history is in the reader and the run has started. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** How much of a file's end is read for its last FILE_HISTORY_LINES lines. */
const FILE_HISTORY_BYTES = 1 << 20;
/** A command's history ends at its first quiet moment this long (or at the latest after HISTORY_MAX_MS). */
const HISTORY_QUIET_MS = 500;
const HISTORY_MAX_MS = 5000;

/** The file's last lines up to `size` bytes, and whether they are the whole file. */
function fileHistory(path: string, size: number): { lines: string[]; whole: boolean } {
  const from = Math.max(0, size - FILE_HISTORY_BYTES);
  const buffer = Buffer.alloc(size - from);
  const fd = openSync(path, "r");
  try {
    readSync(fd, buffer, 0, buffer.length, from);
  } finally {
    closeSync(fd);
  }
  let lines = buffer.toString("utf8").split(/\r?\n/);
  if (from > 0) lines = lines.slice(1); // the first one is cut
  lines = lines.filter(Boolean);
  const whole = from === 0 && lines.length <= FILE_HISTORY_LINES;
  return { lines: lines.slice(-FILE_HISTORY_LINES), whole };
}

/** Starts the run at the command's first quiet moment: what it printed before is its history. */
function historyBurstEnds(log: LogReader): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now();
    let seen = -1;
    const tick = setInterval(() => {
      const now = log.since(0).length;
      if (now === seen || Date.now() - started > HISTORY_MAX_MS) {
        clearInterval(tick);
        log.startRun();
        resolve();
      }
      seen = now;
    }, HISTORY_QUIET_MS);
  });
}

export function openLogSource(name: string, source: LogSource): OpenedLogSource {
  const dir = join(RUN_DIR, "log-sources");
  mkdirSync(dir, { recursive: true });
  const stderrPath = join(dir, `${name}-${process.pid}-${Date.now()}.err`);
  const log = new LogReader(name);
  let from = 0;
  if (source.kind === "file") {
    from = statSync(source.path).size;
    const history = fileHistory(source.path, from);
    log.seedHistory(history.lines);
    if (!history.whole) log.historyIsPartial(`the file source shows only the last ${history.lines.length} lines of ${source.path}`);
  } else {
    log.historyIsPartial(`a command source shows as much of the past as its command prints (${describeCommand(source.command)})`);
  }
  // The value travels in the environment, never through shell quoting of our own.
  const script =
    source.kind === "file"
      ? 'exec tail -c "+$HAL_LOG_FROM" -F -- "$HAL_LOG_SOURCE" 2>>"$HAL_LOG_STDERR"'
      : 'eval "$HAL_LOG_SOURCE" 2>>"$HAL_LOG_STDERR"';
  const proc = spawnManaged(`${name} log source`, "sh", ["-c", script], {
    env: {
      HAL_LOG_SOURCE: source.kind === "file" ? source.path : source.command,
      HAL_LOG_STDERR: stderrPath,
      HAL_LOG_FROM: String(from + 1),
    },
    log,
  });
  const ready = source.kind === "file" ? Promise.resolve() : historyBurstEnds(log);
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
    ready,
    async stop() {
      stopping = true;
      await proc.stop();
      // Its stderr is read only when the source ends unasked: once stopped, it is litter.
      rmSync(stderrPath, { force: true });
    },
  };
}
