/**
 * How many conversations the success metric's "at least 3 test conversations" opens, and how
 * many at once: three at the same time against production, as long as the load cap allows
 * (HAL_LOAD_CAP); on the reference stack, the production cap's worth of sessions in one burst
 * (at least three), so the suite proves the reference serves what production may be asked to.
 */
import type { SuiteConfig } from "../config/suite-config.ts";

export const SUCCESS_CONVERSATIONS = 3;

export interface ConversationPlan {
  sessions: number;
  atOnce: number;
  why: string;
}

export function conversationPlan(config: Pick<SuiteConfig, "HAL_TARGET_URL" | "HAL_LOAD_CAP">, loadCap: number): ConversationPlan {
  if (config.HAL_TARGET_URL !== undefined) {
    const atOnce = Math.max(1, Math.min(SUCCESS_CONVERSATIONS, loadCap));
    const why =
      atOnce < SUCCESS_CONVERSATIONS
        ? `the load cap allows ${atOnce} at once (HAL_LOAD_CAP=${config.HAL_LOAD_CAP}${loadCap < config.HAL_LOAD_CAP ? ", less the session the soak holds beside the checks" : ""})`
        : "all at once, within the load cap";
    return { sessions: SUCCESS_CONVERSATIONS, atOnce, why };
  }
  const sessions = Math.max(SUCCESS_CONVERSATIONS, config.HAL_LOAD_CAP);
  return { sessions, atOnce: sessions, why: `a burst of the production load cap's ${sessions} sessions on the reference stack` };
}
