/**
 * Knobs that let the harness seed gateway faults and choose what answers stand behind the
 * gateway. The defaults (HEALTHY) are a healthy gateway with today's deterministic answers.
 * config.ts maps each field to its HAL_GW_* variable, both ways.
 */

/**
 * What stands behind the gateway (HAL's AI server, its LLM, Home Assistant), see backends.ts:
 * - `canned`: fixed answers per intent, arithmetic computed (the default);
 * - `echo`: `You said: <text>`;
 * - `llm-like`: `llm` questions answered in varied wording, arithmetic in digits, words or explained;
 * - `down`: HAL's AI server refuses connections, so every answer is `Error: [Errno 111] Connection refused`;
 * - `router-error`: an exception in the router, answered `I encountered an error processing your request: <reason>`, intent `error`.
 */
export const BACKENDS = ["canned", "echo", "llm-like", "down", "router-error"] as const;
export type Backend = (typeof BACKENDS)[number];

export const SESSION_ID_MODES = ["unique", "shared", "missing"] as const;

export interface GatewayBehaviour {
  /** Delay before each `response`, in ms. */
  replyDelayMs: number;
  /** Stop answering text after this many questions per session (0 = never). */
  answerLimit: number;
  /** Pad each response with this many bytes of text (0 = none). */
  padResponseBytes: number;
  /** Exit the process when a question contains this text ("" = never). */
  crashOn: string;
  /** Answer every upgrade with this HTTP status instead of 101 (0 = accept). */
  rejectUpgradeStatus: number;
  /** A question containing this text logs a Python traceback and gets an `error` ("" = never). */
  tracebackOn: string;
  /** Leave out the start line (readiness must not depend on it). */
  noStartLine: boolean;
  /** Wait this long before completing each upgrade, in ms. */
  handshakeDelayMs: number;
  /** Wait this long after the upgrade before sending `connected`, in ms. */
  connectedDelayMs: number;
  /** Close every Nth completed handshake at once (1011, nothing logged), counting every upgrade (0 = never). */
  failEvery: number;
  /** `unique`: a uuid4 per connection; `shared`: one id for every connection; `missing`: `connected` carries none. */
  sessionIds: (typeof SESSION_ID_MODES)[number];
  /** Send each response to every connected client, not only to the one that asked (a shared-state bug). */
  broadcastReplies: boolean;
  /** Each session's background task (the wake word model's load) fails, logging a traceback; conversations are unaffected. */
  sessionTraceback: boolean;
  /** A debug build's `_handle_message` line for every other message (the real gateway logs none). */
  partialMessageLog: boolean;
  /** What answers the questions (see Backend). */
  backend: Backend;
  /** Seed of the `llm-like` backend's wording (0 = a fresh seed at every start). */
  seed: number;
  /**
   * Busy work of this many ms inside the event loop per answer (0 = none): the router called
   * directly instead of in HAL's thread pool, so users asking at once are answered one after
   * another (N, 2N, 3N ms).
   */
  blockLoopMs: number;
  /**
   * Each answer goes to the next connected session (in connection order, the last to the
   * first) instead of the asker: every session still gets one answer per question, not its own.
   * Alone on the gateway, a session gets its own answers.
   */
  rotateReplies: boolean;
  /** Close the socket with 1011 on every `text_input`, once received: no `processing`, no answer. */
  closeOnTextInput: boolean;
}

export const HEALTHY: GatewayBehaviour = {
  replyDelayMs: 0,
  answerLimit: 0,
  padResponseBytes: 0,
  crashOn: "",
  rejectUpgradeStatus: 0,
  tracebackOn: "",
  noStartLine: false,
  handshakeDelayMs: 0,
  connectedDelayMs: 0,
  failEvery: 0,
  sessionIds: "unique",
  broadcastReplies: false,
  sessionTraceback: false,
  partialMessageLog: false,
  backend: "canned",
  seed: 0,
  blockLoopMs: 0,
  rotateReplies: false,
  closeOnTextInput: false,
};
