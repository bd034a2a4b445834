/**
 * One question to HAL, and what became of it, told apart: answered (in time or late), the socket
 * closed, an `error` frame, no answer at all, or the answer delivered to another session. Two
 * sessions are open: the asker and a bystander that asks nothing. A `response` on the bystander
 * is someone else's answer, whatever HAL says in it, so the method holds for any backend (an
 * LLM, an echo, canned replies). The preflight asks it once; a check that needs answers is then
 * blocked at once by what went wrong, instead of each waiting out its own timeouts.
 */
import { replyWaitMs, timeouts } from "../config/timeouts.ts";
import { HalClient } from "./hal-client.ts";
import type { ProbeBudgets } from "./types.ts";

export type AnswerOutcome =
  | { kind: "answered"; ms: number; text: string; intent?: string }
  | { kind: "late"; ms: number }
  | { kind: "closed"; code: number; ms: number }
  | { kind: "error-frame"; message: string }
  | { kind: "no-answer"; waitedMs: number }
  | { kind: "other-session"; alsoToAsker: boolean };

/** How long after its own answer the bystander may still receive a copy of it. */
const BROADCAST_GRACE_MS = 300;

export interface AnswerTarget {
  url: string;
  caPem?: string;
  headers?: Record<string, string>;
}

/** Asks `question` on one session while another listens; resolves at the first telling event. */
export async function probeAnswer(target: AnswerTarget, budgets: ProbeBudgets, question = "hello"): Promise<AnswerOutcome> {
  const options = { caPem: target.caPem, headers: target.headers, timeoutMs: timeouts(budgets).probeMs };
  const [asker, bystander] = await Promise.all([HalClient.connect(target.url, options), HalClient.connect(target.url, options)]);
  const waitMs = replyWaitMs(budgets.HAL_REPLY_BUDGET_MS);
  const sent = Date.now();
  try {
    const misdelivered = bystander
      .next((f) => f.type === "response", waitMs, "a response on the session that asked nothing")
      .then((): AnswerOutcome => ({ kind: "other-session", alsoToAsker: asker.frames.some((f) => f.type === "response") }));
    const own = asker
      .next((f) => f.type === "response" || f.type === "error", waitMs, `a reply to "${question}"`)
      .then(
        (f): AnswerOutcome => {
          if (f.type === "error") return { kind: "error-frame", message: String(f.data?.message ?? "") };
          const ms = f.at - sent;
          if (ms > budgets.HAL_REPLY_BUDGET_MS) return { kind: "late", ms };
          return { kind: "answered", ms, text: String(f.data?.text ?? ""), intent: f.data?.intent as string | undefined };
        },
        (): AnswerOutcome =>
          asker.closeCode !== undefined
            ? { kind: "closed", code: asker.closeCode, ms: Date.now() - sent }
            : { kind: "no-answer", waitedMs: waitMs },
      );
    asker.send({ type: "text_input", text: question });
    // The bystander's wait rejects when nothing arrives: only a delivery there decides.
    const first = await Promise.race([own, misdelivered.catch(() => own)]);
    if (first.kind !== "answered" && first.kind !== "late") return first;
    // Answered: a copy sent to everyone (a shared client set) reaches the bystander a moment later.
    await new Promise((r) => setTimeout(r, BROADCAST_GRACE_MS));
    return bystander.frames.some((f) => f.type === "response") ? { kind: "other-session", alsoToAsker: true } : first;
  } finally {
    await Promise.all([asker.close(), bystander.close()]);
  }
}

/** The outcome as the preflight's evidence line says it. */
export function describeAnswer(o: AnswerOutcome, question: string, budgets: ProbeBudgets): string {
  switch (o.kind) {
    case "answered":
      return `"${question}" answered in ${o.ms} ms`;
    case "late":
      return `"${question}" answered in ${o.ms} ms, over the ${budgets.HAL_REPLY_BUDGET_MS} ms reply budget`;
    case "closed":
      return `the socket was closed (code ${o.code}) ${o.ms} ms after "${question}", without an answer`;
    case "error-frame":
      return `"${question}" got an \`error\`: ${JSON.stringify(o.message)}`;
    case "no-answer":
      return `"${question}" got no answer within ${o.waitedMs} ms`;
    case "other-session":
      return o.alsoToAsker
        ? `the answer to "${question}" went to another session too (one that asked nothing): every user sees every answer`
        : `the answer to "${question}" arrived on another session (one that asked nothing), not on the one that asked: answers cross between users`;
  }
}
