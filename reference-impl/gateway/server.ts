/**
 * The reference voice gateway: HAL's wire protocol (protocol.ts) and HAL's log lines, as the
 * real Python gateway prints them (HAL_SYSTEM.md): its start line, `Client connected: <uuid>`,
 * `Client disconnected: <uuid>` on abnormal closes only, Python tracebacks on errors, and no
 * line per message.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createServer } from "node:http";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { type ClientMessage, parseFrame, type ServerMessage } from "./protocol.ts";
import { route } from "./router.ts";
import { pythonTraceback } from "./traceback.ts";

/** Knobs that let the harness seed gateway faults; the defaults are a healthy gateway. */
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
  sessionIds: "unique" | "shared" | "missing";
  /** Send each response to every connected client, not only to the one that asked (a shared-state bug). */
  broadcastReplies: boolean;
  /** Each session's background task (the wake word model's load) fails, logging a traceback; conversations are unaffected. */
  sessionTraceback: boolean;
  /** A debug build's `_handle_message` line for every other message (the real gateway logs none). */
  partialMessageLog: boolean;
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
};

/** Where a background task of the real gateway (the wake word model's reload) fails. */
const BACKGROUND_FRAMES = [
  { file: "/opt/hal/voice_gateway_web.py", line: 77, function: "_reload_wake_word_model", source: "self.model = load_model(MODEL_PATH)" },
  { file: "/opt/hal/wake_word.py", line: 31, function: "load_model", source: 'return Model(path, inference_framework="onnx")' },
];

export interface GatewayOptions {
  host: string;
  port: number;
  /** Largest accepted frame; bigger frames close the socket with 1009 (the `websockets` default is 1 MiB). */
  maxFrameBytes: number;
  pingIntervalMs: number;
  behaviour: GatewayBehaviour;
  /** The gateway's `print` (stdout). */
  log: (line: string) => void;
  /** Where Python writes tracebacks (stderr); default: log. */
  logError?: (line: string) => void;
}

const TAG = "[VoiceGatewayWeb]";

/** An error the gateway reports as Python would: `RuntimeError: <message>`. */
class SeededError extends Error {
  constructor(
    message: string,
    readonly pythonType = "RuntimeError",
  ) {
    super(message);
  }
}

/** A new utterance starts when audio resumes after this much silence. */
const UTTERANCE_GAP_MS = 1500;

export function startGateway(opts: GatewayOptions): Promise<{ port: number; close: () => Promise<void> }> {
  const { behaviour, log } = opts;
  const logError = opts.logError ?? log;
  const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  let handshakes = 0;
  const http = createServer((_req, res) => {
    // What python `websockets` answers to a plain HTTP request.
    res.writeHead(426, { "Content-Type": "text/plain", Connection: "close", Upgrade: "websocket" });
    res.end("Failed to open a WebSocket connection: missing Upgrade header.\n");
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxFrameBytes });

  http.on("upgrade", (req: IncomingMessage, socket, head) => {
    // Node hands an upgrade's socket over without an error listener: a client that resets it
    // while the gateway answers (a rejection, a delayed handshake) must not end the process.
    // `ws` adds its own listener once it takes the socket over.
    socket.on("error", () => socket.destroy());
    if (behaviour.rejectUpgradeStatus) {
      socket.end(`HTTP/1.1 ${behaviour.rejectUpgradeStatus} Gateway Fault\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const upgrade = () => {
      if (!socket.destroyed) wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
    };
    if (behaviour.handshakeDelayMs) void delay(behaviour.handshakeDelayMs).then(upgrade);
    else upgrade();
  });

  const sharedSessionId = randomUUID();
  const everyone = new Set<(m: ServerMessage) => void>();
  wss.on("connection", (ws: WebSocket) => {
    handshakes += 1;
    if (behaviour.failEvery && handshakes % behaviour.failEvery === 0) {
      ws.close(1011, "Internal error");
      return;
    }
    const sessionId = behaviour.sessionIds === "shared" ? sharedSessionId : randomUUID();
    let questions = 0;
    let lastAudioAt = 0;
    let alive = true;
    log(`${TAG} Client connected: ${sessionId}`);
    if (behaviour.sessionTraceback)
      for (const line of pythonTraceback("OSError", "[Errno 24] Too many open files: 'hey_jarvis.onnx'", BACKGROUND_FRAMES)) logError(line);
    const send = (m: ServerMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
    };
    everyone.add(send);
    const reply = (m: ServerMessage) => {
      if (behaviour.broadcastReplies) for (const each of everyone) each(m);
      else send(m);
    };
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
    }, opts.pingIntervalMs);
    ws.on("pong", () => {
      alive = true;
    });

    const handle = async (message: ClientMessage) => {
      if (message.type === "audio_stream") {
        const now = Date.now();
        if (now - lastAudioAt > UTTERANCE_GAP_MS) send({ type: "wake_word_detected", message: "Wake word detected! Listening..." });
        lastAudioAt = now;
        return;
      }
      const text = message.text.trim();
      if (!text) return;
      if (behaviour.crashOn && text.includes(behaviour.crashOn)) {
        for (const line of pythonTraceback("RuntimeError", `cannot handle ${JSON.stringify(text)}`)) logError(line);
        process.exit(70);
      }
      if (behaviour.tracebackOn && text.includes(behaviour.tracebackOn)) {
        throw new SeededError(`could not answer ${JSON.stringify(text)}`);
      }
      questions += 1;
      if (behaviour.answerLimit && questions > behaviour.answerLimit) return;
      send({ type: "processing" });
      if (behaviour.replyDelayMs) await new Promise((r) => setTimeout(r, behaviour.replyDelayMs));
      const answer = route(text);
      const padding = behaviour.padResponseBytes ? ` ${"~".repeat(behaviour.padResponseBytes)}` : "";
      reply({ type: "response", ...answer, text: answer.text + padding, audio: null, audio_format: null });
    };

    let handled = 0;
    const onMessage = (data: RawData, isBinary: boolean) => {
      const parsed = isBinary ? { ok: false as const, error: "Invalid JSON" } : parseFrame(data.toString());
      if (behaviour.partialMessageLog && parsed.ok && parsed.message.type === "text_input" && handled++ % 2 === 0)
        log(`${TAG} _handle_message session=${sessionId} type=text_input`);
      if (!parsed.ok) {
        send({ type: "error", message: parsed.error });
        return;
      }
      handle(parsed.message).catch((err: unknown) => {
        const e = err instanceof SeededError ? err : new SeededError(err instanceof Error ? err.message : String(err), "Exception");
        for (const line of pythonTraceback(e.pythonType, e.message)) logError(line);
        send({ type: "error", message: e.message });
      });
    };
    ws.on("message", (data, isBinary) => void connected.then(() => onMessage(data, isBinary)));
    // Socket errors end in a close: the close is what the real gateway reports.
    ws.on("error", () => {});
    ws.on("close", (code) => {
      clearInterval(ping);
      everyone.delete(send);
      // The real gateway only reports abnormal closes.
      if (code !== 1000 && code !== 1001) log(`${TAG} Client disconnected: ${sessionId}`);
    });
  });

  return new Promise((resolve, reject) => {
    http.once("error", reject);
    http.listen(opts.port, opts.host, () => {
      const address = http.address();
      const port = typeof address === "object" && address ? address.port : opts.port;
      if (!behaviour.noStartLine) log(`${TAG} Starting on ws://${opts.host}:${port}`);
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of wss.clients) client.terminate();
            wss.close();
            http.close(() => done());
            http.closeAllConnections();
          }),
      });
    });
  });
}
