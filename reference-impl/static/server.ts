/**
 * Static file server standing in for production's `python -m http.server`: GET/HEAD of files
 * under one root, `index.html` for directories, 404 otherwise (there is no favicon, as in
 * production), and a log line per request in http.server's format.
 * Like http.server it knows nothing of WebSockets: an upgrade request is answered as a plain GET.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, STATUS_CODES } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import type { Duplex } from "node:stream";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

async function resolveFile(root: string, urlPath: string): Promise<Reply> {
  const clean = normalize(decodeURIComponent(urlPath.split("?")[0] ?? "/"));
  let file = join(root, clean);
  if (!file.startsWith(root + sep) && file !== root) return notFound();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    return { status: 200, headers: { "Content-Type": type, "Content-Length": String(body.length) }, body };
  } catch {
    return notFound();
  }
}

function notFound(): Reply {
  const body = Buffer.from("<html><body><h1>Error response</h1><p>Error code: 404</p></body></html>\n");
  return { status: 404, headers: { "Content-Type": "text/html", "Content-Length": String(body.length) }, body };
}

function logLine(req: IncomingMessage, status: number): string {
  const d = new Date();
  const stamp = `${String(d.getUTCDate()).padStart(2, "0")}/${d.toLocaleString("en-US", { month: "short", timeZone: "UTC" })}/${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)}`;
  return `${req.socket.remoteAddress ?? "-"} - - [${stamp}] "${req.method} ${req.url} HTTP/${req.httpVersion}" ${status} -`;
}

export interface StaticServerOptions {
  host: string;
  port: number;
  root: string;
  log: (line: string) => void;
}

export function startStaticServer(opts: StaticServerOptions): Promise<{ port: number; close: () => Promise<void> }> {
  const root = normalize(opts.root);
  const server = createServer(async (req, res) => {
    req.socket.on("error", () => req.socket.destroy());
    const reply = await resolveFile(root, req.url ?? "/");
    opts.log(logLine(req, reply.status));
    res.writeHead(reply.status, { ...reply.headers, Server: "SimpleHTTP/0.6 Node" });
    res.end(req.method === "HEAD" ? undefined : reply.body);
  });
  server.on("upgrade", async (req: IncomingMessage, socket: Duplex) => {
    // The client may keep sending WebSocket frames after our plain answer: ignore the reset.
    socket.on("error", () => socket.destroy());
    const reply = await resolveFile(root, req.url ?? "/");
    opts.log(logLine(req, reply.status));
    const head = [`HTTP/1.0 ${reply.status} ${STATUS_CODES[reply.status]}`, ...Object.entries(reply.headers).map(([k, v]) => `${k}: ${v}`)];
    socket.end(Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`), reply.body]));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : opts.port;
      opts.log(`Serving HTTP on ${opts.host} port ${port} (http://${opts.host}:${port}/) ...`);
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
