/**
 * The reference voice gateway: HAL's wire protocol (protocol.ts) and HAL's log lines, as the
 * real Python gateway prints them (HAL_SYSTEM.md): its start line, `Client connected: <uuid>`,
 * `Client disconnected: <uuid>` on abnormal closes only, Python tracebacks on errors, no line
 * of its own per message, and HAL's router's two lines per question (router.ts). Each client is
 * served by session.ts; this file owns the listener, the upgrades and where answers go.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createServer } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import type { GatewayBehaviour } from "./behaviour.ts";
import { seededRandom } from "./llm-like.ts";
import { type Send, type SessionContext, serveSession } from "./session.ts";

export { type GatewayBehaviour, HEALTHY } from "./behaviour.ts";

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

/**
 * Where each `response` goes: to the session that asked; to everyone (HAL_GW_BROADCAST_REPLIES);
 * or to the next connected session in connection order (HAL_GW_ROTATE_REPLIES), so counts per
 * session stay equal while the answers are someone else's.
 */
function replyRouting(behaviour: GatewayBehaviour) {
  const sessions: Send[] = [];
  return {
    join: (send: Send) => void sessions.push(send),
    leave: (send: Send) => {
      const i = sessions.indexOf(send);
      if (i >= 0) sessions.splice(i, 1);
    },
    deliver: (from: Send, m: Parameters<Send>[0]) => {
      if (behaviour.broadcastReplies) for (const each of [...sessions]) each(m);
      else if (behaviour.rotateReplies) {
        // An asker that has gone gets nothing, as in the healthy gateway: counts stay equal.
        const i = sessions.indexOf(from);
        if (i >= 0) sessions[(i + 1) % sessions.length]?.(m);
      } else from(m);
    },
  };
}

/**
 * What clients sent the gateway: sessions opened and frames by type. Not HAL's (the real gateway
 * counts nothing); the harness asks for it to measure what a verify run costs a deployment.
 */
export interface GatewayTraffic {
  sessions: number;
  frames: Record<string, number>;
}

export interface StartedGateway {
  port: number;
  traffic: () => GatewayTraffic;
  close: () => Promise<void>;
}

export function startGateway(opts: GatewayOptions): Promise<StartedGateway> {
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
  const frames: Record<string, number> = {};
  const context: SessionContext = {
    behaviour,
    log,
    logError,
    pingIntervalMs: opts.pingIntervalMs,
    random: seededRandom(behaviour.seed || randomInt(1, 2 ** 32)),
    ...replyRouting(behaviour),
    count: (type) => {
      frames[type] = (frames[type] ?? 0) + 1;
    },
  };
  wss.on("connection", (ws: WebSocket) => {
    handshakes += 1;
    if (behaviour.failEvery && handshakes % behaviour.failEvery === 0) {
      ws.close(1011, "Internal error");
      return;
    }
    serveSession(ws, behaviour.sessionIds === "shared" ? sharedSessionId : randomUUID(), context);
  });

  return new Promise((resolve, reject) => {
    http.once("error", reject);
    http.listen(opts.port, opts.host, () => {
      const address = http.address();
      const port = typeof address === "object" && address ? address.port : opts.port;
      if (!behaviour.noStartLine) log(`${TAG} Starting on ws://${opts.host}:${port}`);
      resolve({
        port,
        traffic: () => ({ sessions: handshakes, frames: { ...frames } }),
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
