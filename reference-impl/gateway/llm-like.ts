/**
 * A stand-in for HAL's local LLM (HAL_SYSTEM.md: "wording varies from run to run, arithmetic
 * may come back in words or with an explanation"). Answers are correct, so a healthy run stays
 * healthy; only their wording is unpredictable, which is what a check must not depend on.
 * Randomness comes from a seeded generator, so a failing run can be replayed (HAL_GW_SEED).
 */

/** mulberry32: a tiny, well-known seeded generator; uniform floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const ONES =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SCALES: [number, string][] = [
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
  [100, "hundred"],
];

/** An integer in English words ("forty-two", "minus seven"); undefined when it is not a safe integer. */
export function inWords(n: number): string | undefined {
  if (!Number.isSafeInteger(n) || Math.abs(n) >= 1e12) return undefined;
  if (n < 0) return `minus ${inWords(-n)}`;
  if (n < 20) return ONES[n];
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ""}`;
  for (const [scale, name] of SCALES) {
    if (n < scale) continue;
    const rest = n % scale;
    return `${inWords(Math.floor(n / scale))} ${name}${rest ? ` ${inWords(rest)}` : ""}`;
  }
  return undefined;
}

const OP_WORDS: Record<string, string> = { "+": "plus", "-": "minus", "*": "times", x: "times", "×": "times", "/": "divided by" };

export interface Sum {
  a: number;
  op: string;
  b: number;
  value: number;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const number = (n: number) => String(Number.isInteger(n) ? n : Number(n.toFixed(4)));

/** Arithmetic the way an LLM answers it: in digits, in words, or explained. */
export function llmArithmetic({ a, op, b, value }: Sum, random: () => number): string {
  const verb = OP_WORDS[op] ?? op;
  if (!Number.isFinite(value))
    return pick(random, ["You can't divide by zero: it is undefined.", "Dividing by zero has no answer; it's undefined."]);
  const [wa, wb, wv] = [inWords(a), inWords(b), inWords(value)];
  const forms = [
    `${number(a)} ${op} ${number(b)} = ${number(value)}.`,
    `The answer is ${number(value)}.`,
    `Let's work it out step by step: ${number(a)} ${verb} ${number(b)} gives ${number(value)}. So the answer is ${number(value)}.`,
    `Sure! ${number(a)} ${verb} ${number(b)} equals ${number(value)}.`,
  ];
  if (wa && wb && wv) forms.push(`${capital(wa)} ${verb} ${wb} is ${wv}.`, `That would be ${wv}.`);
  return pick(random, forms);
}

const OPENERS = ["", "Sure! ", "Good question. ", "Okay. ", "Let me think. ", "Hmm. "];

const JOKES = [
  "Why did the WebSocket go to therapy? It had too many unresolved connections.",
  "Why do programmers prefer dark mode? Because light attracts bugs.",
  "What do you call a fake noodle? An impasta!",
  "Why did the scarecrow win an award? He was outstanding in his field.",
];

const FAREWELLS = ["Goodbye! Talk to you soon.", "Bye for now!", "See you later. Take care!", "Goodbye, have a great day!"];

const GENERAL = [
  "That's an interesting question. I don't have a definite answer, but I'm happy to think it through with you.",
  "I'm not completely sure, but here's what I know: it depends on a few things. Could you tell me more?",
  (q: string) => `You asked "${q}". I'm a small local model, so take my answer with a grain of salt: I'm not certain.`,
  "Great question! I'd need a little more context to give you a useful answer.",
];

/** An `llm` question's answer, worded differently from call to call. */
export function llmLikeAnswer(question: string, sum: Sum | undefined, random: () => number): string {
  if (sum) return llmArithmetic(sum, random);
  const q = question.toLowerCase();
  const opener = pick(random, OPENERS);
  if (/\bjoke\b/.test(q)) return `${opener}${pick(random, JOKES)}`;
  if (/\b(goodbye|bye)\b/.test(q)) return pick(random, FAREWELLS);
  const general = pick(random, GENERAL);
  return `${opener}${typeof general === "function" ? general(question) : general}`;
}
