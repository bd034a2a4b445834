/**
 * The preflight: before any check, a few cheap probes through the proxy, each bounded by the
 * connect budget plus the margin (config/timeouts.ts), establish whether the target can carry
 * checks at all: a TLS handshake that verifies strictly, the page with all of its scripts and
 * stylesheets (a few rounds, so balancing onto the wrong server shows), a WebSocket that HAL
 * greets, and HAL's answer to "hello" within the reply budget. When a part fails, the bypass
 * probes name the layer at fault (diagnose.ts), and every check that needs that part
 * (harness/checklist/dependencies.ts) fails at once with that diagnosis instead of waiting out
 * its own timeouts for the same root cause.
 */

import { randomUUID } from "node:crypto";
import type { Layer } from "../checklist/annotations.ts";
import { needsOf, PREFLIGHT_PARTS, type PreflightPart } from "../checklist/dependencies.ts";
import { CHECKLIST_BY_ID } from "../checklist/items.ts";
import { timeouts } from "../config/timeouts.ts";
import { BROWSER_FAMILIES, type BrowserFamily } from "../rules/browser-requests.ts";
import { throughProxy } from "../stack/through-proxy.ts";
import type { StackHandle } from "../stack/types.ts";
import { describeAnswer, probeAnswer } from "./answer-probe.ts";
import { openHttp2, upgradeTarget } from "./browser-upgrades.ts";
import {
  type Attempt,
  answerInBudgetProbe,
  attempt,
  type Diagnosis,
  directGateway,
  directPage,
  greetingProbe,
  layerOf,
  type ProbeBudgets,
  proxiedPage,
  renderDiagnosis,
  repliesLayer,
} from "./diagnose.ts";
import { probe, tlsHandshake } from "./http-probe.ts";

export interface Preflight {
  /** What the target is, as the report's target annotation names it. */
  target: string;
  /**
   * Production only: the query of one marked request (`?hal-e2e-run=<marker>`) the preflight
   * sends, so the run finds its own client address in HAProxy's log (harness/logs/excerpt.ts).
   */
  marker?: string;
  parts: Record<PreflightPart, Attempt>;
  /** HAL answered, but over the reply budget: how late (rule 8 of dependencies.ts fails the latency items on it). */
  lateAnswer?: { question: string; ms: number; budgetMs: number };
  /** Present when a part failed: the layer at fault, from the bypass probes. */
  diagnosis?: Diagnosis;
  ms: number;
}

const PART_WORDS: Record<PreflightPart, string> = {
  tls: "a strictly verified TLS handshake with the public URL",
  page: "the page and its scripts and stylesheets through the proxy",
  websocket: "a WebSocket through the proxy that HAL greets, on the page's own path (HTTP/2 where offered, as Chromium opens it)",
  replies: "HAL's answers through the proxy within the reply budget",
};

/**
 * The WebSocket the page itself opens: over HTTP/2 (RFC 8441) where the server offers it, as
 * Chromium does, else the HTTP/1.1 upgrade. A path the page does not take blocks nothing: the
 * browser check (step6.test2.browsers) judges every family's path on its own.
 */
async function pageWebSocket(stack: StackHandle, budgets: ProbeBudgets): Promise<string> {
  const chromium = BROWSER_FAMILIES.find((f) => f.name === "Chromium") as BrowserFamily;
  // HAL's greeting is enough here, as on HTTP/1.1: whether replies come in time is for the checks.
  const h2 = await openHttp2([chromium], upgradeTarget(stack), { timeoutMs: timeouts(budgets).probeMs, question: null });
  if (h2.notOffered)
    return `HTTP/1.1 upgrade (${h2.notOffered}): ${await greetingProbe(stack.wsUrl, stack.tls.caPem, budgets, stack.headers)}`;
  if (!h2.ok) throw new Error(`over HTTP/2, as Chromium opens it: ${h2.error ?? `answered ${h2.status}`}`);
  return `over HTTP/2, as Chromium opens it: greeted (${h2.reply})`;
}

async function tlsPart(stack: StackHandle, probeMs: number): Promise<Attempt> {
  const url = new URL(stack.pageUrl);
  if (url.protocol !== "https:") return { ok: true, line: `OK    TLS: not used (the target is ${url.protocol}//)` };
  return attempt(`TLS handshake with ${url.host}`, async () => {
    const r = await tlsHandshake(stack.pageUrl, { ca: stack.tls.caPem, timeoutMs: probeMs });
    return `${r.protocol}, ALPN ${r.alpn}, certificate valid until ${r.validTo}`;
  });
}

/**
 * HAL's answer to one question, asked once the WebSocket opened: not asked when it failed, which
 * blocks on its own. Where a direct gateway URL is configured, the same question goes to the
 * gateway side by side, so a late answer's layer costs no second wait.
 */
async function repliesPart(
  stack: StackHandle,
  budgets: ProbeBudgets,
  websocket: Attempt,
): Promise<{ replies: Attempt; direct?: Promise<Attempt | undefined>; late?: Preflight["lateAnswer"] }> {
  const what = `HAL's answer through the proxy (${stack.wsUrl})`;
  if (!websocket.ok)
    return { replies: { ok: false, line: `-     ${what}: not asked, no WebSocket`, error: "not asked: the WebSocket failed" } };
  const direct = directGateway(stack, budgets, answerInBudgetProbe);
  let late: Preflight["lateAnswer"];
  const replies = await attempt(what, async () => {
    const outcome = await probeAnswer({ url: stack.wsUrl, caPem: stack.tls.caPem, headers: stack.headers }, budgets);
    if (outcome.kind === "late") late = { question: "hello", ms: outcome.ms, budgetMs: budgets.HAL_REPLY_BUDGET_MS };
    const said = describeAnswer(outcome, "hello", budgets);
    if (outcome.kind !== "answered") throw new Error(said);
    return said;
  });
  return { replies, direct, late };
}

/**
 * Runs the preflight against `stack`; never throws: a failure is a result. The parts run side
 * by side (three connections through the proxy at most, within any load cap); the bypass probes
 * run only when one failed, except HAL's answer at the gateway, asked beside the proxied one.
 */
export async function runPreflight(stack: StackHandle, budgets: ProbeBudgets): Promise<Preflight> {
  const started = Date.now();
  const { probeMs } = timeouts(budgets);
  const marker = stack.target === "production" ? randomUUID().slice(0, 13) : undefined;
  // One request more, answered or not: it only has to reach HAProxy's log.
  if (marker) await probe(markedUrl(stack.pageUrl, marker), { ...throughProxy(stack), timeoutMs: probeMs }).catch(() => undefined);
  const [tls, page, { websocket, replies, direct: gatewayAnswer, late: lateAnswer }] = await Promise.all([
    tlsPart(stack, probeMs),
    proxiedPage(stack, probeMs),
    attempt(`WebSocket through the proxy (${stack.wsUrl})`, () => pageWebSocket(stack, budgets)).then(async (websocket) => ({
      websocket,
      ...(await repliesPart(stack, budgets, websocket)),
    })),
  ]);
  const parts = { tls, page: page.attempt, websocket, replies };
  const target = `${stack.description}: ${stack.pageUrl}`;
  if (PREFLIGHT_PARTS.every((p) => parts[p].ok)) {
    await gatewayAnswer; // settled before the preflight ends: no probe outlives it
    return { target, marker, parts, ms: Date.now() - started };
  }
  if (tls.ok && page.attempt.ok && websocket.ok) {
    // Only the answers are late: HAL's own timing, asked directly at the gateway too.
    const diagnosis = repliesLayer(replies, await gatewayAnswer);
    return { target, marker, parts, lateAnswer, diagnosis, ms: Date.now() - started };
  }
  const [direct, gatewayDirect] = await Promise.all([
    directPage(stack, probeMs),
    directGateway(stack, budgets, greetingProbe),
    gatewayAnswer,
  ]);
  const diagnosis = layerOf(stack, {
    tls,
    front: page.attempt,
    frontLoad: page.load,
    wsProxied: websocket,
    staticDirect: direct?.attempt,
    staticLoad: direct?.load,
    gatewayDirect,
  });
  return { target, marker, parts, diagnosis, ms: Date.now() - started };
}

/** The page URL with the run's marker: `?hal-e2e-run=<marker>` (the static server ignores a query). */
export function markedUrl(pageUrl: string, marker: string): string {
  const u = new URL(pageUrl);
  u.searchParams.set("hal-e2e-run", marker);
  return u.href;
}

export interface Blocked {
  layer: Layer;
  /** The first failed part the test needs: what it is blocked by. */
  part: PreflightPart;
  /** The diagnosis' summary: the root cause. */
  summary: string;
  /** The failure: `blocked: <root cause>`, then what the test's items needed. The layer travels as data, beside it. */
  message: string;
}

/** Whether a test checking `ids` is blocked by a failed part it needs, and how to say so. */
export function blockedBy(preflight: Preflight, ids: readonly string[]): Blocked | undefined {
  const needs = needsOf(ids);
  // HAL's answers are asked for only over a WebSocket that opened: its failure is the one to name.
  const failed = needs.filter((p) => !preflight.parts[p].ok && !(p === "replies" && !preflight.parts.websocket.ok));
  const d = preflight.diagnosis;
  if (!failed.length || !d) return undefined;
  const items = ids.map((id) => CHECKLIST_BY_ID.get(id)?.text ?? id).map((t) => `"${t}"`);
  // The evidence (every probe's line) is the test's "preflight" attachment, not repeated here.
  const and = (words: string[]) => (words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : (words[0] ?? ""));
  const message = [
    `blocked: ${d.summary}`,
    `Failed at once, not checked: ${items.join(", ")} ${items.length > 1 ? "need" : "needs"} ${and(needs.map((p) => PART_WORDS[p]))}; the preflight found ${and(failed.map((p) => PART_WORDS[p]))} failing.`,
  ].join("\n");
  return { layer: d.layer, part: failed[0] as PreflightPart, summary: d.summary, message };
}

/**
 * A test left with nothing to judge by what the preflight found failing (a log read for the
 * sessions that the broken part never let happen): blocked by the first failed part, as
 * blockedBy blocks a test that needs it, instead of failing a part that did nothing wrong.
 */
export function blockedForLackOfEvidence(preflight: Preflight, notChecked: string): Blocked | undefined {
  const failed = PREFLIGHT_PARTS.find((p) => !preflight.parts[p].ok);
  const d = preflight.diagnosis;
  if (!failed || !d) return undefined;
  return { layer: d.layer, part: failed, summary: d.summary, message: `blocked: ${d.summary}\nNot checked: ${notChecked}` };
}

export function renderPreflight(p: Preflight): string {
  const lines = [`Preflight of ${p.target} (${p.ms} ms)`, ...PREFLIGHT_PARTS.map((part) => `  ${part.padEnd(9)} ${p.parts[part].line}`)];
  if (p.diagnosis) lines.push("", renderDiagnosis(p.diagnosis));
  return lines.join("\n");
}
