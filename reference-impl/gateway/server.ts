import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createServer } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import { type ClientMessage, parseFrame, type ServerMessage } from "./protocol.ts";
import { route } from "./router.ts";

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
}

export const HEALTHY: GatewayBehaviour = {
  replyDelayMs: 0,
  answerLimit: 0,
  padResponseBytes: 0,
  crashOn: "",
  rejectUpgradeStatus: 0,
};

export interface GatewayOptions {
  host: string;
  port: number;
  /** Largest accepted frame; bigger frames close the socket with 1009 (the `websockets` default is 1 MiB). */
  maxFrameBytes: number;
  pingIntervalMs: number;
  behaviour: GatewayBehaviour;
  log: (line: string) => void;
}

const TAG = "[VoiceGatewayWeb]";
/** A new utterance starts when audio resumes after this much silence. */
const UTTERANCE_GAP_MS = 1500;

export function startGateway(opts: GatewayOptions): Promise<{ port: number; close: () => Promise<void> }> {
  const { behaviour, log } = opts;
  const http = createServer((_req, res) => {
    // What python `websockets` answers to a plain HTTP request.
    res.writeHead(426, { "Content-Type": "text/plain", Connection: "close", Upgrade: "websocket" });
    res.end("Failed to open a WebSocket connection: missing Upgrade header.\n");
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxFrameBytes });

  http.on("upgrade", (req: IncomingMessage, socket, head) => {
    if (behaviour.rejectUpgradeStatus) {
      socket.end(`HTTP/1.1 ${behaviour.rejectUpgradeStatus} Gateway Fault\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });

  wss.on("connection", (ws: WebSocket) => {
    const sessionId = randomUUID();
    let questions = 0;
    let lastAudioAt = 0;
    let alive = true;
    log(`${TAG} Client connected: ${sessionId}`);
    const send = (m: ServerMessage) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
    };
    send({ type: "connected", session_id: sessionId, message: "Connected to HAL Voice Gateway" });

    const ping = setInterval(() => {
      if (!alive) {
        log(`${TAG} Ping timeout: ${sessionId}`);
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
        log(`${TAG} Fatal: cannot handle ${JSON.stringify(text)}`);
        process.exit(70);
      }
      questions += 1;
      if (behaviour.answerLimit && questions > behaviour.answerLimit) return;
      send({ type: "processing" });
      if (behaviour.replyDelayMs) await new Promise((r) => setTimeout(r, behaviour.replyDelayMs));
      const answer = route(text);
      const padding = behaviour.padResponseBytes ? ` ${"~".repeat(behaviour.padResponseBytes)}` : "";
      send({ type: "response", ...answer, text: answer.text + padding, audio: null, audio_format: null });
    };

    ws.on("message", (data, isBinary) => {
      const parsed = isBinary ? { ok: false as const, error: "Invalid JSON" } : parseFrame(data.toString());
      log(`${TAG} _handle_message session=${sessionId} type=${parsed.ok ? parsed.message.type : "invalid"}`);
      if (!parsed.ok) {
        send({ type: "error", message: parsed.error });
        return;
      }
      handle(parsed.message).catch((err: unknown) => {
        log(`${TAG} Error handling message: ${String(err)}`);
        send({ type: "error", message: "Internal error" });
      });
    });
    ws.on("error", (err) => log(`${TAG} Socket error ${sessionId}: ${err.message}`));
    ws.on("close", (code) => {
      clearInterval(ping);
      // The real gateway only reports abnormal closes.
      if (code !== 1000 && code !== 1001) log(`${TAG} Client disconnected: ${sessionId} (code ${code})`);
    });
  });

  return new Promise((resolve, reject) => {
    http.once("error", reject);
    http.listen(opts.port, opts.host, () => {
      const address = http.address();
      const port = typeof address === "object" && address ? address.port : opts.port;
      log(`${TAG} Starting on ws://${opts.host}:${port}`);
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
