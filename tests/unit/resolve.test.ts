/**
 * Host mappings (curl --resolve): parsing, Chromium's rules, and Node clients really reaching a
 * made-up host name at a loopback address with SNI and Host kept.
 */
import assert from "node:assert/strict";
import dns from "node:dns";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { connectToFor, connectToForUrl, hostResolverRules, installNodeResolve, parseResolve } from "../../harness/infra/resolve.ts";

test("parses host:port:addr lists, IPv4 and bracketed IPv6", () => {
  assert.deepEqual(parseResolve("Hal.Example.Test:443:127.0.0.1, other.test:8443:[::1]"), [
    { host: "hal.example.test", port: 443, addr: "127.0.0.1" },
    { host: "other.test", port: 8443, addr: "::1" },
  ]);
  assert.deepEqual(parseResolve(""), []);
});

test("rejects malformed entries and ambiguous hosts, naming the entry", () => {
  assert.throws(() => parseResolve("hal.example.test:443"), /"hal.example.test:443" is not host:port:addr/);
  assert.throws(() => parseResolve("hal.example.test:99999:127.0.0.1"), /port 1-65535/);
  assert.throws(() => parseResolve("hal.example.test:443:not-an-ip"), /IP address/);
  assert.throws(() => parseResolve("h.test:443:127.0.0.1,h.test:80:127.0.0.2"), /mapped to both/);
});

test("Chromium rules map host and port, like curl", () => {
  assert.equal(
    hostResolverRules(parseResolve("hal.example.test:8443:127.0.0.1,v6.test:443:[::1]")),
    "MAP hal.example.test:8443 127.0.0.1, MAP v6.test:443 [::1]",
  );
});

test("connectTo helpers map only the listed host and port", () => {
  const m = parseResolve("hal.example.test:8443:127.0.0.1");
  assert.deepEqual(connectToFor(m)("hal.example.test", 8443), { host: "127.0.0.1", port: 8443 });
  assert.equal(connectToFor(m)("hal.example.test", 443), undefined);
  assert.deepEqual(connectToForUrl(m, "wss://hal.example.test:8443"), { host: "127.0.0.1", port: 8443 });
});

test("Node clients reach a mapped made-up host; the Host header keeps its name", async () => {
  const server = http.createServer((req, res) => res.end(req.headers.host)).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as AddressInfo;
  const get = () =>
    new Promise<string>((resolve, reject) => {
      http
        .get(`http://hal.example.test:${port}/`, (res) => {
          let body = "";
          res.on("data", (d) => (body += d)).on("end", () => resolve(body));
        })
        .on("error", reject);
    });
  const original = dns.lookup;
  const restore = installNodeResolve(parseResolve(`hal.example.test:${port}:127.0.0.1`));
  try {
    assert.equal(await get(), `hal.example.test:${port}`);
  } finally {
    restore();
    server.close();
  }
  // Restored. (No lookup of the made-up name after this: it must never reach a real resolver.)
  assert.equal(dns.lookup, original);
});
