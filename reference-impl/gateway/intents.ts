/**
 * HAL's query router, transcribed from HAL_SYSTEM.md ("Which question reaches what"): an intent
 * picked by keyword patterns on the lower-cased text, rows in the table's order, first match
 * wins, `llm` for everything else. The suite's production-safety test imports this table to
 * prove that no production question reaches `home_assistant` (acts on the house) or `database`
 * (reads personal records), so it follows the document, not our reference gateway's needs.
 *
 * What the document leaves open, and how it is read here (each choice is unit-tested):
 * - Keywords are whole words (Python's `\b`, Unicode-aware as in Python 3's `re`): "hi" is not
 *   found in "this", "arm" not in "army". Nouns also match their plural ("lights", "customers",
 *   "allergies", "diagnoses"), since people ask in the plural and a router that missed
 *   "turn on the kitchen lights" would not be the router the document describes.
 * - "A + B" means A, then B later in the text ("turn on the kitchen lights"); "directly
 *   followed" (time/date) means only whitespace between.
 * - "Under 20 characters" counts the trimmed text's characters (code points, as Python's len).
 */

export type RoutedIntent = "builtin" | "home_assistant" | "database" | "llm";

/** One way a row matches: word groups that must occur in this order. */
export interface IntentPattern {
  /** Each group lists alternatives; a group is found after the previous one. */
  readonly words: readonly (readonly string[])[];
  /** Groups are nouns: their plural forms match too. Verbs and connectors match exactly. */
  readonly plural?: "last" | "all";
  /** Only whitespace may separate the groups ("what time", not "what is the time"). */
  readonly adjacent?: boolean;
  /** The whole text must be shorter than this many characters. */
  readonly under?: number;
}

export interface IntentRow {
  readonly intent: Exclude<RoutedIntent, "llm">;
  readonly confidence: number;
  readonly patterns: readonly IntentPattern[];
}

/** HAL_SYSTEM.md's table, row by row; `llm` (0.7) is what none of them matches. */
export const INTENT_TABLE: readonly IntentRow[] = [
  {
    intent: "builtin",
    confidence: 0.95,
    patterns: [
      {
        words: [
          ["what", "current", "tell me"],
          ["time", "date"],
        ],
        adjacent: true,
      },
      { words: [["hello", "hi", "hey"]], under: 20 },
    ],
  },
  {
    intent: "home_assistant",
    confidence: 0.9,
    patterns: [
      {
        words: [
          ["turn on", "turn off", "switch", "toggle", "dim", "brighten", "set"],
          ["light", "lamp", "switch", "plug"],
        ],
        plural: "last",
      },
      {
        words: [
          ["open", "close", "lock", "unlock"],
          ["door", "window", "garage", "blinds", "curtain"],
        ],
        plural: "last",
      },
      {
        words: [
          ["set", "adjust", "change"],
          ["temperature", "thermostat", "climate", "heat", "cool"],
        ],
        plural: "last",
      },
      {
        words: [
          ["play", "pause", "stop", "volume", "skip"],
          ["music", "media", "tv", "speaker"],
        ],
        plural: "last",
      },
      {
        words: [
          ["arm", "disarm"],
          ["alarm", "security"],
        ],
        plural: "last",
      },
      { words: [["scene"]], plural: "all" },
      { words: [["automation"]], plural: "all" },
    ],
  },
  {
    intent: "database",
    confidence: 0.85,
    patterns: [
      {
        words: [
          ["find", "search", "lookup", "get", "show", "list", "retrieve"],
          ["patient", "customer", "record", "person", "appointment"],
        ],
        plural: "last",
      },
      { words: [["query"]], plural: "all" },
      { words: [["medication", "allergy", "vital", "diagnosis", "immunization", "transaction", "order"]], plural: "all" },
      { words: [["how many", "count", "total"]], plural: "all" },
      {
        words: [
          ["what", "who", "when", "where"],
          ["in", "on", "from"],
          ["database", "system", "records"],
        ],
        plural: "last",
      },
    ],
  },
];

export const LLM_CONFIDENCE = 0.7;

/** A noun and its English plural: light/lights, allergy/allergies, diagnosis/diagnoses, blinds. */
export function nounForms(noun: string): string[] {
  if (noun.endsWith("s") && !noun.endsWith("is")) return [noun];
  if (noun.endsWith("is")) return [noun, `${noun.slice(0, -2)}es`];
  if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
  if (/(ch|sh|x|z)$/.test(noun)) return [noun, `${noun}es`];
  return [noun, `${noun}s`];
}

// Python's \w for str patterns: letters, digits and underscore in any script.
const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`\s+`);

function groupSource(p: IntentPattern, i: number): string {
  const alternatives = p.words[i] ?? [];
  const nouns = p.plural === "all" || (p.plural === "last" && i === p.words.length - 1);
  const forms = nouns ? alternatives.flatMap(nounForms) : [...alternatives];
  // Shortest first: at a given start the earliest end leaves the most text for the next group.
  forms.sort((a, b) => a.length - b.length);
  return `(?<!${WORD_CHAR})(?:${forms.map(escapeRegex).join("|")})(?!${WORD_CHAR})`;
}

/**
 * A pattern as regexes searched one after another from where the previous one ended: the same
 * answer as Python's `a.*b.*c`, without its backtracking, which on a megabyte of "what in what
 * in ..." would hold the event loop for minutes. Adjacent groups are one regex.
 */
function compile(p: IntentPattern): RegExp[] {
  const sources = p.words.map((_, i) => groupSource(p, i));
  return (p.adjacent ? [sources.join(String.raw`\s+`)] : sources).map((s) => new RegExp(s, "gu"));
}

function inOrder(regexes: RegExp[], text: string): boolean {
  let from = 0;
  for (const re of regexes) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return false;
    from = m.index + m[0].length;
  }
  return true;
}

/** Python's `len(q) < n`, in code points, without spreading a megabyte into an array. */
function shorterThan(q: string, n: number): boolean {
  if (q.length < n) return true;
  let count = 0;
  for (const _ of q) if (++count >= n) return false;
  return true;
}

// Searched with lastIndex set before every use, so the shared regexes carry no state between calls.
const COMPILED = INTENT_TABLE.map((row) => ({ row, patterns: row.patterns.map((p) => ({ p, regexes: compile(p) })) }));

export interface Routing {
  intent: RoutedIntent;
  confidence: number;
}

/** Which of HAL's backends a question reaches, and the confidence HAL reports with it. Pure. */
export function intentOf(text: string): Routing {
  const q = text.trim().toLowerCase();
  for (const { row, patterns } of COMPILED) {
    if (patterns.some(({ p, regexes }) => (p.under === undefined || shorterThan(q, p.under)) && inOrder(regexes, q)))
      return { intent: row.intent, confidence: row.confidence };
  }
  return { intent: "llm", confidence: LLM_CONFIDENCE };
}
