/**
 * The checklist's troubleshooting step as code: when a check through the proxy fails, run the
 * same probes directly against the static server and the gateway (bypassing HAProxy) and name
 * the layer at fault:
 *   network  – the public address does not answer at all (DNS, refused, timeout)
 *   proxy    – HAProxy answers, but the bypass probes work where the proxied ones fail (or TLS fails)
 *   gateway  – the gateway fails even when reached directly
 *   page     – every server-side probe works: the fault is in what the browser runs or shows
 */
import type { Layer } from "../checklist/annotations.ts";
import type { SuiteConfig } from "../config/suite-config.ts";
import type { StackHandle } from "../stack/types.ts";
import { HalClient } from "./hal-client.ts";
import { probe } from "./http-probe.ts";

export type { Layer };

/** The budgets a probe may be held to, as configured. */
export type ProbeBudgets = Pick<SuiteConfig, "HAL_HELLO_REPLY_BUDGET_MS" | "HAL_REPLY_BUDGET_MS">;

/** A protocol-level probe: what a failing check did, replayable against any WebSocket URL. */
export type WsProbe = (url: string, caPem: string | undefined, budgets: ProbeBudgets) => Promise<string>;

export interface Diagnosis {
  layer: Layer;
  summary: string;
  observations: string[];
}

/** Default probe: open a socket, expect `connected`, ask "hello", expect a `response`. */
/** HAL's `connected` message carries the session's uuid4 (HAL_SYSTEM.md): a gateway that sends none breaks sessions. */
function sessionOf(client: HalClient): string {
  if (!client.sessionId) throw new Error("the gateway's `connected` message carries no session_id");
  return client.sessionId;
}

export const helloProbe: WsProbe = async (url, caPem) => {
  const client = await HalClient.connect(url, { caPem, timeoutMs: 5000 });
  try {
    sessionOf(client);
    const { frame, ms } = await client.ask("hello", 5000);
    if (frame.type !== "response") throw new Error(`got \`${frame.type}\` instead of a response: ${JSON.stringify(frame.data)}`);
    return `session ${client.sessionId.slice(0, 8)}, reply in ${ms} ms`;
  } finally {
    await client.close();
  }
};

export interface ConversationProbeOptions {
  /** Fail when a reply takes longer than this configured budget. */
  replyBudget?: keyof ProbeBudgets;
  /** Fail when a non-audio message from the gateway is this large or larger (bytes). */
  maxMessageBytes?: number;
}

/** Replays a test's conversation: every question answered, in budget, with small messages. */
export function conversationProbe(questions: string[], opts: ConversationProbeOptions = {}): WsProbe {
  return async (url, caPem, budgets) => {
    const client = await HalClient.connect(url, { caPem, timeoutMs: 5000 });
    const replyBudgetMs = opts.replyBudget && budgets[opts.replyBudget];
    try {
      sessionOf(client);
      const latencies: number[] = [];
      for (const [i, q] of questions.entries()) {
        const { frame, ms } = await client.ask(q, Math.max(5000, (replyBudgetMs ?? 0) + 2000)).catch((e: Error) => {
          throw new Error(`question ${i + 1} of ${questions.length} ("${q}"): ${e.message}`);
        });
        if (frame.type !== "response") throw new Error(`"${q}" got \`${frame.type}\`: ${JSON.stringify(frame.data)}`);
        if (replyBudgetMs !== undefined && ms > replyBudgetMs)
          throw new Error(`"${q}" answered in ${ms} ms, over the ${replyBudgetMs} ms budget`);
        if (opts.maxMessageBytes !== undefined && frame.bytes >= opts.maxMessageBytes)
          throw new Error(`the answer to "${q}" is ${frame.bytes} B (limit ${opts.maxMessageBytes} B)`);
        latencies.push(ms);
      }
      return `${questions.length} questions answered, slowest ${Math.max(...latencies)} ms`;
    } finally {
      await client.close();
    }
  };
}

/**
 * Several sessions at once, each asking a sum of its own: every session must get its own id and
 * its own answer (a gateway that shares one id, or sends answers to every client, fails here).
 */
export function concurrentSessionsProbe(sessions: number): WsProbe {
  return async (url, caPem) => {
    const clients = await Promise.all(Array.from({ length: sessions }, () => HalClient.connect(url, { caPem, timeoutMs: 5000 })));
    try {
      const ids = clients.map(sessionOf);
      if (new Set(ids).size !== ids.length) throw new Error(`${sessions} sessions got ${new Set(ids).size} distinct session ids`);
      const answers = await Promise.all(clients.map((c, i) => c.ask(`what is ${12 + i}+${30 + 7 * i}`, 5000)));
      answers.forEach(({ frame }, i) => {
        const expected = String(42 + 8 * i);
        const text = String(frame.data?.text ?? "");
        if (!text.includes(expected)) throw new Error(`session ${i + 1} asked for ${expected} and got ${JSON.stringify(text)}`);
      });
      return `${sessions} sessions at once, each with its own id and answer`;
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  };
}

const NETWORK = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|timed out/i;

async function attempt(what: string, run: () => Promise<string>): Promise<{ ok: boolean; line: string; error?: string }> {
  try {
    return { ok: true, line: `OK    ${what}: ${await run()}` };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, line: `FAIL  ${what}: ${message}`, error: message };
  }
}

/** Loads of the page through the proxy: balancing faults show only over several requests. */
const FRONT_LOADS = 6;

export async function diagnose(
  stack: StackHandle,
  budgets: ProbeBudgets,
  wsProbe: WsProbe = helloProbe,
  known?: { layer: Layer; why: string },
): Promise<Diagnosis> {
  const ca = stack.tls.caPem;
  const front = await attempt(`page through the proxy (${stack.pageUrl}) ×${FRONT_LOADS}`, async () => {
    const answers: string[] = [];
    for (let i = 0; i < FRONT_LOADS; i++) {
      const r = await probe(stack.pageUrl, { ca, method: "GET" });
      answers.push(`HTTP/${r.httpVersion} ${r.status}`);
      if (r.status !== 200) throw new Error(`load ${i + 1} of ${FRONT_LOADS} answered HTTP ${r.status} (${answers.join(", ")})`);
    }
    return answers[0] ?? "";
  });
  const wsProxied = await attempt(`WebSocket through the proxy (${stack.wsUrl})`, () => wsProbe(stack.wsUrl, ca, budgets));
  const staticDirect = stack.direct.staticUrl
    ? await attempt(`static server direct (${stack.direct.staticUrl})`, async () => {
        const r = await probe(stack.direct.staticUrl as string, { method: "GET" });
        if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
        return `HTTP/${r.httpVersion} ${r.status}`;
      })
    : undefined;
  const gatewayDirect = stack.direct.gatewayUrl
    ? await attempt(`gateway direct (${stack.direct.gatewayUrl})`, () => wsProbe(stack.direct.gatewayUrl as string, undefined, budgets))
    : undefined;
  const observations = [front, wsProxied, staticDirect, gatewayDirect].filter((a) => a !== undefined).map((a) => a.line);

  const verdict = (layer: Layer, summary: string): Diagnosis => ({ layer, summary, observations });
  if (known) return verdict(known.layer, known.why);
  if (!front.ok && NETWORK.test(front.error ?? "") && !wsProxied.ok && NETWORK.test(wsProxied.error ?? "")) {
    return verdict("network", `the public address ${new URL(stack.pageUrl).host} does not answer`);
  }
  if (!front.ok && /certificate|self.signed|altname|expired|SSL|TLS/i.test(front.error ?? "")) {
    return verdict("proxy", `TLS fails at the proxy: ${front.error}`);
  }
  if (gatewayDirect && !gatewayDirect.ok) return verdict("gateway", `the gateway fails even when reached directly: ${gatewayDirect.error}`);
  if (staticDirect && !staticDirect.ok) return verdict("page", `the static server fails even when reached directly: ${staticDirect.error}`);
  if (!wsProxied.ok || !front.ok) {
    const bypassed = gatewayDirect || staticDirect;
    if (!bypassed)
      return verdict("proxy", "the proxied probes fail and no bypass URLs are configured to clear the gateway or static server");
    return verdict(
      "proxy",
      `direct probes work but through HAProxy: ${[front, wsProxied]
        .filter((a) => !a.ok)
        .map((a) => a.error)
        .join("; ")}`,
    );
  }
  return verdict("page", "every server-side probe works, directly and through the proxy: the fault is in what the browser runs or shows");
}

export function renderDiagnosis(d: Diagnosis): string {
  return [`Diagnosis: layer ${d.layer.toUpperCase()} — ${d.summary}`, ...d.observations.map((o) => `  ${o}`)].join("\n");
}
