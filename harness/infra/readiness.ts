/**
 * Readiness by real probes: repeat a probe until it succeeds, the component exits, or the
 * deadline passes. The pause between attempts only paces retries; it never stands in for
 * readiness.
 */
import { setTimeout as delay } from "node:timers/promises";

export interface ReadinessOptions {
  what: string;
  timeoutMs?: number;
  /** Resolves if the component dies while we wait: the wait fails at once with its log. */
  exited?: Promise<string>;
  describeFailure?: () => string;
}

export async function waitUntil<T>(probe: () => Promise<T>, opts: ReadinessOptions): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  let died: string | undefined;
  opts.exited?.then((code) => {
    died = code;
  });
  let lastError: unknown;
  for (let attempt = 0; ; attempt++) {
    if (died !== undefined) {
      throw new Error(`${opts.what}: the process exited (${died}) before it was ready\n${opts.describeFailure?.() ?? ""}`);
    }
    try {
      return await probe();
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? lastError.message : String(lastError);
      throw new Error(
        `${opts.what}: not ready after ${opts.timeoutMs ?? 15_000} ms (last probe: ${cause})\n${opts.describeFailure?.() ?? ""}`,
      );
    }
    await delay(Math.min(25 * 2 ** attempt, 250));
  }
}
