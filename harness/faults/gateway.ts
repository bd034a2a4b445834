/**
 * Misbehaving gateways: the reference gateway's HAL_GW_* knobs (reference-impl/gateway/main.ts),
 * healthy by default, and a gateway that is not running at all.
 */
import type { StackVariant } from "../stack/types.ts";

export interface GatewayFault {
  description: string;
  variant: StackVariant;
}

const knobs = (env: Record<string, string>): StackVariant => ({ gatewayEnv: env });

export const GATEWAY_FAULTS = {
  "gateway-down": { description: "the gateway is not running: HAProxy points at a closed port", variant: { gatewayDown: true } },
  "gateway-slow": { description: "the gateway replies after 6 s: over the 5 s budget", variant: knobs({ HAL_GW_REPLY_DELAY_MS: "6000" }) },
  "gateway-4s": {
    description: 'replies take 4 s: within the 5 s budget, over the 3 s budget for "hello"',
    variant: knobs({ HAL_GW_REPLY_DELAY_MS: "4000" }),
  },
  "gateway-answer-limit": {
    description: "the gateway stops answering after 3 questions per session",
    variant: knobs({ HAL_GW_ANSWER_LIMIT: "3" }),
  },
  "gateway-oversized": {
    description: "every response is padded to 20 KB: messages are not small",
    variant: knobs({ HAL_GW_PAD_RESPONSE_BYTES: "20000" }),
  },
  "gateway-pad-6kb": {
    description: "responses carry 6 KB of text: larger than usual, still under 10 KB",
    variant: knobs({ HAL_GW_PAD_RESPONSE_BYTES: "6000" }),
  },
  "gateway-crash-on-joke": {
    description: 'the gateway exits when asked "tell me a joke" (the third of the five Test 4 messages)',
    variant: knobs({ HAL_GW_CRASH_ON: "joke" }),
  },
  "gateway-upgrade-503": {
    description: "the gateway answers every upgrade with 503",
    variant: knobs({ HAL_GW_REJECT_UPGRADE_STATUS: "503" }),
  },
  "gateway-shared-session": {
    description: "every connection gets the same session id (a module-level variable): conversations are not told apart",
    variant: knobs({ HAL_GW_SESSION_IDS: "shared" }),
  },
  "gateway-no-session-id": {
    description: "the `connected` message carries no session_id: the page cannot echo one, the log cannot be matched",
    variant: knobs({ HAL_GW_SESSION_IDS: "missing" }),
  },
  "gateway-broadcast-replies": {
    description:
      "every answer goes to every connected client (a shared client set): with two people at once, each sees the other's answers",
    variant: knobs({ HAL_GW_BROADCAST_REPLIES: "1" }),
  },
} satisfies Record<string, GatewayFault>;

export type GatewayFaultName = keyof typeof GATEWAY_FAULTS;
