/**
 * The checklist's troubleshooting step as code: when a check through the proxy fails, run the
 * same probes directly against the static server and the gateway (bypassing HAProxy) and name
 * the layer at fault:
 *   network  – the public address does not answer at all (DNS, refused, timeout)
 *   proxy    – HAProxy answers, but the bypass probes work where the proxied ones fail (or TLS fails)
 *   gateway  – the gateway fails even when reached directly
 *   page     – the static server fails to serve the page or one of its assets even when reached
 *              directly, or every server-side probe works and the fault is in what the browser runs
 * A page load is the HTML and every script and stylesheet it references (page-assets.ts): an
 * index.html answering 200 beside a client.js answering 404 is a broken page, not a working one.
 */
import type { Layer } from "../checklist/annotations.ts";
import { replyWaitMs, timeouts } from "../config/timeouts.ts";
import { BROWSER_FAMILIES, type BrowserFamily } from "../rules/browser-requests.ts";
import { AT_ONCE } from "../rules/questions.ts";
import type { StackHandle } from "../stack/types.ts";
import { describeAnswer, probeAnswer } from "./answer-probe.ts";
import { openHttp2, upgradeTarget } from "./browser-upgrades.ts";
import { HalClient } from "./hal-client.ts";
import { attributePageFailure, describeLoad, loadPage, type PageLoad, renderPageLoad } from "./page-assets.ts";
import type { ProbeBudgets, WsProbe } from "./types.ts";
import { crossedAnswers } from "./users-at-once.ts";

export type { Layer, ProbeBudgets, WsProbe };

export interface Diagnosis {
  layer: Layer;
  summary: string;
  observations: string[];
}

/** The cheapest WebSocket probe: the handshake, then HAL's `connected` greeting, within the connect budget and margin. */
export const greetingProbe: WsProbe = async (url, caPem, budgets, headers) => {
  const client = await HalClient.connect(url, { caPem, timeoutMs: timeouts(budgets).probeMs, headers });
  await client.close();
  return `greeted, session ${client.sessionId.slice(0, 8)}`;
};

/** HAL's `connected` message carries the session's uuid4 (HAL_SYSTEM.md): a gateway that sends none breaks sessions. */
function sessionOf(client: HalClient): string {
  if (!client.sessionId) throw new Error("the gateway's `connected` message carries no session_id");
  return client.sessionId;
}

/**
 * Opens a session and holds it to the connect budget: the page must show "Connected!" within
 * it, so a handshake or a greeting slower than that is the fault, wherever it is measured.
 */
async function connectInBudget(url: string, caPem: string | undefined, budgets: ProbeBudgets, headers?: Record<string, string>) {
  const started = Date.now();
  const client = await HalClient.connect(url, { caPem, timeoutMs: timeouts(budgets).probeMs, headers });
  const ms = Date.now() - started;
  if (ms > budgets.HAL_CONNECT_BUDGET_MS) {
    await client.close();
    throw new Error(`the WebSocket took ${ms} ms to open and greet (\`connected\`), over the ${budgets.HAL_CONNECT_BUDGET_MS} ms budget`);
  }
  sessionOf(client);
  return client;
}

/** Default probe: open a socket, greeted within the connect budget, ask "hello", expect a `response`. */
export const helloProbe: WsProbe = async (url, caPem, budgets, headers) => {
  const client = await connectInBudget(url, caPem, budgets, headers);
  try {
    const { frame, ms } = await client.ask("hello", replyWaitMs(budgets.HAL_HELLO_REPLY_BUDGET_MS));
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
  return async (url, caPem, budgets, headers) => {
    const client = await connectInBudget(url, caPem, budgets, headers);
    const replyBudgetMs = opts.replyBudget && budgets[opts.replyBudget];
    try {
      const latencies: number[] = [];
      for (const [i, q] of questions.entries()) {
        const { frame, ms } = await client.ask(q, replyWaitMs(replyBudgetMs ?? budgets.HAL_REPLY_BUDGET_MS)).catch((e: Error) => {
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
  return async (url, caPem, budgets, headers) => {
    const questions = AT_ONCE.slice(0, sessions);
    const problems = await crossedAnswers({ url, caPem, headers }, questions, budgets);
    if (problems.length) throw new Error(problems.join("; "));
    return `${sessions} sessions at once, each with its own id, each answered on its own session only`;
  };
}

const NETWORK = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|timed out/i;
const TLS_ERROR = /certificate|self.signed|altname|expired|SSL|TLS/i;

/**
 * HAL answers "hello", on the session that asked, within the reply budget (HAL_REPLY_BUDGET_MS),
 * while another session listens (answer-probe.ts): late, closed, an `error`, no answer or an
 * answer on the other session fail, each said as what it is. Every conversation of the checks
 * waits on these answers, one question at a time.
 */
export const answerInBudgetProbe: WsProbe = async (url, caPem, budgets, headers) => {
  const outcome = await probeAnswer({ url, caPem, headers }, budgets);
  const said = describeAnswer(outcome, "hello", budgets);
  if (outcome.kind !== "answered") throw new Error(said);
  return said;
};

/**
 * The layer of failed answers when the WebSocket itself works: the gateway when its answers fail
 * directly too, the proxy when it answers in time directly (pure).
 */
export function repliesLayer(proxied: Attempt, direct: Attempt | undefined): Diagnosis {
  const observations = [proxied, direct].filter((a) => a !== undefined).map((a) => a.line);
  if (!direct)
    return {
      layer: "gateway",
      summary: `HAL's answers fail through the proxy: ${proxied.error} (no direct gateway URL to clear the gateway)`,
      observations,
    };
  if (!direct.ok) return { layer: "gateway", summary: `HAL's answers fail even at the gateway directly: ${direct.error}`, observations };
  return { layer: "proxy", summary: `HAL answers in time at the gateway directly, not through the proxy: ${proxied.error}`, observations };
}

/** One probe's outcome, as a line of evidence. */
export interface Attempt {
  ok: boolean;
  line: string;
  error?: string;
}

export async function attempt(what: string, run: () => Promise<string>): Promise<Attempt> {
  try {
    return { ok: true, line: `OK    ${what}: ${await run()}` };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, line: `FAIL  ${what}: ${message}`, error: message };
  }
}

/** A page load as an attempt: fails with what did not answer 200. */
function pageAttempt(what: string, load: PageLoad): Attempt {
  const ok = !load.failed;
  const line = `${ok ? "OK  " : "FAIL"}  ${what}: ${renderPageLoad(load)}`;
  return ok ? { ok, line } : { ok, line, error: describeLoad(load.failed as NonNullable<PageLoad["failed"]>) };
}

/** Rounds of page loads through the proxy: balancing faults show only over several requests. */
export const FRONT_ROUNDS = 3;

/** What the bypass probes saw: each through the proxy, and directly where the target offers a URL. */
export interface Observations {
  tls?: Attempt;
  front: Attempt;
  frontLoad?: PageLoad;
  wsProxied: Attempt;
  /** The page's own path in Chromium where h2 is offered: the WebSocket over HTTP/2 (RFC 8441) through the proxy. */
  wsProxiedH2?: Attempt;
  staticDirect?: Attempt;
  staticLoad?: PageLoad;
  gatewayDirect?: Attempt;
}

/** The page and its assets through the proxy, with what the browser sends (the target's credentials). */
export async function proxiedPage(stack: StackHandle, probeMs: number): Promise<{ attempt: Attempt; load: PageLoad }> {
  const load = await loadPage(stack.pageUrl, { ca: stack.tls.caPem, timeoutMs: probeMs, headers: stack.headers }, FRONT_ROUNDS);
  return { attempt: pageAttempt(`page and its assets through the proxy (${stack.pageUrl}) ×${FRONT_ROUNDS}`, load), load };
}

export async function directPage(stack: StackHandle, probeMs: number): Promise<{ attempt: Attempt; load: PageLoad } | undefined> {
  const url = stack.direct.staticUrl;
  if (!url) return undefined;
  const load = await loadPage(url, { timeoutMs: probeMs });
  return { attempt: pageAttempt(`page and its assets from the static server direct (${url})`, load), load };
}

export async function directGateway(stack: StackHandle, budgets: ProbeBudgets, wsProbe: WsProbe): Promise<Attempt | undefined> {
  const url = stack.direct.gatewayUrl;
  return url ? attempt(`gateway direct (${url})`, () => wsProbe(url, undefined, budgets)) : undefined;
}

export async function observe(stack: StackHandle, budgets: ProbeBudgets, wsProbe: WsProbe = helloProbe): Promise<Observations> {
  const { probeMs } = timeouts(budgets);
  const front = await proxiedPage(stack, probeMs);
  const wsProxied = await attempt(`WebSocket through the proxy (${stack.wsUrl})`, () =>
    wsProbe(stack.wsUrl, stack.tls.caPem, budgets, stack.headers),
  );
  const wsProxiedH2 = await attempt("WebSocket over HTTP/2 through the proxy, as Chromium opens it", async () => {
    const chromium = BROWSER_FAMILIES.find((f) => f.name === "Chromium") as BrowserFamily;
    const o = await openHttp2([chromium], upgradeTarget(stack), { timeoutMs: probeMs });
    if (o.notOffered) return `not offered (${o.notOffered})`;
    if (!o.ok) throw new Error(o.error ?? `answered ${o.status}`);
    return `greeted and answered (${o.reply})`;
  });
  const direct = await directPage(stack, probeMs);
  return {
    front: front.attempt,
    frontLoad: front.load,
    wsProxied,
    wsProxiedH2,
    staticDirect: direct?.attempt,
    staticLoad: direct?.load,
    gatewayDirect: await directGateway(stack, budgets, wsProbe),
  };
}

export const observationLines = (o: Observations): string[] =>
  [o.tls, o.front, o.wsProxied, o.wsProxiedH2, o.staticDirect, o.gatewayDirect].filter((a) => a !== undefined).map((a) => a.line);

/** "/ answers 503 through the proxy, 200 from the static server": the proxied page's failure beside the direct load. */
function pageThroughProxy(o: Observations): string {
  const failed = o.frontLoad?.failed;
  if (!failed) return `the page through the proxy: ${o.front.error}`;
  const direct = o.staticLoad?.loads.find((l) => l.name === failed.name);
  return `${describeLoad(failed)} through the proxy${direct?.status !== undefined ? `, ${direct.status} from the static server` : ""}`;
}

/** Names the layer at fault from what the probes saw (pure). */
export function layerOf(stack: Pick<StackHandle, "pageUrl">, o: Observations, known?: { layer: Layer; why: string }): Diagnosis {
  const verdict = (layer: Layer, summary: string): Diagnosis => ({ layer, summary, observations: observationLines(o) });
  if (known) return verdict(known.layer, known.why);
  const { front, wsProxied, staticDirect, gatewayDirect } = o;
  if (!front.ok && NETWORK.test(front.error ?? "") && !wsProxied.ok && NETWORK.test(wsProxied.error ?? "")) {
    return verdict("network", `the public address ${new URL(stack.pageUrl).host} does not answer`);
  }
  const tlsError = o.tls && !o.tls.ok ? o.tls.error : [front.error, wsProxied.error].find((e) => e !== undefined && TLS_ERROR.test(e));
  if (tlsError) return verdict("proxy", `TLS fails at the proxy: ${tlsError}`);
  if (gatewayDirect && !gatewayDirect.ok) return verdict("gateway", `the gateway fails even when reached directly: ${gatewayDirect.error}`);
  if (staticDirect && !staticDirect.ok) {
    const what = o.frontLoad ? attributePageFailure(o.frontLoad, o.staticLoad) : undefined;
    return verdict("page", `the static server fails even when reached directly: ${what ?? staticDirect.error}`);
  }
  if (!wsProxied.ok || !front.ok) {
    const failing = [...(front.ok ? [] : [pageThroughProxy(o)]), ...(wsProxied.ok ? [] : [`the WebSocket: ${wsProxied.error}`])].join("; ");
    const cleared = [staticDirect && "the static server", gatewayDirect && "the gateway"].filter(Boolean);
    if (!cleared.length) return verdict("proxy", `${failing}; no bypass URLs are configured to clear the gateway or static server`);
    return verdict("proxy", `the proxy fails where ${cleared.join(" and ")} ${cleared.length > 1 ? "work" : "works"} directly: ${failing}`);
  }
  if (o.wsProxiedH2 && !o.wsProxiedH2.ok) {
    return verdict(
      "proxy",
      `the WebSocket over HTTP/2 (the page's own path in Chromium) fails through the proxy, where the HTTP/1.1 upgrade and the gateway directly work: ${o.wsProxiedH2.error}`,
    );
  }
  const assets = o.frontLoad?.assets.length ?? 0;
  return verdict(
    "page",
    `every server-side probe works (the page and its ${assets} assets, the WebSocket; directly and through the proxy): the fault is in what the browser runs or shows`,
  );
}

export async function diagnose(
  stack: StackHandle,
  budgets: ProbeBudgets,
  wsProbe: WsProbe = helloProbe,
  known?: { layer: Layer; why: string },
): Promise<Diagnosis> {
  return layerOf(stack, await observe(stack, budgets, wsProbe), known);
}

export function renderDiagnosis(d: Diagnosis): string {
  return [`Diagnosis: layer ${d.layer.toUpperCase()} — ${d.summary}`, ...d.observations.map((o) => `  ${o}`)].join("\n");
}
