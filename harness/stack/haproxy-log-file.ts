/**
 * HAProxy's log on the reference stack, in the mode HAL_HAPROXY_LOG_MODE names:
 * - syslog (default): as production writes /var/log/haproxy.log — HAProxy's syslog messages and
 *   its console lines (as the journal forwards them) in rsyslog's traditional format in a file,
 *   which checks then read through a file log source exactly as they read production's.
 * - stdout: raw lines on HAProxy's console, read directly (the suite's former format).
 * The processes runtime receives the syslog datagrams on a UDP listener; a container prints
 * them on stdout (`format rfc3164`) and the harness writes the same file from its console.
 */
import { join } from "node:path";
import { type HaproxyLogMode, LOG_TARGET_STDOUT_RAW, LOG_TARGET_STDOUT_RFC3164, logTargetSyslog } from "../haproxy/render.ts";
import { ConsoleTee, startSyslogListener, TraditionalLogFile } from "../infra/syslog-listener.ts";
import { LogReader } from "../logs/log-reader.ts";
import { openLogSource } from "../logs/log-sources.ts";

export interface StackHaproxyLog {
  /** HAProxy's global `log` line, for the template's {{log_target}}. */
  logTarget: string;
  /** Feed HAProxy's console (stdout and stderr) here; it keeps them for start-up diagnosis. */
  console: LogReader;
  /** The log checks read (the stack's `logs.haproxy`). */
  log: LogReader;
  /** Where the syslog-mode file is (for a person to look at while the stack runs). */
  path?: string;
  stop(): Promise<void>;
}

/**
 * Opens HAProxy's log in `dir` (removed with the stack). `consolePid` names the process the
 * journal would tag console lines with: HAProxy's master.
 */
export async function openStackHaproxyLog(
  dir: string,
  mode: HaproxyLogMode,
  transport: "udp" | "stdout",
  consolePid: () => number | undefined,
): Promise<StackHaproxyLog> {
  if (mode === "stdout") {
    const console = new LogReader("haproxy");
    return { logTarget: LOG_TARGET_STDOUT_RAW, console, log: console, stop: async () => {} };
  }
  const path = join(dir, "haproxy.log");
  const sink =
    transport === "udp"
      ? await startSyslogListener(path).then((l) => ({ target: logTargetSyslog(l.address), file: l.file, stop: l.stop }))
      : await TraditionalLogFile.open(path).then((file) => ({ target: LOG_TARGET_STDOUT_RFC3164, file, stop: () => file.close() }));
  let source: ReturnType<typeof openLogSource>;
  try {
    source = openLogSource("haproxy", { kind: "file", path });
  } catch (err) {
    await sink.stop();
    throw err;
  }
  let stopped: Promise<void> | undefined;
  return {
    logTarget: sink.target,
    console: new ConsoleTee("haproxy console", sink.file, "haproxy", consolePid),
    log: source.log,
    path,
    stop() {
      stopped ??= source.stop().then(sink.stop);
      return stopped;
    },
  };
}
