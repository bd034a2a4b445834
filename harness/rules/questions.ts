/**
 * Every question the suite asks HAL, in one typed catalogue: the intent HAL's router gives it
 * (HAL_SYSTEM.md, "Which question reaches what") and whether answering it acts. A question that
 * reaches `home_assistant` switches on real lights or unlocks real doors; one that reaches
 * `database` reads medical and customer records. Against production the suite asks only
 * questions that act on nothing (greetings, time and date, questions its LLM answers that name no
 * device, person or record); the reference stack, which acts on nothing whatever it is asked,
 * also gets the acting ones, so its router's every path is driven end to end.
 *
 * tests/unit/questions.test.ts holds each entry to HAL's router as transcribed in
 * reference-impl/gateway/intents.ts, and refuses a production question that names any keyword
 * of the acting rows in any order: the safe direction where the document is open to reading.
 */
import type { StackHandle } from "../stack/types.ts";

export type Intent = "builtin" | "home_assistant" | "database" | "llm";

export interface Question {
  readonly text: string;
  /** The intent HAL's router picks for it. */
  readonly reaches: Intent;
  /** Answering it acts on the house or reads personal records: never asked of production. */
  readonly acts: boolean;
}

const ask = (text: string, reaches: Intent): Question => ({ text, reaches, acts: reaches === "home_assistant" || reaches === "database" });

export const QUESTIONS = {
  hello: ask("hello", "builtin"),
  helloAgain: ask("hello again", "builtin"),
  time: ask("what time is it", "builtin"),
  tellTime: ask("tell me the time", "llm"),
  date: ask("what is the date", "llm"),
  joke: ask("tell me a joke", "llm"),
  twoPlusTwo: ask("what is 2+2", "llm"),
  sevenTimesSix: ask("what is 7*6", "llm"),
  threePlusFour: ask("what is 3+4", "llm"),
  tenOverFour: ask("what is 10/4", "llm"),
  meaningOfLife: ask("what is the meaning of life", "llm"),
  colourOfSky: ask("why is the sky blue", "llm"),
  goodbye: ask("goodbye", "llm"),
  // Acting: the reference stack only.
  kitchenLights: ask("turn on the kitchen lights", "home_assistant"),
  customers: ask("how many customers do we have", "database"),
} as const satisfies Record<string, Question>;

export type QuestionName = keyof typeof QUESTIONS;

const texts = (...names: QuestionName[]) => names.map((n) => QUESTIONS[n].text);

/** Step 6 Test 4's five messages, as the checklist writes them: none of them acts. */
export const TEST4_MESSAGES = texts("hello", "time", "joke", "twoPlusTwo", "goodbye");

/** A conversation of the Step 7 log checks: a greeting, a builtin answer, a farewell. */
export const LOG_CONVERSATION = texts("hello", "time", "goodbye");

/** One person's conversation among several at once ("at least 3 test conversations"). */
export const CONVERSATION = texts("hello", "joke", "goodbye");

/** Users asking at the same moment, one question each (and the diagnosis' sessions in turns). */
export const AT_ONCE = texts("hello", "joke", "twoPlusTwo", "time", "helloAgain");

/** Questions that act on nothing, for the soak, the reload drill and the diagnosis' replays. */
export const SAFE_ROTATION = texts("hello", "time", "twoPlusTwo", "joke", "goodbye");

/**
 * The twelve messages of one session ("10+ messages without issues"). Against production only
 * questions that act on nothing; on the reference stack two of them are the acting ones.
 */
export function sessionQuestions(stack: Pick<StackHandle, "target">): string[] {
  const acting: QuestionName[] = stack.target === "reference" ? ["kitchenLights", "customers"] : ["tellTime", "colourOfSky"];
  return texts(
    "hello",
    "time",
    "date",
    "joke",
    "twoPlusTwo",
    "sevenTimesSix",
    ...acting,
    "meaningOfLife",
    "tenOverFour",
    "helloAgain",
    "goodbye",
  );
}

/** The ten questions the latency checks time, one after the other: production-safe everywhere. */
export const LATENCY_QUESTIONS = texts(
  "hello",
  "time",
  "joke",
  "twoPlusTwo",
  "date",
  "meaningOfLife",
  "colourOfSky",
  "goodbye",
  "hello",
  "threePlusFour",
);

/** Every question the suite may ask production (what the unit test holds to the router). */
export const PRODUCTION_QUESTIONS: readonly string[] = [
  ...new Set([
    ...TEST4_MESSAGES,
    ...LOG_CONVERSATION,
    ...CONVERSATION,
    ...AT_ONCE,
    ...SAFE_ROTATION,
    ...sessionQuestions({ target: "production" }),
    ...LATENCY_QUESTIONS,
  ]),
];
