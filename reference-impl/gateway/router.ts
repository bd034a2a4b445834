/**
 * Deterministic stand-in for HAL's query router. The real router sends greetings, time and
 * date to `builtin`, device commands to `home_assistant`, data questions to `database` and
 * everything else to an LLM (`llm`), with confidences 0.95 / 0.9 / 0.85 / 0.7 (HAL_SYSTEM.md).
 */
export type Intent = "builtin" | "home_assistant" | "database" | "llm";

export interface Answer {
  text: string;
  intent: Intent;
  confidence: number;
}

const CONFIDENCE: Record<Intent, number> = {
  builtin: 0.95,
  home_assistant: 0.9,
  database: 0.85,
  llm: 0.7,
};

interface Rule {
  match: RegExp;
  intent: Intent;
  answer: (question: string, now: Date) => string;
}

const RULES: Rule[] = [
  {
    match: /\b(hello|hi|hey)\b/,
    intent: "builtin",
    answer: () => "Hello! I'm HAL. How can I help you today?",
  },
  {
    match: /\b(goodbye|bye)\b/,
    intent: "builtin",
    answer: () => "Goodbye! Talk to you soon.",
  },
  {
    match: /\bwhat time\b|\btime is it\b/,
    intent: "builtin",
    answer: (_q, now) => `It's ${now.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit" })}.`,
  },
  {
    match: /\b(date|what day)\b/,
    intent: "builtin",
    answer: (_q, now) =>
      `Today is ${now.toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", year: "numeric" })}.`,
  },
  {
    match: /\bturn (on|off)\b|\blights?\b/,
    intent: "home_assistant",
    answer: (q) => `OK, I sent "${q}" to Home Assistant.`,
  },
  {
    match: /\bhow many\b|\bdatabase\b|\bcustomers?\b/,
    intent: "database",
    answer: () => "I found 42 matching records.",
  },
  {
    match: /\bjoke\b/,
    intent: "llm",
    answer: () => "Why did the WebSocket go to therapy? It had too many unresolved connections.",
  },
];

const ARITHMETIC = /(-?\d+(?:\.\d+)?)\s*([+\-*/x×])\s*(-?\d+(?:\.\d+)?)/;

function arithmetic(question: string): string | undefined {
  const m = ARITHMETIC.exec(question);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const op = m[2];
  const value = op === "+" ? a + b : op === "-" ? a - b : op === "/" ? a / b : a * b;
  return `${m[1]} ${op} ${m[3]} is ${Number.isFinite(value) ? value : "undefined"}.`;
}

export function route(question: string, now = new Date()): Answer {
  const q = question.trim().toLowerCase();
  const math = arithmetic(q);
  if (math) return { text: math, intent: "llm", confidence: CONFIDENCE.llm };
  for (const rule of RULES) {
    if (rule.match.test(q)) {
      return { text: rule.answer(q, now), intent: rule.intent, confidence: CONFIDENCE[rule.intent] };
    }
  }
  return {
    text: "I'm not sure about that yet, but I'm always learning.",
    intent: "llm",
    confidence: CONFIDENCE.llm,
  };
}
