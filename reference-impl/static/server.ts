/**
 * Static file server standing in for production's `python -m http.server`: GET/HEAD of files
 * under one root, `index.html` for directories, 404 otherwise (there is no favicon, as in
 * production), and a log line per request in http.server's format.
 * Like http.server it knows nothing of WebSockets: an upgrade request is answered as a plain GET.
 * `failStatus` (HAL_STATIC_FAIL_STATUS) answers every request (or, with `failPath`, only that
 * path's) with that status instead, with http.server's error page, so a static server
 * answering 5xx can be seeded.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, STATUS_CODES } from "node:http";
import { extname, join, normalize, resolve as resolvePath, sep } from "node:path";
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

/** http.server's explanations of the statuses a fault is likely to seed (HTTPStatus.description). */
const EXPLAIN: Record<number, string> = {
  403: "Request forbidden -- authorization will not help",
  404: "Nothing matches the given URI",
  500: "Server got itself in trouble",
  501: "Server does not support this operation",
  502: "Invalid responses from another server/proxy",
  503: "The server cannot process the request due to a high load",
  504: "The gateway server did not receive a timely response",
};

/** The error page of python's http.server (`send_error`), byte for byte in its layout. */
function errorReply(status: number, message = STATUS_CODES[status] ?? "Unknown"): Reply {
  const body = Buffer.from(`<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: ${status}</p>
        <p>Message: ${message}.</p>
        <p>Error code explanation: ${status} - ${EXPLAIN[status] ?? message}.</p>
    </body>
</html>
`);
  return {
    status,
    headers: { Connection: "close", "Content-Type": "text/html;charset=utf-8", "Content-Length": String(body.length) },
    body,
  };
}

const notFound = () => errorReply(404, "File not found");

function logLine(req: IncomingMessage, status: number): string {
  const d = new Date();
  const stamp = `${String(d.getUTCDate()).padStart(2, "0")}/${d.toLocaleString("en-US", { month: "short", timeZone: "UTC" })}/${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)}`;
  return `${req.socket.remoteAddress ?? "-"} - - [${stamp}] "${req.method} ${req.url} HTTP/${req.httpVersion}" ${status} -`;
}

export interface StaticServerOptions {
  host: string;
  port: number;
  root: string;
  /** Answer every request with this status (a seeded fault); unset: serve the files. */
  failStatus?: number;
  /** Only requests for this path get `failStatus` (e.g. "/favicon.ico"); unset: every request. */
  failPath?: string;
  log: (line: string) => void;
}

export function startStaticServer(opts: StaticServerOptions): Promise<{ port: number; close: () => Promise<void> }> {
  // resolvePath(): no trailing separator, so the containment test below holds for any spelling of the root.
  const root = resolvePath(opts.root);
  const failing = (urlPath: string) => opts.failStatus && (!opts.failPath || urlPath.split("?")[0] === opts.failPath);
  const answer = (urlPath: string) =>
    failing(urlPath) ? Promise.resolve(errorReply(opts.failStatus as number)) : resolveFile(root, urlPath);
  const server = createServer(async (req, res) => {
    const reply = await answer(req.url ?? "/");
    opts.log(logLine(req, reply.status));
    res.writeHead(reply.status, { ...reply.headers, Server: "SimpleHTTP/0.6 Node" });
    res.end(req.method === "HEAD" ? undefined : reply.body);
  });
  // Once per connection, not per request: HAProxy keeps connections alive across many requests.
  server.on("connection", (socket) => socket.on("error", () => socket.destroy()));
  server.on("upgrade", async (req: IncomingMessage, socket: Duplex) => {
    // The client may keep sending WebSocket frames after our plain answer: the reset is
    // ignored by the connection's error listener above.
    const reply = await answer(req.url ?? "/");
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
