/**
 * An in-memory, append-only log of one component, fed line by line from a stream (a child's
 * stdout, a container's log stream, a tailed file or an ssh command). Specs read it through
 * marks so each test sees only the lines it caused.
 *
 * The lines a source showed of its past (a file's last lines, an ssh tail's first burst) are
 * the log's *history*: context for a report, never evidence (HAL_SYSTEM.md: a deployment's own
 * restart leaves DOWN notices and 503s in the file minutes before a check). The run starts
 * after them. `complete` says whether the reader holds the component's log from its very
 * beginning, so that a line it does not hold (the gateway's start line) is really missing.
 */
export interface LogLine {
  at: number;
  text: string;
}

export type LogMark = number;

export class LogReader {
  readonly #lines: LogLine[] = [];
  readonly #waiters = new Set<() => void>();
  #partial = "";
  #runStart = 0;
  #partialHistory: string | undefined;

  constructor(readonly name: string) {}

  /** Marks every line so far as history: the run starts now. */
  startRun(): void {
    this.#runStart = this.#lines.length;
  }

  /** Records lines from before the run (a file's past), then starts the run. */
  seedHistory(lines: string[]): void {
    for (const line of lines) this.push(line);
    this.startRun();
  }

  /**
   * Puts `lines` before everything recorded, as history: a past the component had before this
   * reader started (a seeded fault's earlier restart). Only before any mark is taken.
   */
  prependHistory(lines: string[]): void {
    const at = this.#lines[0]?.at ?? Date.now();
    this.#lines.unshift(...lines.map((text) => ({ at, text })));
    this.#runStart += lines.length;
  }

  /** The reader does not hold the component's whole log: why (e.g. "the source shows only its last 200 lines"). */
  historyIsPartial(why: string): void {
    this.#partialHistory = why;
  }

  /** Undefined when the reader holds the component's log from its beginning; else why not. */
  get partialHistory(): string | undefined {
    return this.#partialHistory;
  }

  /** Lines from before the run started: context, never a verdict. */
  history(): LogLine[] {
    return this.#lines.slice(0, this.#runStart);
  }

  /** The mark where the run started: `since(runStart())` is what the deployment logged during the run. */
  runStart(): LogMark {
    return this.#runStart;
  }

  /** Feeds raw output; complete lines are recorded, a trailing fragment waits for its newline. */
  write(chunk: string | Buffer): void {
    const text = this.#partial + chunk.toString();
    const parts = text.split(/\r?\n/);
    this.#partial = parts.pop() ?? "";
    for (const line of parts) if (line) this.push(line);
  }

  push(text: string): void {
    this.#lines.push({ at: Date.now(), text });
    for (const wake of this.#waiters) wake();
  }

  /** A position to read from later: `since(mark)` returns only newer lines. */
  mark(): LogMark {
    return this.#lines.length;
  }

  since(mark: LogMark = 0): LogLine[] {
    return this.#lines.slice(mark);
  }

  text(mark: LogMark = 0, maxLines = 200): string {
    return this.since(mark)
      .slice(-maxLines)
      .map((l) => `${new Date(l.at).toISOString()} ${l.text}`)
      .join("\n");
  }

  /**
   * Resolves true as soon as `holds()` (checked now and at each new line), false once
   * `timeoutMs` has passed without it: for evidence that arrives over several lines.
   */
  waitUntil(holds: () => boolean, timeoutMs: number): Promise<boolean> {
    if (holds()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const check = () => {
        if (!holds()) return;
        done();
        resolve(true);
      };
      const timer = setTimeout(() => {
        done();
        resolve(holds());
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
    });
  }

  /** Resolves with the first line (after `mark`) matching `pattern`; rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, { timeoutMs = 5000, mark = 0 } = {}): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      let checked = mark;
      const check = () => {
        for (; checked < this.#lines.length; checked++) {
          const line = this.#lines[checked];
          if (line && pattern.test(line.text)) {
            done();
            resolve(line);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.name} log: no line matching ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
      check();
    });
  }
}
