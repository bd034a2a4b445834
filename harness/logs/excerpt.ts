/**
 * What of a production log may go into a report. A production log is other people's traffic
 * too: their addresses, the URLs they asked for, the questions they put to HAL. An excerpt holds
 * this run's own lines (its client address, learned from a marked request; its own questions)
 * and HAProxy's and the gateway's own notices; other clients' lines are left out and counted,
 * and any address that is not the run's own is masked. The full log is opt-in
 * (HAL_LOG_EXCERPTS=full). Verdicts still read every line: another user's 503 is the
 * deployment's, and a check that names it says so without saying whose it was.
 */
import { type AccessLogEntry, parseHaproxyLine } from "./haproxy-log.ts";
import type { LogLine } from "./log-reader.ts";

export type ExcerptMode = "own" | "full";

export interface ExcerptPolicy {
  mode: ExcerptMode;
  /** Client addresses (IPs) this run's requests arrive from, as HAProxy logs them. */
  ownClients: ReadonlySet<string>;
  /** The questions this run asks: a `[Router] Query:` line of one of them is the run's own. */
  ownQuestions: readonly string[];
}

/** Everything as written: the reference stack's logs hold only the suite's own traffic. */
export const FULL: ExcerptPolicy = { mode: "full", ownClients: new Set(), ownQuestions: [] };

const IPV4 = /\b(\d{1,3}(?:\.\d{1,3}){3})(?=[:\s\]]|$)/g;
const ROUTER_QUERY = /\[Router\] Query: (.*?)(\.\.\.)?$/;

/** The unspecified address and loopback name no client: a listener's `0.0.0.0:8768`, a local relay. */
const NOBODY = /^(0\.0\.0\.0|127\.\d+\.\d+\.\d+)$/;
const othersIn = (text: string, own: ReadonlySet<string>) =>
  [...text.matchAll(IPV4)].map((m) => m[1] ?? "").filter((ip) => !own.has(ip) && !NOBODY.test(ip));

/** Addresses that are not the run's own, masked wherever they appear in a line. */
export function maskAddresses(text: string, own: ReadonlySet<string>): string {
  return text.replace(IPV4, (ip) => (own.has(ip) || NOBODY.test(ip) ? ip : "<other client>"));
}

/** HAL's router logs the first 50 characters of a question: one of ours, or someone else's. */
function ownQuery(text: string, policy: ExcerptPolicy): boolean {
  const logged = ROUTER_QUERY.exec(text)?.[1]?.trim();
  return logged !== undefined && policy.ownQuestions.some((q) => q.slice(0, 50).trim() === logged);
}

type Verdict = "keep" | "drop";

function judge(text: string, policy: ExcerptPolicy): Verdict {
  const line = parseHaproxyLine(text);
  if (line.type === "access") return policy.ownClients.has(line.entry.client) ? "keep" : "drop";
  if (line.type === "connection-error") return policy.ownClients.has(line.client.split(":")[0] ?? "") ? "keep" : "drop";
  if (ROUTER_QUERY.test(text)) return ownQuery(text, policy) ? "keep" : "drop";
  if (line.type === "notice") return "keep";
  // A line the parsers do not know that names an address not the run's own is someone's traffic.
  return othersIn(text, policy.ownClients).length ? "drop" : "keep";
}

export interface Excerpt {
  lines: LogLine[];
  /** Lines of other clients left out. */
  leftOut: number;
}

/** The lines a report may hold under `policy`, addresses masked. */
export function excerpt(lines: readonly LogLine[], policy: ExcerptPolicy): Excerpt {
  if (policy.mode === "full") return { lines: [...lines], leftOut: 0 };
  const kept = lines.filter((l) => judge(l.text, policy) === "keep").map((l) => ({ ...l, text: maskAddresses(l.text, policy.ownClients) }));
  return { lines: kept, leftOut: lines.length - kept.length };
}

/** An excerpt as a report attachment's text: timestamped lines, then what was left out and why. */
export function renderExcerpt(e: Excerpt, maxLines = 200): string {
  const body = e.lines
    .slice(-maxLines)
    .map((l) => `${new Date(l.at).toISOString()} ${l.text}`)
    .join("\n");
  const note = e.leftOut
    ? `\n(${e.leftOut} line${e.leftOut === 1 ? "" : "s"} of other clients left out: a production log holds other people's traffic; HAL_LOG_EXCERPTS=full attaches them)`
    : "";
  return (body || "(no lines)") + note;
}

/** An access entry as a check's message may name it: whose it was only when it was the run's own. */
export function describeEntry(e: AccessLogEntry, route: string, policy: ExcerptPolicy): string {
  if (policy.mode === "full" || policy.ownClients.has(e.client)) return `${route} ${e.status} ${e.uri}`;
  return `${route} ${e.status} (another client's request)`;
}
