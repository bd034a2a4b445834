/**
 * One client's conversation with the reference gateway, as the real handler runs it: `connected`
 * first, then each frame in order. Every frame ends in a reply, silence (empty text, audio) or a
 * protocol close; an unexpected exception while handling one is logged as a Python traceback
 * and answered with `error`, as the real gateway's `except` does, and never leaves the session.
 */
import type { RawData, WebSocket } from "ws";
import type { GatewayBehaviour } from "./behaviour.ts";
import { type ClientMessage, parseFrame, type ServerMessage } from "./protocol.ts";
import { route, routerLogLines } from "./router.ts";
import { pythonTraceback } from "./traceback.ts";

/** An error the gateway reports as Python would: `RuntimeError: <message>`. */
export class SeededError extends Error {
  constructor(
    message: string,
    readonly pythonType = "RuntimeError",
  ) {
    super(message);
  }
}

/** Where a background task of the real gateway (the wake word model's reload) fails. */
const BACKGROUND_FRAMES = [
  { file: "/opt/hal/voice_gateway_web.py", line: 77, function: "_reload_wake_word_model", source: "self.model = load_model(MODEL_PATH)" },
  { file: "/opt/hal/wake_word.py", line: 31, function: "load_model", source: 'return Model(path, inference_framework="onnx")' },
];

/** A new utterance starts when audio resumes after this much silence. */
const UTTERANCE_GAP_MS = 1500;
const TAG = "[VoiceGatewayWeb]";

export type Send = (m: ServerMessage) => void;

/** What a session shares with the gateway that runs it. */
export interface SessionContext {
  behaviour: GatewayBehaviour;
  log: (line: string) => void;
  logError: (line: string) => void;
  pingIntervalMs: number;
  /** The `llm-like` backend's seeded randomness, one generator per gateway. */
  random: () => number;
  /** Delivers a `response` from the session whose `send` is given (to it, to all, or to another). */
  deliver: (from: Send, m: ServerMessage) => void;
  join: (send: Send) => void;
  leave: (send: Send) => void;
  /** Counts one received frame by its type ("invalid" for one that does not parse). */
  count: (type: string) => void;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Synchronous work: the event loop serves nobody else meanwhile (the fault HAL_GW_BLOCK_LOOP_MS). */
function blockEventLoop(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: a router called in the loop instead of HAL's thread pool
  }
}

/** Python's name for what went wrong in the handler, for the traceback's last line. */
const pythonError = (err: unknown): SeededError =>
  err instanceof SeededError
    ? err
    : new SeededError(err instanceof Error ? err.message : String(err), err instanceof TypeError ? "TypeError" : "RuntimeError");

export function serveSession(ws: WebSocket, sessionId: string, ctx: SessionContext): void {
  const { behaviour, log, logError } = ctx;
  let questions = 0;
  let lastAudioAt = 0;
  let alive = true;
  let handled = 0;
  log(`${TAG} Client connected: ${sessionId}`);
  if (behaviour.sessionTraceback)
    for (const line of pythonTraceback("OSError", "[Errno 24] Too many open files: 'hey_jarvis.onnx'", BACKGROUND_FRAMES)) logError(line);
  const send: Send = (m) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
  };
  ctx.join(send);
  // The real handler sends `connected` first and reads messages after it: frames that arrive
  // earlier wait for it.
  const connected = (behaviour.connectedDelayMs ? delay(behaviour.connectedDelayMs) : Promise.resolve()).then(() =>
    send(
      behaviour.sessionIds === "missing"
        ? ({ type: "connected", message: "Connected to HAL Voice Gateway" } as ServerMessage)
        : { type: "connected", session_id: sessionId, message: "Connected to HAL Voice Gateway" },
    ),
  );

  const ping = setInterval(() => {
    if (!alive) {
      // Closes with 1006: logged below as an abnormal close, as the real gateway does.
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, ctx.pingIntervalMs);
  ws.on("pong", () => {
    alive = true;
  });

  const answer = async (question: string) => {
    if (behaviour.crashOn && question.includes(behaviour.crashOn)) {
      for (const line of pythonTraceback("RuntimeError", `cannot handle ${JSON.stringify(question)}`)) logError(line);
      process.exit(70);
    }
    if (behaviour.tracebackOn && question.includes(behaviour.tracebackOn)) {
      throw new SeededError(`could not answer ${JSON.stringify(question)}`);
    }
    questions += 1;
    if (behaviour.answerLimit && questions > behaviour.answerLimit) return;
    send({ type: "processing" });
    // The router prints its two lines as it picks the intent, before the slow part of answering.
    for (const line of routerLogLines(question)) log(line);
    if (behaviour.replyDelayMs) await delay(behaviour.replyDelayMs);
    if (behaviour.blockLoopMs) blockEventLoop(behaviour.blockLoopMs);
    const reply = route(question, behaviour.backend, { random: ctx.random });
    const padding = behaviour.padResponseBytes ? ` ${"~".repeat(behaviour.padResponseBytes)}` : "";
    ctx.deliver(send, { type: "response", ...reply, text: reply.text + padding, audio: null, audio_format: null });
  };

  const handle = async (message: ClientMessage) => {
    if (message.type === "audio_stream") {
      const now = Date.now();
      if (now - lastAudioAt > UTTERANCE_GAP_MS) send({ type: "wake_word_detected", message: "Wake word detected! Listening..." });
      lastAudioAt = now;
      return;
    }
    if (behaviour.closeOnTextInput) {
      ws.close(1011, "Internal error");
      return;
    }
    const question = message.text.trim();
    if (question) await answer(question);
  };

  const onMessage = async (data: RawData, isBinary: boolean) => {
    const parsed = isBinary ? { ok: false as const, error: "Invalid JSON" } : parseFrame(data.toString());
    ctx.count(parsed.ok ? parsed.message.type : "invalid");
    if (behaviour.partialMessageLog && parsed.ok && parsed.message.type === "text_input" && handled++ % 2 === 0)
      log(`${TAG} _handle_message session=${sessionId} type=text_input`);
    if (!parsed.ok) send({ type: "error", message: parsed.error });
    else await handle(parsed.message);
  };

  const fail = (err: unknown) => {
    const e = pythonError(err);
    try {
      for (const line of pythonTraceback(e.pythonType, e.message)) logError(line);
    } finally {
      send({ type: "error", message: e.message });
    }
  };
  ws.on("message", (data, isBinary) => {
    connected
      .then(() => onMessage(data, isBinary))
      .catch(fail)
      // Only if reporting the failure failed too (a broken log sink): the process goes on.
      .catch(() => {});
  });
  // Socket errors end in a close: the close is what the real gateway reports.
  ws.on("error", () => {});
  ws.on("close", (code) => {
    clearInterval(ping);
    ctx.leave(send);
    // The real gateway only reports abnormal closes.
    if (code !== 1000 && code !== 1001) log(`${TAG} Client disconnected: ${sessionId}`);
  });
}
