/**
 * The browser-family probe over HTTP/2: the RFC 8441 extended CONNECT it builds, sent only once
 * the server's SETTINGS_ENABLE_CONNECT_PROTOCOL is seen, then HAL's protocol over the stream
 * (ws's framing in the client role: the reference gateway rejects unmasked client frames). The
 * server here is a small HTTP/2 front that turns the CONNECT into an HTTP/1.1 upgrade to the
 * reference gateway, as HAProxy does. TLS is verified against the server's own certificate.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http2 from "node:http2";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Certificate, makeCertificate } from "../../harness/infra/certs.ts";
import { extendedConnectHeaders, openHttp2 } from "../../harness/probes/browser-upgrades.ts";
import { BROWSER_FAMILIES } from "../../harness/rules/browser-requests.ts";
import { type TestGateway, testGateway } from "./support/gateway.ts";

const H2_FAMILIES = BROWSER_FAMILIES.filter((f) => f.http2);

test("the extended CONNECT has :protocol websocket and no HTTP/1.1 upgrade headers", () => {
  const h = extendedConnectHeaders(new URL("wss://hal.example.test"), "https://hal.example.test", BROWSER_FAMILIES[0] as never);
  assert.equal(h[":method"], "CONNECT");
  assert.equal(h[":protocol"], "websocket");
  assert.equal(h[":scheme"], "https");
  assert.equal(h[":authority"], "hal.example.test");
  assert.equal(h[":path"], "/");
  assert.equal(h["sec-websocket-version"], "13");
  assert.equal(h.origin, "https://hal.example.test");
  for (const forbidden of ["connection", "upgrade", "sec-websocket-key"]) assert.equal(h[forbidden], undefined);
});

/** Opens an HTTP/1.1 upgrade to the gateway; resolves with the socket and whatever followed the 101 head. */
function upgradeToGateway(port: number): Promise<{ socket: net.Socket; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () =>
      socket.write(
        `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\n\r\n`,
      ),
    );
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      socket.off("data", onData);
      if (!head.subarray(0, 12).toString().includes("101")) return reject(new Error(head.toString()));
      resolve({ socket, rest: head.subarray(end + 4) });
    };
    socket.on("data", onData);
    socket.on("error", reject);
  });
}

/** An HTTP/2 front for the gateway: extended CONNECT (when enabled) becomes an HTTP/1.1 upgrade behind it. */
async function h2Front(cert: Certificate, gatewayPort: number, enableConnectProtocol: boolean) {
  const key = readFileSync(cert.bundlePath, "utf8").replace(/^[\s\S]*?(-----BEGIN (?:RSA )?PRIVATE KEY-----)/, "$1");
  const server = http2.createSecureServer({ cert: cert.certPem, key, settings: { enableConnectProtocol } });
  const sockets = new Set<net.Socket>();
  server.on("stream", async (stream, headers) => {
    if (headers[":method"] !== "CONNECT" || headers[":protocol"] !== "websocket")
      return stream.respond({ ":status": 404 }, { endStream: true });
    const { socket, rest } = await upgradeToGateway(gatewayPort);
    sockets.add(socket);
    stream.respond({ ":status": 200 });
    if (rest.length) stream.write(rest);
    socket.pipe(stream).pipe(socket);
    stream.on("close", () => socket.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  return {
    wsUrl: `wss://localhost:${port}`,
    connectTo: { host: "127.0.0.1", port },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

describe("over HTTP/2 in front of the reference gateway", () => {
  let gw: TestGateway;
  let dir: string;
  let cert: Certificate;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "hal-h2-"));
    cert = await makeCertificate({ dir, names: ["localhost"] });
    gw = await testGateway();
  });
  after(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the extended CONNECT is answered 200 and HAL says connected and answers hello", async () => {
    const front = await h2Front(cert, gw.port, true);
    try {
      const o = await openHttp2(H2_FAMILIES, { wsUrl: front.wsUrl, caPem: cert.certPem, connectTo: front.connectTo });
      assert.equal(o.error, undefined);
      assert.deepEqual([o.ok, o.status, o.firstFrame, o.notOffered], [true, 200, "connected", undefined]);
      assert.match(o.reply ?? "", /^response in \d+ ms$/);
      assert.deepEqual(o.families, ["Chromium", "Firefox"]);
    } finally {
      await front.close();
    }
  });

  test("without SETTINGS_ENABLE_CONNECT_PROTOCOL the path is reported as not offered, not failed", async () => {
    const front = await h2Front(cert, gw.port, false);
    try {
      const o = await openHttp2(H2_FAMILIES, { wsUrl: front.wsUrl, caPem: cert.certPem, connectTo: front.connectTo });
      assert.equal(o.ok, true);
      assert.match(o.notOffered ?? "", /SETTINGS_ENABLE_CONNECT_PROTOCOL/);
    } finally {
      await front.close();
    }
  });

  test("TLS is verified: without the server's CA the attempt fails", async () => {
    const front = await h2Front(cert, gw.port, true);
    try {
      const o = await openHttp2(H2_FAMILIES, { wsUrl: front.wsUrl, connectTo: front.connectTo });
      assert.equal(o.ok, false);
      assert.match(o.error ?? "", /self.signed|certificate/i);
    } finally {
      await front.close();
    }
  });
});
