/**
 * What makes a reply from HAL an answer, judged without knowing what HAL knows. Any HAL may
 * answer in any words (an LLM's wording varies, an echo repeats, a canned backend recites): a
 * check never asks for particular words. But when a backend behind the gateway fails, HAL still
 * answers, with its own error as the text (HAL_SYSTEM.md): `Error: <reason>` when its AI server
 * is down or times out, `I encountered an error processing your request: <reason>` with intent
 * `error` when its router fails. Such a reply arrives in time, in a normal bubble, and says the
 * deployment cannot answer anything: it is not an answer, and the layer is the backend.
 */

/** HAL's own error texts, as its gateway writes them. */
const ERROR_TEXTS = [/^Error: /, /^I encountered an error processing your request: /];

export interface ReplyLike {
  text?: unknown;
  intent?: unknown;
}

/** Why a reply is HAL reporting a failure behind it, or undefined when it is an answer. */
export function backendFailure(reply: ReplyLike): string | undefined {
  const text = typeof reply.text === "string" ? reply.text.trim() : "";
  if (reply.intent === "error") return `HAL answered with intent \`error\`: ${JSON.stringify(text.slice(0, 120))}`;
  if (ERROR_TEXTS.some((p) => p.test(text))) return `HAL answered with its own error text: ${JSON.stringify(text.slice(0, 120))}`;
  if (!text) return "HAL answered with an empty text";
  return undefined;
}

/** The failures among a conversation's replies, each naming its question. */
export function backendFailures(exchanges: { question: string; reply?: ReplyLike }[]): string[] {
  return exchanges.flatMap(({ question, reply }) => {
    const why = reply && backendFailure(reply);
    return why ? [`"${question}": ${why}`] : [];
  });
}
