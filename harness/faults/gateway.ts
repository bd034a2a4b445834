/**
 * Misbehaving servers behind HAProxy: the reference gateway's HAL_GW_* knobs
 * (reference-impl/gateway/config.ts), healthy by default, the static server's
 * HAL_STATIC_FAIL_STATUS, and either server not running at all.
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
  "gateway-slow-handshake": {
    description: 'the gateway takes 4 s to complete each WebSocket upgrade: over the 3 s budget for "Connected!"',
    variant: knobs({ HAL_GW_HANDSHAKE_DELAY_MS: "4000" }),
  },
  "gateway-slow-connected": {
    description: "the gateway sends `connected` 4 s after the upgrade, and reads no message before it: the first reply is late",
    variant: knobs({ HAL_GW_CONNECTED_DELAY_MS: "4000" }),
  },
  "gateway-fails-every-3rd": {
    description: "every third WebSocket is closed (1011) right after its handshake: one connection can pass by luck, a dozen cannot",
    variant: knobs({ HAL_GW_FAIL_EVERY: "3" }),
  },
  "gateway-session-traceback": {
    description: "each session's background task (the wake word model's load) fails with a Python traceback; conversations still work",
    variant: knobs({ HAL_GW_SESSION_TRACEBACK: "1" }),
  },
  "gateway-partial-message-log": {
    description:
      "a debug build that logs `_handle_message` lines, but only for every other message: where such lines exist, each message needs one",
    variant: knobs({ HAL_GW_PARTIAL_MESSAGE_LOG: "1" }),
  },
  "gateway-no-start-line": {
    description: "the gateway starts without printing `[VoiceGatewayWeb] Starting on ws://...` (an old build, or output buffered away)",
    variant: knobs({ HAL_GW_NO_START_LINE: "1" }),
  },
  "static-down": {
    description: "the static server is not running: HAProxy has no server for the page",
    variant: { staticDown: true },
  },
  "static-503": {
    description: "the static server answers every request 503 (a maintenance mode left on)",
    variant: { staticEnv: { HAL_STATIC_FAIL_STATUS: "503" } },
  },
  "static-503-favicon": {
    description: "the static server answers /favicon.ico with 503: the page works, HAProxy's log holds a 503 for every load",
    variant: { staticEnv: { HAL_STATIC_FAIL_STATUS: "503", HAL_STATIC_FAIL_PATH: "/favicon.ico" } },
  },
} satisfies Record<string, GatewayFault>;

export type GatewayFaultName = keyof typeof GATEWAY_FAULTS;
