/**
 * The browser-family probe over HTTP/1.1: the upgrade it builds carries each family's exact
 * headers (Firefox's `Connection: keep-alive, Upgrade` arrives byte for byte, not ws's own
 * `Upgrade`), and it tells a family apart when a proxy matches the whole Connection value, as
 * HAProxy 2.6 cannot be made to do (its parser drops `keep-alive`) but other proxies can.
 */
import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, test } from "node:test";
import {
  answeredByPage,
  http1UpgradeHeaders,
  openHttp1,
  probeBrowserUpgrades,
  renderFailures,
} from "../../harness/probes/browser-upgrades.ts";
import { BROWSER_FAMILIES, type BrowserFamily, upgradeHeaders } from "../../harness/rules/browser-requests.ts";
import { type TestGateway, testGateway } from "./support/gateway.ts";

const family = (name: string) => BROWSER_FAMILIES.find((f) => f.name === name) as BrowserFamily;

test("each family's HTTP/1.1 upgrade carries its own Connection header, Origin and version 13", () => {
  const url = new URL("wss://hal.example.test:8443");
  const headers = (name: string) => new Map(http1UpgradeHeaders(family(name), url, "https://hal.example.test:8443"));
  assert.equal(headers("Firefox").get("Connection"), "keep-alive, Upgrade");
  assert.equal(headers("Chromium").get("Connection"), "Upgrade");
  assert.equal(headers("Safari").get("Connection"), "Upgrade");
  for (const f of BROWSER_FAMILIES) {
    const h = headers(f.name);
    assert.equal(h.get("Host"), "hal.example.test:8443");
    assert.equal(h.get("Origin"), "https://hal.example.test:8443");
    assert.equal(h.get("Upgrade"), "websocket");
    assert.equal(h.get("Sec-WebSocket-Version"), "13");
  }
});

test("HAProxy's view of the upgrade: keep-alive dropped over HTTP/1.1, connection: upgrade written over HTTP/2", () => {
  assert.deepEqual(upgradeHeaders(family("Firefox"), "HTTP/1.1", "raw").get("connection"), ["keep-alive, Upgrade"]);
  assert.deepEqual(upgradeHeaders(family("Firefox"), "HTTP/1.1").get("connection"), ["Upgrade"]);
  assert.deepEqual(upgradeHeaders(family("Chromium"), "HTTP/2").get("connection"), ["upgrade"]);
  assert.equal(upgradeHeaders(family("Chromium"), "HTTP/2", "raw").has("connection"), false);
});

/**
 * A proxy in front of the gateway that routes an upgrade only when the Connection header is,
 * as a whole, `upgrade` (or with `tokens`, when it holds the token), and answers a page
 * otherwise, as a static server would. It records each request's raw header lines.
 */
function wholeValueProxy(gatewayPort: number, mode: "whole" | "tokens") {
  const seen: string[][] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf("\r\n\r\n");
      if (end < 0) return;
      client.off("data", onData);
      const lines = buffered.subarray(0, end).toString("latin1").split("\r\n");
      seen.push(lines);
      const connection = lines.filter((l) => /^connection:/i.test(l)).map((l) => l.slice(l.indexOf(":") + 1).trim());
      const routed =
        mode === "whole"
          ? connection.length === 1 && connection[0]?.toLowerCase() === "upgrade"
          : connection.some((v) => v.split(",").some((t) => t.trim().toLowerCase() === "upgrade"));
      if (!routed) {
        client.end("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 6\r\nConnection: close\r\n\r\n<html>");
        return;
      }
      const upstream = net.connect(gatewayPort, "127.0.0.1", () => {
        sockets.add(upstream);
        upstream.write(buffered);
        client.pipe(upstream).pipe(client);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    };
    client.on("data", onData);
  });
  return new Promise<{ url: string; seen: string[][]; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        url: `ws://127.0.0.1:${port}`,
        seen,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    }),
  );
}

describe("through a proxy in front of the reference gateway", () => {
  let gw: TestGateway;
  before(async () => {
    gw = await testGateway();
  });
  after(() => gw.close());

  test("Firefox's Connection header reaches the proxy exactly, once, and every family talks to HAL", async () => {
    const proxy = await wholeValueProxy(gw.port, "tokens");
    try {
      const outcomes = await probeBrowserUpgrades({ wsUrl: proxy.url });
      assert.deepEqual(
        outcomes.map((o) => [o.families.join(), o.path, o.ok, o.status, o.firstFrame]),
        BROWSER_FAMILIES.map((f) => [f.name, "HTTP/1.1", true, 101, "connected"]),
      );
      assert.ok(outcomes.every((o) => o.reply?.startsWith("response in")));
      const firefox = proxy.seen[BROWSER_FAMILIES.indexOf(family("Firefox"))] ?? [];
      assert.deepEqual(
        firefox.filter((l) => /^connection:/i.test(l)),
        ["Connection: keep-alive, Upgrade"],
      );
      assert.ok(firefox.includes("Sec-WebSocket-Version: 13") && firefox.some((l) => /^Sec-WebSocket-Key: \S{24}$/.test(l)));
      assert.ok(firefox.includes(`Origin: http://${new URL(proxy.url).host}`));
    } finally {
      await proxy.close();
    }
  });

  test("a proxy matching the whole Connection value fails Firefox only, and the verdict names it", async () => {
    const proxy = await wholeValueProxy(gw.port, "whole");
    try {
      // Three at once: outcomes still come in family order.
      const outcomes = await probeBrowserUpgrades({ wsUrl: proxy.url }, { concurrency: 3 });
      assert.equal(proxy.seen.length, 3);
      assert.deepEqual(
        outcomes.map((o) => [o.families.join(), o.ok]),
        [
          ["Chromium", true],
          ["Firefox", false],
          ["Safari", true],
        ],
      );
      assert.deepEqual(renderFailures(outcomes), [
        "Firefox users cannot connect over HTTP/1.1: the upgrade was answered 200 (text/html: a page, not the gateway's WebSocket) instead of 101",
      ]);
      // The evidence the check names the proxy's layer from, as data.
      assert.deepEqual(
        outcomes.filter(answeredByPage).flatMap((o) => o.families),
        ["Firefox"],
      );
    } finally {
      await proxy.close();
    }
  });

  test("a host mapping (curl --resolve) is honoured: the URL's name is never resolved", async () => {
    const proxy = await wholeValueProxy(gw.port, "tokens");
    try {
      const port = Number(new URL(proxy.url).port);
      const o = await openHttp1(family("Firefox"), { wsUrl: `ws://hal.invalid:${port}`, connectTo: { host: "127.0.0.1", port } });
      assert.deepEqual([o.ok, o.status], [true, 101]);
      assert.ok(proxy.seen[0]?.includes(`Host: hal.invalid:${port}`));
    } finally {
      await proxy.close();
    }
  });

  test("a refused connection is reported, not thrown", async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const o = await openHttp1(family("Firefox"), { wsUrl: `ws://127.0.0.1:${port}` }, { timeoutMs: 2000 });
    assert.equal(o.ok, false);
    assert.equal(o.status, undefined);
    assert.match(o.error ?? "", /ECONNREFUSED/);
  });
});
