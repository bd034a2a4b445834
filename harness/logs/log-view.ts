/**
 * A check's view of one log. What decides a verdict is written during the run: `lines()` since
 * the check started, or `sinceRunStart()` for an item about the deployment's whole run (no
 * errors in the service logs). What the log held before the run is `history()`: context for
 * the report, never counted (HAL_SYSTEM.md: a deployment's own restarts leave DOWN notices,
 * 503s and old tracebacks in the file minutes earlier).
 */

import type { Layer } from "../checklist/annotations.ts";
import { describeEntry, type ExcerptPolicy, excerpt, FULL, maskAddresses, renderExcerpt } from "./excerpt.ts";
import { type AccessLogEntry, route } from "./haproxy-log.ts";
import type { LogLine, LogReader } from "./log-reader.ts";

/**
 * How long a log source may take to deliver a line (an ssh tail, a syslog relay): the bound of
 * every wait for a line, so a remote source is given a fair moment and a silent one is named.
 */
export const LOG_DELIVERY_MS = 10_000;

export type LogName = "haproxy" | "gateway" | "static";

/** The layer whose own log a line is in: one mapping for every check that blames a log's errors. */
export const LOG_LAYER = { haproxy: "proxy", gateway: "gateway", static: "page" } as const satisfies Record<LogName, Layer>;

export class LogView {
  readonly #from: number;

  /** `privacy`: what of this log a report may hold (excerpt.ts); asked each time, as the run learns its own address. */
  constructor(
    readonly log: LogReader,
    readonly privacy: () => ExcerptPolicy = () => FULL,
    /** Which of the target's logs this is, where known: it says whose errors its lines are. */
    readonly source?: LogName,
  ) {
    this.#from = log.mark();
  }

  get name(): string {
    return this.log.name;
  }

  /** The layer whose own log this is (LOG_LAYER), where its source is known. */
  get layer(): Layer | undefined {
    return this.source && LOG_LAYER[this.source];
  }

  /** Lines written since the view was opened (the check started). */
  lines(): LogLine[] {
    return this.log.since(this.#from);
  }

  /** Lines written since the run started. */
  sinceRunStart(): LogLine[] {
    return this.log.since(this.log.runStart());
  }

  /** Lines from before the run: context for a report, never a verdict. */
  history(): LogLine[] {
    return this.log.history();
  }

  /** Undefined when the log is held from the component's beginning; else why not (a partial source). */
  get partialHistory(): string | undefined {
    return this.log.partialHistory;
  }

  /** The first line since the view was opened that matches, or undefined once the delivery bound has passed. */
  waitFor(pattern: RegExp, timeoutMs = LOG_DELIVERY_MS): Promise<LogLine | undefined> {
    return this.log.waitFor(pattern, { mark: this.#from, timeoutMs }).catch(() => undefined);
  }

  /**
   * Whether `holds` (over the lines since the view was opened) came true within the delivery
   * bound. It never fails: the check judges what arrived, saying what it read.
   */
  until(holds: (lines: LogLine[]) => boolean, timeoutMs = LOG_DELIVERY_MS): Promise<boolean> {
    return this.log.waitUntil(() => holds(this.lines()), timeoutMs);
  }

  /** Whether the source delivered any line since the view was opened, within the delivery bound. */
  delivered(): Promise<boolean> {
    return this.until((lines) => lines.length > 0);
  }

  /** The view's lines as a report may hold them (the run's own, on a production target), for attachments. */
  text(maxLines = 200): string {
    return renderExcerpt(excerpt(this.lines(), this.privacy()), maxLines);
  }

  /**
   * Lines from before the run as a report may hold them: context for a person, never a verdict.
   * On a production target only with HAL_LOG_EXCERPTS=full: history is other people's traffic.
   */
  historyText(lines: readonly LogLine[] = this.history(), maxLines = 200): string | undefined {
    if (this.privacy().mode !== "full") return undefined;
    return lines
      .slice(-maxLines)
      .map((l) => l.text)
      .join("\n");
  }

  /** A line quoted in a check's message: addresses other than the run's own masked. */
  quote(text: string): string {
    const policy = this.privacy();
    return policy.mode === "full" ? text : maskAddresses(text, policy.ownClients);
  }

  /** An access entry named in a check's message: its request only when it was the run's own. */
  describe(e: AccessLogEntry, route: string): string {
    return describeEntry(e, route, this.privacy());
  }

  /** Access entries named in a check's message, each with its `backend/server`. */
  named(entries: readonly AccessLogEntry[]): string[] {
    return entries.map((e) => this.describe(e, route(e)));
  }
}

export type LogViews = Partial<Record<LogName, LogView>>;

export function openViews(logs: Partial<Record<LogName, LogReader>>, privacy?: () => ExcerptPolicy): LogViews {
  const views: LogViews = {};
  for (const [name, log] of Object.entries(logs) as [LogName, LogReader | undefined][])
    if (log) views[name] = new LogView(log, privacy, name);
  return views;
}

/** "412 lines from the gateway log, 17 from the static log": what a log verdict read. */
export function linesRead(read: { view: LogView; lines: LogLine[] }[]): string {
  return read.map(({ view, lines }) => `${lines.length} lines from the ${view.name} log`).join(", ");
}
