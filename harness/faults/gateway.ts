/**
 * A misbehaving reference gateway behind HAProxy: its typed knobs (GatewayBehaviour, written as
 * HAL_GW_* by reference-impl/gateway/config.ts's gatewayEnv; a misspelt knob is a compile
 * error), healthy where not set, or no gateway at all.
 */
import { defineFaults } from "./define.ts";
import { except, LATENCY, ON_ANSWERS, ROLLBACK, SERVICE_LOGS, SOAK, TEST1, TEST2_CONNECTED, TEST3, TEST4 } from "./groups.ts";

/** Checks judged on HAL's answers: red when every answer is HAL's own error text (a backend behind the gateway down or failing). */
const HAL_ERROR_ANSWERS = [
  "pdv.text-input",
  "pdv.ten-messages",
  "step6.test4.all-answered",
  ...LATENCY,
  "success.three-conversations",
] as const;

export const GATEWAY_FAULTS = defineFaults("gateway", {
  "gateway-down": {
    description: "the gateway is not running: HAProxy points at a closed port",
    variant: { gatewayDown: true },
    // The page would still show "Connected!" (HAProxy accepts the HTTP/2 extended CONNECT) and
    // then drop; the preflight's WebSocket fails and the gateway refuses it directly too, so
    // every item that needs the socket is red at once, named the gateway's: Test 2 and 3, and
    // the service-log check, which proves its log source with a session through the proxy.
    red: ["step5.ports-listening", "pdv.ports-listening", "pdv.gateway-running", ...TEST2_CONNECTED, ...TEST3, ...SERVICE_LOGS],
    layer: "gateway",
    green: [...TEST1, "pdv.http-server-running"],
    // No gateway, no gateway log to read its start line from.
    unverified: ["step5.gateway-start-line"],
  },
  "gateway-slow": {
    description: "the gateway replies after 6 s: over the 5 s budget",
    variant: { gateway: { replyDelayMs: 6000 } },
    red: ["step6.test3.reply-3s", ...LATENCY],
    // Tests of their own: Test 3's other tests wait up to 7 s (the page's patience) for the 6 s
    // reply, so under load their own checks can miss it; the conversations judged on their
    // answers are blocked by the preflight's late answer (dependencies.ts, rule 5), at once.
    // And the bypass check, whose "hello" is late directly and through the proxy alike (a full
    // run: red, named the gateway's).
    collateral: [...except(TEST3, "step6.test3.reply-3s"), ...ON_ANSWERS, "pdv.status-connected", "troubleshooting.bypass"],
    layer: "gateway",
    // The checks of connections and the rollback drill wait out a late answer: they connect.
    // (So does the reload watch: left out for its 60 s; a full run with this fault finds it green.)
    green: ["step6.test2.browsers", "routing.ws-deterministic", "step6.test2.connected-3s", ...ROLLBACK],
  },
  "gateway-4s": {
    description: 'replies take 4 s: within the 5 s budget, over the 3 s budget for "hello"',
    variant: { gateway: { replyDelayMs: 4000 } },
    specificity: true,
    red: ["step6.test3.reply-3s"],
    layer: "gateway",
    green: [...LATENCY, ...except(TEST3, "step6.test3.reply-3s")],
  },
  "gateway-answer-limit": {
    description: "the gateway stops answering after 3 questions per session",
    variant: { gateway: { answerLimit: 3 } },
    red: ["step6.test4.all-answered", "pdv.ten-messages"],
    layer: "gateway",
    green: [...TEST3, "success.three-conversations"],
  },
  "gateway-oversized": {
    description: "every response is padded to 20 KB: messages are not small",
    variant: { gateway: { padResponseBytes: 20_000 } },
    red: ["pdv.messages-small"],
    layer: "gateway",
    green: [...TEST3, ...LATENCY],
  },
  "gateway-pad-6kb": {
    description: "responses carry 6 KB of text: larger than usual, still under 10 KB",
    variant: { gateway: { padResponseBytes: 6000 } },
    specificity: true,
    red: [],
    layer: "n/a",
    green: ["pdv.messages-small"],
  },
  "gateway-crash-on-joke": {
    description: 'the gateway exits when asked "tell me a joke" (the third of the five Test 4 messages)',
    variant: { gateway: { crashOn: "joke" } },
    red: ["step6.test4.all-answered"],
    layer: "gateway",
    green: [],
  },
  "gateway-upgrade-503": {
    description: "the gateway answers every upgrade with 503",
    variant: { gateway: { rejectUpgradeStatus: 503 } },
    // The preflight's WebSocket gets the 503, directly too: everything that needs the socket is
    // red at once, named the gateway's, the service-log check (a session proves its source) with it.
    red: ["pdv.gateway-running", ...TEST2_CONNECTED, ...SERVICE_LOGS],
    layer: "gateway",
    green: ["pdv.ports-listening", "pdv.http-server-running", "step5.gateway-start-line"],
  },
  "gateway-shared-session": {
    description: "every connection gets the same session id (a module-level variable): conversations are not told apart",
    variant: { gateway: { sessionIds: "shared" } },
    red: ["success.three-conversations"],
    layer: "gateway",
    green: ["step7.gateway.client-connected"],
  },
  "gateway-no-session-id": {
    description: "the `connected` message carries no session_id: the page cannot echo one, the log cannot be matched",
    variant: { gateway: { sessionIds: "missing" } },
    // The page echoes no id and the log line cannot be matched to the page's session either.
    red: ["success.three-conversations", "step7.gateway.client-connected"],
    layer: "gateway",
    green: [],
  },
  "gateway-broadcast-replies": {
    description:
      "every answer goes to every connected client (a shared client set): with two people at once, each sees the other's answers",
    variant: { gateway: { broadcastReplies: true } },
    // The preflight's answer probe keeps a bystander session that asks nothing: it gets the
    // answer to "hello" too, so every check judged on answers is blocked at once, named the
    // gateway's (dependencies.ts, rule 5), three conversations at once with them. One person
    // on the page at a time still sees nothing wrong: Test 3 passes.
    red: ["success.three-conversations", "pdv.ten-messages", "pdv.text-input"],
    layer: "gateway",
    green: [...TEST3],
  },
  "gateway-slow-handshake": {
    description: 'the gateway takes 4 s to complete each WebSocket upgrade: over the 3 s budget for "Connected!"',
    variant: { gateway: { handshakeDelayMs: 4000 } },
    red: ["step6.test2.connected-3s"],
    layer: "gateway",
    green: [],
  },
  "gateway-slow-connected": {
    description: "the gateway sends `connected` 4 s after the upgrade, and reads no message before it: the first reply is late",
    variant: { gateway: { connectedDelayMs: 4000 } },
    // The page shows "Connected!" when the socket opens; the gateway reads nothing before its
    // late `connected`, so the first answer misses the 3 s budget.
    red: ["step6.test3.reply-3s"],
    layer: "gateway",
    green: ["step6.test2.connected-3s"],
  },
  "gateway-fails-every-3rd": {
    description: "every third WebSocket is closed (1011) right after its handshake: one connection can pass by luck, a dozen cannot",
    variant: { gateway: { failEvery: 3 } },
    red: ["routing.ws-deterministic"],
    layer: "gateway",
    green: ["routing.http-deterministic"],
  },
  "gateway-session-traceback": {
    description: "each session's background task (the wake word model's load) fails with a Python traceback; conversations still work",
    variant: { gateway: { sessionTraceback: true } },
    red: ["step7.gateway.no-exceptions", ...SERVICE_LOGS, "success.no-log-errors-1h"],
    layer: "gateway",
    green: ["step7.gateway.client-connected", ...TEST4],
    // The soak's connection holds; the short soak leaves its long items unverified.
    unverified: except(SOAK, "success.no-log-errors-1h"),
  },
  "gateway-partial-message-log": {
    description:
      "a debug build that logs `_handle_message` lines, but only for every other message: where such lines exist, each message needs one",
    variant: { gateway: { partialMessageLog: true } },
    red: ["step7.gateway.handle-message"],
    layer: "gateway",
    green: ["step7.gateway.client-connected", "step7.gateway.no-exceptions"],
  },
  "gateway-no-start-line": {
    description: "the gateway starts without printing `[VoiceGatewayWeb] Starting on ws://...` (an old build, or output buffered away)",
    variant: { gateway: { noStartLine: true } },
    red: ["step5.gateway-start-line"],
    layer: "gateway",
    green: ["step7.gateway.client-connected", ...SERVICE_LOGS],
  },
  "backend-down": {
    description:
      "HAL's AI server refuses connections: every question is answered, in time and in a normal bubble, with `Error: [Errno 111] Connection refused`",
    variant: { gateway: { backend: "down" } },
    // Every socket, route and latency looks healthy (the preflight's "hello" is answered in
    // time), so nothing is blocked: each check that judges HAL's answers finds HAL's own error
    // text and names the services behind the gateway. (Test 3, about the page, passes: a reply
    // appears on a white bubble, in time; a full run judges it.)
    red: HAL_ERROR_ANSWERS,
    layer: "backend",
    green: ["pdv.status-connected"],
  },
  "backend-router-error": {
    description:
      "HAL's query router raises on every question: each is answered `I encountered an error processing your request: ...`, intent `error`",
    variant: { gateway: { backend: "router-error" } },
    // HAL's other form of its own error: the intent says it where frames are read, the text where bubbles are.
    red: HAL_ERROR_ANSWERS,
    layer: "backend",
    green: ["pdv.status-connected"],
  },
  "gateway-blocks-loop": {
    description:
      "the gateway answers in its event loop (2 s of work per answer, not in HAL's thread pool): one user alone gets 2 s, three at once 2, 4 and 6 s",
    variant: { gateway: { blockLoopMs: 2000 } },
    // Only users asking at the same moment show it: their test is red with the figure, and the
    // gateway asked directly keeps them waiting too.
    red: ["pdv.response-time", "success.response-times"],
    layer: "gateway",
    // One question at a time is answered within the budget (ten of them, in the same test).
    green: ["pdv.reply-5s"],
  },
  "gateway-rotate-replies": {
    description:
      "each answer goes to the next connected session (a shared list indexed wrongly): every session gets one answer per question, never its own",
    variant: { gateway: { rotateReplies: true } },
    // The preflight's answer probe keeps a bystander session that asks nothing: the answer to
    // "hello" arrives there, so every check judged on answers is blocked at once, named the
    // gateway's (dependencies.ts, rule 5). Counts per session are equal: only where an answer
    // lands tells it. One person alone on the gateway gets their own answers: Test 3 passes.
    red: ["success.three-conversations", "pdv.ten-messages", "pdv.text-input"],
    layer: "gateway",
    green: [...TEST3],
    // The reload drill keeps two sockets asking at once (the page's and an HTTP/1.1 client's):
    // each gets the other's answers, none its own, so "keep getting replies" fails too.
    collateral: ["step3.reload.websocket-survives"],
  },
  "gateway-closes-on-question": {
    description: "the gateway closes the socket (1011) on every typed question, without `processing` or an answer",
    variant: { gateway: { closeOnTextInput: true } },
    // The page connects ("Connected!", the greeting), then loses its socket at its first
    // question: Test 3 sees no reply; and the preflight's "hello" closes its socket too, which
    // blocks the checks judged on answers at once, named the gateway's.
    red: ["step6.test3.reply-3s", "pdv.text-input", "step6.test4.all-answered"],
    layer: "gateway",
    green: ["step6.test2.connected-3s"],
    // Every other check that asks HAL anything loses its socket the same way: Test 3's other
    // replies, the latency items (nothing to time), the reload drill's sockets, the soak's
    // questions, the page's one socket in Step 7, the rollback drill's green checks (and the
    // troubleshooting item decided by them), and the bypass check (the gateway fails directly).
    collateral: [
      ...except(TEST3, "step6.test3.reply-3s", "step6.test3.user-bubble"),
      ...LATENCY,
      "step3.reload.websocket-survives",
      ...except(SOAK, "success.no-log-errors-1h"),
      "step7.browser.ws-open",
      "rollback.restore-green",
      "rollback.timing",
      "troubleshooting.syntax-error",
      "troubleshooting.bypass",
    ],
  },
  "healthy-echo": {
    description: "a healthy gateway whose backend echoes (`You said: <text>`): any words are an answer, so every conversation passes",
    variant: { gateway: { backend: "echo" } },
    specificity: true,
    red: [],
    layer: "n/a",
    // Every check judged on HAL's answers, with an HAL that knows nothing.
    green: [...TEST3, ...ON_ANSWERS, ...LATENCY, "pdv.status-connected"],
  },
  "healthy-llm-like": {
    description:
      "a healthy gateway whose `llm` answers vary in wording as a local LLM's do (arithmetic in digits, in words or explained): every conversation passes",
    // A fixed seed: the wording is unpredictable to the checks, and a failure can be replayed.
    variant: { gateway: { backend: "llm-like", seed: 20 } },
    specificity: true,
    red: [],
    layer: "n/a",
    green: [...TEST3, ...ON_ANSWERS, ...LATENCY, "pdv.status-connected"],
  },
});
