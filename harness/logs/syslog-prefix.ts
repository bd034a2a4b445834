/**
 * The syslog envelope around a log message, in every form HAProxy's lines reach a reader:
 *   traditional (rsyslog's file format, `journalctl`):  Nov 27 02:56:50 lb1 haproxy[1234]: <msg>
 *   RFC 3339 (newer rsyslog setups, `journalctl -o short-iso`):
 *                                          2026-11-27T02:56:50.045123+00:00 lb1 haproxy[1234]: <msg>
 *   as sent on the wire, with the priority: <134>Nov 27 02:56:50 haproxy[1234]: <msg>
 *     (HAProxy's default `local` format has no host, `rfc3164` has one), `<134>1 <ISO> host
 *     haproxy 1234 - - <msg>` (`rfc5424`), and `<134><msg>` (`priority`/`short`).
 * A line without an envelope (`log stdout format raw`, HAProxy's console) is all message.
 */

export interface SyslogPrefix {
  /** How the envelope was written. */
  form: "traditional" | "rfc3339" | "rfc5424" | "priority";
  /** The `<PRI>` value where the line still carries it (facility * 8 + severity). */
  pri?: number;
  /** 0 emerg, 1 alert, 2 crit, 3 err, 4 warning, 5 notice, 6 info, 7 debug (from `<PRI>`). */
  severity?: number;
  /** The timestamp exactly as written (syslog timestamps carry no year, or a zone, or both). */
  timestamp?: string;
  host?: string;
  /** The tag's program, e.g. `haproxy` or `systemd`. */
  program?: string;
  pid?: number;
}

export interface SyslogSplit {
  prefix?: SyslogPrefix;
  message: string;
}

const PRI = /^<(\d{1,3})>/;
const TRADITIONAL_TS = /^([A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d+)?) /;
const ISO_TS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?) /;
/** `[host ]program[pid]: ` — a host never holds `[` and never ends with `:`, so a bare tag is not taken for one. */
const TAG = /^(?:([^\s[\]]*[^\s[\]:]) )?([^\s[\]:]+)(?:\[(\d+)\])?: /;
const RFC5424 = /^1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: (.*))?$/s;

const nil = (v: string | undefined) => (v === undefined || v === "-" ? undefined : v);
const pidOf = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);

/** Splits a log line into its syslog envelope (if any) and the message HAProxy wrote. */
export function splitSyslog(line: string): SyslogSplit {
  let rest = line;
  let pri: number | undefined;
  const p = PRI.exec(rest);
  if (p && Number(p[1]) <= 191) {
    pri = Number(p[1]);
    rest = rest.slice(p[0].length);
  }
  const priority = pri === undefined ? {} : { pri, severity: pri % 8 };
  if (pri !== undefined) {
    const m = RFC5424.exec(rest);
    if (m) {
      const prefix: SyslogPrefix = {
        form: "rfc5424",
        ...priority,
        timestamp: nil(m[1]),
        host: nil(m[2]),
        program: nil(m[3]),
        pid: pidOf(m[4]),
      };
      return { prefix, message: m[7] ?? "" };
    }
  }
  const traditional = TRADITIONAL_TS.exec(rest);
  const ts = traditional ?? ISO_TS.exec(rest);
  if (ts) {
    rest = rest.slice(ts[0].length);
    const tag = TAG.exec(rest);
    const prefix: SyslogPrefix = {
      form: traditional ? "traditional" : "rfc3339",
      ...priority,
      timestamp: ts[1],
      host: tag?.[1],
      program: tag?.[2],
      pid: pidOf(tag?.[3]),
    };
    return { prefix, message: tag ? rest.slice(tag[0].length) : rest };
  }
  if (pri !== undefined) return { prefix: { form: "priority", ...priority }, message: rest };
  return { message: line };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A traditional syslog timestamp, `Nov 27 02:56:50` / `Nov  7 02:56:50`, in local time as rsyslog writes it. */
export function traditionalTimestamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[at.getMonth()]} ${String(at.getDate()).padStart(2, " ")} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}
