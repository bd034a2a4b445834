/**
 * A check's view of one log: the lines written since the check started are evidence; the lines
 * before are history, shown as context and never counted (HAL_SYSTEM.md: a deployment's own
 * restarts leave DOWN notices, 503s and old tracebacks in the file minutes earlier).
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

  /** Lines written since the view was opened. */
  lines(): LogLine[] {
    return this.log.since(this.#from);
  }

  /** Lines from before the view was opened: context for a report, never a verdict. */
  history(): LogLine[] {
    return this.log.since(0).slice(0, this.#from);
  }

  /** The first line since the view was opened that matches, or undefined after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs = 5000): Promise<LogLine | undefined> {
    return this.log.waitFor(pattern, { mark: this.#from, timeoutMs }).catch(() => undefined);
  }

  /** The view's lines as text, for report attachments. */
  text(maxLines = 200): string {
    return this.log.text(this.#from, maxLines);
  }
}

export type LogName = "haproxy" | "gateway" | "static";
export type LogViews = Partial<Record<LogName, LogView>>;

export function openViews(logs: Partial<Record<LogName, LogReader>>): LogViews {
  const views: LogViews = {};
  for (const [name, log] of Object.entries(logs) as [LogName, LogReader | undefined][]) if (log) views[name] = new LogView(log);
  return views;
}
