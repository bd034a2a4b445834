/**
 * A Node-side client of HAL's WebSocket protocol: used for readiness probes, for bypass probes
 * that localise a fault (gateway direct vs through the proxy) and for protocol-level checks.
 * It records every frame with its direction, type, size and time.
 */
import WebSocket from "ws";

export interface Frame {
  dir: "sent" | "received";
  type: string;
  bytes: number;
  at: number;
  data: Record<string, unknown> | null;
}

export interface ClientOptions {
  caPem?: string;
  /** Connect to this host:port instead of the URL's (curl --resolve semantics). */
  connectTo?: { host: string; port: number };
  timeoutMs?: number;
  /** Send an Origin header, as a browser would. */
  origin?: string;
  /** Extra handshake headers (e.g. the Authorization a browser sends with the page's credentials). */
  headers?: Record<string, string>;
}

export class HalClient {
  readonly frames: Frame[] = [];
  sessionId = "";
  closeCode: number | undefined;
  #waiters = new Set<{ onFrame: (f: Frame) => void; onClose: (code: number) => void }>();

  private constructor(readonly ws: WebSocket) {
    ws.on("close", (code) => {
      this.closeCode = code;
      for (const w of this.#waiters) w.onClose(code);
    });
    ws.on("message", (data: WebSocket.RawData) => {
      const text = data.toString();
      let parsed: Record<string, unknown> | null = null;
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // Recorded as a frame of type "?"; the check decides whether that matters.
      }
      const frame: Frame = {
        dir: "received",
        type: String(parsed?.type ?? "?"),
        bytes: Buffer.byteLength(text),
        at: Date.now(),
        data: parsed,
      };
      this.frames.push(frame);
      for (const w of this.#waiters) w.onFrame(frame);
    });
  }

  /** Opens a socket and waits for HAL's `connected` message. Rejects with the handshake status on failure. */
  static async connect(url: string, opts: ClientOptions = {}): Promise<HalClient> {
    const timeoutMs = opts.timeoutMs ?? 5000;
    const target = new URL(url);
    const ws = new WebSocket(url, {
      ca: opts.caPem,
      handshakeTimeout: timeoutMs,
      servername: target.hostname,
      origin: opts.origin,
      headers: { ...opts.headers, ...(opts.connectTo ? { Host: target.host } : {}) },
      ...(opts.connectTo ? { host: opts.connectTo.host, port: opts.connectTo.port } : {}),
    } as WebSocket.ClientOptions);
    return HalClient.adopt(ws, url, timeoutMs);
  }

  /**
   * Wraps a socket opened elsewhere (custom upgrade headers, a WebSocket over an HTTP/2 stream)
   * and waits for it to open, if it has not yet, and for HAL's `connected` message. Call it in
   * the tick the socket was made or set up, so no frame goes unrecorded.
   */
  static async adopt(ws: WebSocket, url: string, timeoutMs = 5000): Promise<HalClient> {
    const client = new HalClient(ws);
    const connected = client.next((f) => f.type === "connected", timeoutMs, "a `connected` message after the handshake");
    // If the handshake fails, that error is the one to report; this wait's rejection is moot.
    connected.catch(() => {});
    if (ws.readyState !== WebSocket.OPEN) {
      await new Promise<void>((resolve, reject) => {
        ws.once("open", () => resolve());
        ws.once("unexpected-response", (_req, res) =>
          reject(new Error(`WebSocket handshake to ${url} answered HTTP ${res.statusCode} instead of 101`)),
        );
        ws.once("error", (err) => reject(new Error(`WebSocket to ${url} failed: ${err.message}`)));
      });
    }
    const hello = await connected;
    client.sessionId = String(hello.data?.session_id ?? "");
    return client;
  }

  /** Resolves with the next received frame matching `pred` (frames already received do not count). */
  next(pred: (f: Frame) => boolean, timeoutMs: number, what: string): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = {
        onFrame: (f: Frame) => {
          if (!pred(f)) return;
          finish();
          resolve(f);
        },
        onClose: (code: number) => {
          finish();
          reject(new Error(`socket closed (code ${code}) while waiting for ${what}`));
        },
      };
      this.#waiters.add(waiter);
    });
  }

  sendRaw(payload: string | Buffer): void {
    let type = "?";
    try {
      type = String((JSON.parse(payload.toString()) as { type?: unknown }).type ?? "?");
    } catch {
      // Malformed on purpose, perhaps.
    }
    this.frames.push({ dir: "sent", type, bytes: Buffer.byteLength(payload), at: Date.now(), data: null });
    this.ws.send(payload);
  }

  send(message: Record<string, unknown>): void {
    this.sendRaw(JSON.stringify({ ...message, session_id: this.sessionId }));
  }

  /** Asks a question and resolves with the `response` frame and its latency in ms. */
  async ask(text: string, timeoutMs = 5000): Promise<{ frame: Frame; ms: number }> {
    const reply = this.next((f) => f.type === "response" || f.type === "error", timeoutMs, `reply to "${text}"`);
    const sent = Date.now();
    this.send({ type: "text_input", text });
    const frame = await reply;
    return { frame, ms: frame.at - sent };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once("close", () => resolve());
      this.ws.close(1000);
      setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 1000).unref();
    });
  }
}
