/**
 * Several people asking HAL at the same moment, each on a session of their own. HAL answers
 * users in parallel (its router runs in a thread pool, HAL_SYSTEM.md), so each answer should come
 * as fast as one user's alone; a gateway that does slow work in its event loop makes each user
 * wait for the others (one user 2 s; three at once 2, 4 and 6 s). Only questions sent at the same
 * moment show it. Also: sessions take turns, so an answer on a session that asked nothing is
 * someone else's (crossed answers), judged without reading HAL's words.
 */
import { replyWaitMs, timeouts } from "../config/timeouts.ts";
import { HalClient } from "./hal-client.ts";
import type { ProbeBudgets } from "./types.ts";

export interface AtOnce {
  /** Each user's latency in ms, in asking order; undefined when no answer came within the wait. */
  latencies: (number | undefined)[];
  questions: string[];
}

export interface Endpoint {
  url: string;
  caPem?: string;
  headers?: Record<string, string>;
}

async function connectAll(at: Endpoint, n: number, budgets: ProbeBudgets): Promise<HalClient[]> {
  const options = { caPem: at.caPem, headers: at.headers, timeoutMs: timeouts(budgets).probeMs };
  return Promise.all(Array.from({ length: n }, () => HalClient.connect(at.url, options)));
}

/** `questions.length` users, connected first, then all asking in the same tick. */
export async function usersAtOnce(at: Endpoint, questions: string[], budgets: ProbeBudgets): Promise<AtOnce> {
  const clients = await connectAll(at, questions.length, budgets);
  try {
    const waitMs = replyWaitMs(budgets.HAL_REPLY_BUDGET_MS) + budgets.HAL_REPLY_BUDGET_MS * (questions.length - 1);
    const latencies = await Promise.all(
      clients.map((c, i) =>
        c.ask(questions[i] ?? "hello", waitMs).then(
          ({ frame, ms }) => (frame.type === "response" ? ms : undefined),
          () => undefined,
        ),
      ),
    );
    return { latencies, questions };
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}

/** "3 users at once: answers at 2.0, 4.0, 6.1 s". */
export function describeAtOnce(r: AtOnce): string {
  const at = r.latencies.map((ms) => (ms === undefined ? "none" : `${(ms / 1000).toFixed(1)}`)).join(", ");
  return `${r.latencies.length} users at once: answers at ${at} s`;
}

/**
 * Sessions open at once that ask in turns: each asker must get exactly its own answer, and a
 * session with nothing pending none. Returns what went wrong, in words (empty: nothing did).
 */
export async function crossedAnswers(at: Endpoint, questions: string[], budgets: ProbeBudgets): Promise<string[]> {
  const clients = await connectAll(at, questions.length, budgets);
  try {
    const problems: string[] = [];
    const ids = clients.map((c) => c.sessionId);
    if (ids.some((id) => !id)) problems.push("a `connected` message carried no session_id");
    else if (new Set(ids).size !== ids.length) problems.push(`${ids.length} sessions got ${new Set(ids).size} distinct session ids`);
    const responses = () => clients.map((c) => c.frames.filter((f) => f.type === "response").length);
    for (const [k, asker] of clients.entries()) {
      const before = responses();
      const answered = await asker.ask(questions[k] ?? "hello", replyWaitMs(budgets.HAL_REPLY_BUDGET_MS)).then(
        () => true,
        () => false,
      );
      const after = responses();
      if (!answered) problems.push(`session ${k + 1}'s "${questions[k]}" got no answer on its own session`);
      for (const [j, n] of after.entries())
        if (j !== k && n > (before[j] ?? 0)) problems.push(`session ${j + 1} received an answer to session ${k + 1}'s question`);
    }
    return problems;
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}
