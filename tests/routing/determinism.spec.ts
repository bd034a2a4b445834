/**
 * Routing determinism: production balances plain requests round-robin over both servers of
 * hal2_backend (HAL_SYSTEM.md), so about every other request lands on the gateway and fails.
 * One request can pass by luck; twenty-four cannot. The same holds for WebSockets: a gateway
 * (or a proxy) that drops every Nth connection lets one through by luck, not twelve in a row.
 */

import {
  checks,
  expect,
  isRequest,
  layerIs,
  measured,
  parseAccessLogs,
  probe,
  route,
  skipBecause,
  test,
  throughProxy,
} from "../../fixtures/index.ts";

const ASSETS = ["", "client.js"];
const ROUNDS = 12;
const SOCKETS = 12;

test.describe("Routing", { tag: ["@smoke"] }, () => {
  test(`${ROUNDS * ASSETS.length} page and asset loads are all served by hal2_http`, {
    annotation: checks("routing.http-deterministic"),
  }, async ({ stack, logs }) => {
    const results: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const asset of ASSETS) {
        const url = new URL(asset, stack.pageUrl).href;
        const res = await probe(url, { ...throughProxy(stack), method: "GET" }).then(
          (r) => `${r.status}`,
          (e: Error) => e.message,
        );
        results.push(`${asset || "/"} → ${res}`);
      }
    }
    const failed = results.filter((r) => !r.endsWith("→ 200"));
    expect(failed, `Routing: every page/asset load should answer 200; ${failed.length} of ${results.length} did not`).toEqual([]);

    const log = logs.haproxy ?? skipBecause("no-log-source", "no HAProxy log source: routing judged by status codes only");
    await expect
      .poll(() => parseAccessLogs(log.lines()).filter((e) => isRequest(e) && e.status !== 101).length, {
        message: "HAProxy should log every request",
      })
      .toBeGreaterThanOrEqual(results.length);
    // A 101 is a WebSocket of an earlier test, logged when its tunnel closed: not a page load.
    const servers = parseAccessLogs(log.lines())
      .filter((e) => isRequest(e) && e.status !== 101)
      .map(route);
    const elsewhere = servers.filter((s) => s !== "hal2_backend/hal2_http");
    if (elsewhere.length) layerIs("proxy", `routing is HAProxy's: it logged loads served by ${[...new Set(elsewhere)].join(", ")}`);
    expect(elsewhere, `Routing: all ${servers.length} loads should be served by hal2_backend/hal2_http`).toEqual([]);
  });

  test(`${SOCKETS} WebSockets in a row are all accepted and greeted`, {
    annotation: checks("routing.ws-deterministic"),
  }, async ({ stack, halClient }) => {
    // One at a time, each closed before the next: within any load cap, and every one counts.
    const series = async (url?: string): Promise<string[]> => {
      const failed: string[] = [];
      for (let i = 0; i < SOCKETS; i++) {
        // Accepted and greeted (`connected`) is what routing decides;
        // how soon HAL answers is the latency checks' verdict.
        const outcome = await halClient(url)
          .then(async (client) => {
            await client.close();
            return "ok";
          })
          .catch((e: Error) => e.message);
        if (outcome !== "ok") failed.push(`#${i + 1}: ${outcome}`);
      }
      return failed;
    };
    const failed = await series();
    measured(`${SOCKETS - failed.length} of ${SOCKETS} WebSockets accepted and greeted`);
    if (failed.length && stack.direct.gatewayUrl) {
      // The same series straight to the gateway: whether the proxy or the gateway drops them.
      const direct = await series(stack.direct.gatewayUrl);
      layerIs(
        direct.length ? "gateway" : "proxy",
        direct.length
          ? `the gateway fails ${direct.length} of ${SOCKETS} WebSockets in a row reached directly too (${direct[0]})`
          : `all ${SOCKETS} WebSockets in a row succeed straight to the gateway; through the proxy ${failed.length} fail`,
      );
    }
    expect(failed, `Routing: every WebSocket should be accepted and greeted; ${failed.length} of ${SOCKETS} were not`).toEqual([]);
  });
});
