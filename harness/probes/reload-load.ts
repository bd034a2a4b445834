/**
 * A stream of HTTP requests kept running across an HAProxy reload (checklist Step 3: "graceful,
 * no downtime"). Each request is a fresh `curl`-like GET on a new TLS connection, as a person
 * reloading the page would make, and is never retried: a request that fails counts as a
 * failure. The stream is bounded in count and time, and the caller points it at loopback.
 */
import { EventEmitter } from "node:events";
import WebSocket from "ws";
import { type ProbeTls, probe } from "./http-probe.ts";

export interface StreamOptions extends ProbeTls {
  /** Sent with every request, as the browser does (the target's credentials). */
  headers?: Record<string, string>;
  /** Requests in flight at once (each loop sends its next request when the previous ends). */
  concurrency?: number;
  /** Hard bounds: the stream stops by itself after this many requests or this long. */
  maxRequests?: number;
  maxMs?: number;
  timeoutMs?: number;
}

export interface RequestOutcome {
  startedAt: number;
  endedAt: number;
  status?: number;
  error?: string;
}

export interface StreamSummary {
  total: number;
  failures: RequestOutcome[];
  /** Requests that were in flight while the reload ran (started before it ended, ended after it began). */
  acrossReload: number;
  ms: number;
}

/** Events: "outcome" (RequestOutcome) after every request, "end" when all loops stopped. */
export class RequestStream extends EventEmitter {
  readonly outcomes: RequestOutcome[] = [];
  #stopped = false;
  #started = Date.now();
  #done: Promise<void>;

  constructor(
    readonly url: string,
    readonly opts: StreamOptions = {},
  ) {
    super();
    const loops = Array.from({ length: opts.concurrency ?? 2 }, () => this.#loop());
    this.#done = Promise.all(loops).then(() => void this.emit("end"));
  }

  async #loop(): Promise<void> {
    const maxRequests = this.opts.maxRequests ?? 2000;
    const deadline = this.#started + (this.opts.maxMs ?? 30_000);
    while (!this.#stopped && this.outcomes.length < maxRequests && Date.now() < deadline) {
      const startedAt = Date.now();
      const outcome: RequestOutcome = await probe(this.url, { ...this.opts, method: "GET", timeoutMs: this.opts.timeoutMs ?? 5000 }).then(
        (r) => ({ startedAt, endedAt: Date.now(), status: r.status, error: r.status === 200 ? undefined : `HTTP ${r.status}` }),
        (e: Error) => ({ startedAt, endedAt: Date.now(), error: e.message }),
      );
      this.outcomes.push(outcome);
      this.emit("outcome", outcome);
    }
  }

  /** Resolves when `n` requests have completed in total (or the stream ended first). */
  completed(n: number): Promise<void> {
    if (this.outcomes.length >= n) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (this.outcomes.length < n) return;
        done();
      };
      const done = () => {
        this.off("outcome", check).off("end", done);
        resolve();
      };
      this.on("outcome", check).on("end", done);
    });
  }

  /** Stops the loops after their current request and summarises, relative to a reload window. */
  async stop(reload?: { startedAt: number; endedAt: number }): Promise<StreamSummary> {
    this.#stopped = true;
    await this.#done;
    const across = reload ? this.outcomes.filter((o) => o.startedAt <= reload.endedAt && o.endedAt >= reload.startedAt).length : 0;
    return {
      total: this.outcomes.length,
      failures: this.outcomes.filter((o) => o.error),
      acrossReload: across,
      ms: Date.now() - this.#started,
    };
  }
}

/**
 * Watches an open WebSocket for `ms` (the watch period is the check, not a pause) and resolves
 * at once if it closes, with how, or with undefined when it stayed open the whole time.
 */
export function watchSocket(ws: WebSocket, ms: number): Promise<string | undefined> {
  if (ws.readyState !== WebSocket.OPEN)
    return Promise.resolve(`socket already ${ws.readyState === WebSocket.CLOSED ? "closed" : "closing"}`);
  return new Promise((resolve) => {
    const onClose = (code: number) => finish(`socket closed (code ${code}) ${Date.now() - started} ms into the watch`);
    const finish = (why: string | undefined) => {
      clearTimeout(timer);
      ws.off("close", onClose);
      resolve(why);
    };
    const started = Date.now();
    const timer = setTimeout(() => finish(undefined), ms);
    ws.on("close", onClose);
  });
}
