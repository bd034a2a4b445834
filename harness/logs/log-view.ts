/**
 * A check's view of one log. What decides a verdict is written during the run: `lines()` since
 * the check started, or `sinceRunStart()` for an item about the deployment's whole run (no
 * errors in the service logs). What the log held before the run is `history()`: context for
 * the report, never counted (HAL_SYSTEM.md: a deployment's own restarts leave DOWN notices,
 * 503s and old tracebacks in the file minutes earlier).
 */

import { describeEntry, type ExcerptPolicy, excerpt, FULL, maskAddresses, renderExcerpt } from "./excerpt.ts";
import type { AccessLogEntry } from "./haproxy-log.ts";
import type { LogLine, LogReader } from "./log-reader.ts";

export class LogView {
  readonly #from: number;

  /** `privacy`: what of this log a report may hold (excerpt.ts); asked each time, as the run learns its own address. */
  constructor(
    readonly log: LogReader,
    readonly privacy: () => ExcerptPolicy = () => FULL,
  ) {
    this.#from = log.mark();
  }

  get name(): string {
    return this.log.name;
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

  /** The first line since the view was opened that matches, or undefined after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs = 5000): Promise<LogLine | undefined> {
    return this.log.waitFor(pattern, { mark: this.#from, timeoutMs }).catch(() => undefined);
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
}

export type LogName = "haproxy" | "gateway" | "static";
export type LogViews = Partial<Record<LogName, LogView>>;

export function openViews(logs: Partial<Record<LogName, LogReader>>, privacy?: () => ExcerptPolicy): LogViews {
  const views: LogViews = {};
  for (const [name, log] of Object.entries(logs) as [LogName, LogReader | undefined][]) if (log) views[name] = new LogView(log, privacy);
  return views;
}

/** "412 lines from the gateway log, 17 from the static log": what a log verdict read. */
export function linesRead(read: { view: LogView; lines: LogLine[] }[]): string {
  return read.map(({ view, lines }) => `${lines.length} lines from the ${view.name} log`).join(", ");
}
