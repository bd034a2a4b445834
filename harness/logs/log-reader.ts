/**
 * An in-memory, append-only log of one component, fed line by line from a stream (a child's
 * stdout, a container's log stream, a tailed file or an ssh command). Specs read it through
 * marks so each test sees only the lines it caused.
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

  constructor(readonly name: string) {}

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
