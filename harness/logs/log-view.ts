/**
 * A check's view of one log. What decides a verdict is written during the run: `lines()` since
 * the check started, or `sinceRunStart()` for an item about the deployment's whole run (no
 * errors in the service logs). What the log held before the run is `history()`: context for
 * the report, never counted (HAL_SYSTEM.md: a deployment's own restarts leave DOWN notices,
 * 503s and old tracebacks in the file minutes earlier).
 */
import type { LogLine, LogReader } from "./log-reader.ts";

export class LogView {
  readonly #from: number;

  constructor(readonly log: LogReader) {
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

  /** The view's lines as text, for report attachments. */
  text(maxLines = 200): string {
    return this.log.text(this.#from, maxLines);
  }

  /** The history as text, for report attachments (context, not evidence). */
  historyText(maxLines = 200): string {
    return this.history()
      .slice(-maxLines)
      .map((l) => l.text)
      .join("\n");
  }
}

export type LogName = "haproxy" | "gateway" | "static";
export type LogViews = Partial<Record<LogName, LogView>>;

export function openViews(logs: Partial<Record<LogName, LogReader>>): LogViews {
  const views: LogViews = {};
  for (const [name, log] of Object.entries(logs) as [LogName, LogReader | undefined][]) if (log) views[name] = new LogView(log);
  return views;
}

/** "412 lines from the gateway log, 17 from the static log": what a log verdict read. */
export function linesRead(read: { view: LogView; lines: LogLine[] }[]): string {
  return read.map(({ view, lines }) => `${lines.length} lines from the ${view.name} log`).join(", ");
}
