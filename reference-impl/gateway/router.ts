/**
 * HAL's query router as the gateway calls it: the intent from HAL's own patterns (intents.ts),
 * the two lines it prints per question, and an answer from the backend the gateway is run with
 * (behaviour.ts, Backend). The backends stand in for the services behind HAL's gateway; their
 * failure modes answer exactly as HAL_SYSTEM.md says HAL does when those services fail.
 */
import type { Backend } from "./behaviour.ts";
import { intentOf, type RoutedIntent } from "./intents.ts";
import { llmLikeAnswer, type Sum } from "./llm-like.ts";

export type Intent = RoutedIntent | "error";

export interface Answer {
  text: string;
  intent: Intent;
  confidence: number;
}

export interface AnswerContext {
  now: Date;
  /** The `llm-like` backend's randomness; seeded by the gateway. */
  random: () => number;
}

/** HAL's AI server is down: what its client's exception says (HAL_SYSTEM.md). */
export const AI_SERVER_DOWN = "Error: [Errno 111] Connection refused";
/** What HAL answers when its router raises (HAL_SYSTEM.md), with the exception as the reason. */
export const ROUTER_ERROR_PREFIX = "I encountered an error processing your request: ";
export const ROUTER_ERROR_REASON = "'NoneType' object has no attribute 'get'";

const ARITHMETIC = /(-?\d+(?:\.\d+)?)\s*([+\-*/x×])\s*(-?\d+(?:\.\d+)?)/;

function sumIn(question: string): (Sum & { digits: [string, string] }) | undefined {
  const m = ARITHMETIC.exec(question);
  if (!m) return undefined;
  const [, left = "", op = "+", right = ""] = m;
  const [a, b] = [Number(left), Number(right)];
  const value = op === "+" ? a + b : op === "-" ? a - b : op === "/" ? a / b : a * b;
  return { a, op, b, value, digits: [left, right] };
}

/** Today's deterministic answers: the default backend, so existing checks keep their texts. */
function canned(q: string, intent: RoutedIntent, now: Date): string {
  if (intent === "builtin") {
    if (/\bdate\b/.test(q))
      return `Today is ${now.toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", year: "numeric" })}.`;
    if (/\btime\b/.test(q)) return `It's ${now.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit" })}.`;
    return "Hello! I'm HAL. How can I help you today?";
  }
  if (intent === "home_assistant") return `OK, I sent "${q}" to Home Assistant.`;
  if (intent === "database") return "I found 42 matching records.";
  const sum = sumIn(q);
  if (sum) return `${sum.digits[0]} ${sum.op} ${sum.digits[1]} is ${Number.isFinite(sum.value) ? sum.value : "undefined"}.`;
  if (/\bjoke\b/.test(q)) return "Why did the WebSocket go to therapy? It had too many unresolved connections.";
  if (/\b(goodbye|bye)\b/.test(q)) return "Goodbye! Talk to you soon.";
  return "I'm not sure about that yet, but I'm always learning.";
}

/** The router's answer to one question, from the given backend. */
export function route(question: string, backend: Backend = "canned", ctx: Partial<AnswerContext> = {}): Answer {
  const text = question.trim();
  const q = text.toLowerCase();
  const { intent, confidence } = intentOf(text);
  const now = ctx.now ?? new Date();
  switch (backend) {
    case "echo":
      return { text: `You said: ${text}`, intent, confidence };
    case "down":
      return { text: AI_SERVER_DOWN, intent, confidence };
    case "router-error":
      return { text: `${ROUTER_ERROR_PREFIX}${ROUTER_ERROR_REASON}`, intent: "error", confidence: 0 };
    case "llm-like":
      if (intent === "llm") return { text: llmLikeAnswer(text, sumIn(q), ctx.random ?? Math.random), intent, confidence };
      return { text: canned(q, intent, now), intent, confidence };
    default:
      return { text: canned(q, intent, now), intent, confidence };
  }
}

/** A float as Python's print shows it: 0.9, 0.85, 0.0 (never JavaScript's bare 0). */
export const pythonFloat = (n: number) => (Number.isInteger(n) ? n.toFixed(1) : String(n));

/**
 * The two lines HAL's router prints per question (HAL_SYSTEM.md): the intent it picked, then
 * the question's first 50 characters (code points, as Python's slice) and "..." always.
 */
export function routerLogLines(question: string): [string, string] {
  const text = question.trim();
  const { intent, confidence } = intentOf(text);
  return [`[Router] Intent: ${intent} (confidence: ${pythonFloat(confidence)})`, `[Router] Query: ${firstCodePoints(text, 50)}...`];
}

function firstCodePoints(text: string, n: number): string {
  let out = "";
  let count = 0;
  for (const c of text) {
    if (count++ === n) break;
    out += c;
  }
  return out;
}
