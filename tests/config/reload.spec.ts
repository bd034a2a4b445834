/**
 * Checklist Step 3: "Reload HAProxy (graceful, no downtime)", then "status: active (running)".
 * Each test reloads the stack's own, unchanged config through the master CLI (what
 * `systemctl reload` does in master-worker mode), so the shared stack is left as it was.
 * "Graceful" is judged where users feel it: a WebSocket open during the reload (Node client
 * over the HTTP/1.1 upgrade, and the page, which Chromium carries over HTTP/2) and a stream of
 * page requests across it.
 */

import { checks, expect, find, helloProbe, measured, parseConfig, probe, RequestStream, test, watchSocket } from "../../fixtures/index.ts";

/** How long the sockets are watched after the reload: one reconnect period of the page (3 s). */
const WATCH_MS = 3_000;
/** Requests of the stream before the reload starts and after it has finished. */
const REQUESTS_EACH_SIDE = 20;

/** `hard-stop-after` of the active config: how long a reload lets old workers keep their sockets. */
function hardStopOf(configText: string): string {
  const global = parseConfig(configText).sections.find((s) => s.kind === "global");
  const directive = global && find(global, "hard-stop-after").at(-1);
  return directive ? directive.words.join(" ") : "no hard-stop-after";
}

test.describe("Step 3: graceful reload", { tag: ["@destructive"] }, () => {
  test.use({
    troubleshooting: {
      probe: helloProbe,
      layer: "proxy",
      why: "the fault shows only while HAProxy reloads, and is over before bypass probes could run",
    },
  });
  test("a WebSocket open during the reload (HTTP/1.1 upgrade) stays open and keeps getting replies", {
    annotation: checks("step3.reload.websocket-survives"),
  }, async ({ haproxy, halClient }) => {
    const client = await halClient();
    const ask = (text: string) =>
      client.ask(text).then(
        (r) => ({ ok: r.frame.type === "response", text: `${r.frame.type} in ${r.ms} ms` }),
        (e: Error) => ({ ok: false, text: `no reply (${e.message})` }),
      );
    await client.ask("hello");
    const reload = await haproxy.reload();
    expect(reload.ok, "Step 3 reload: the reload itself should succeed (layer: proxy; see step3.reload.still-running)").toBe(true);
    measured(`reload ${reload.ms} ms; old workers are bounded by ${hardStopOf(await haproxy.readConfig())}`);
    const right = await ask("what time is it");
    const trouble = await watchSocket(client.ws, WATCH_MS);
    const later = await ask("what is 2+2");
    measured(`right after: ${right.text}; ${WATCH_MS / 1000} s later: ${later.text}`);
    expect(right.ok, `Step 3 reload: replies should keep coming right after the reload (layer: proxy): ${right.text}`).toBe(true);
    expect(trouble, "Step 3 reload: the WebSocket open during the reload should stay open (layer: proxy)").toBeUndefined();
    expect(later.ok, `Step 3 reload: replies should still come ${WATCH_MS / 1000} s after the reload (layer: proxy): ${later.text}`).toBe(
      true,
    );
  });

  // Chromium carries the page's WebSocket over HTTP/2 (RFC 8441) when ALPN offers h2, over the
  // HTTP/1.1 upgrade otherwise; HAProxy's old worker treats the two differently on a reload.
  test("the page's WebSocket (HTTP/2 where h2 is offered) stays open across the reload and keeps getting replies", {
    annotation: checks("step3.reload.websocket-survives"),
  }, async ({ haproxy, hal }) => {
    expect(await hal.connect(), 'Step 3 reload: the page should show "Connected!" before the reload (layer: proxy)').toBeDefined();
    const reload = await haproxy.reload();
    expect(reload.ok, "Step 3 reload: the reload itself should succeed (layer: proxy; see step3.reload.still-running)").toBe(true);
    measured(`reload ${reload.ms} ms; old workers are bounded by ${hardStopOf(await haproxy.readConfig())}`);
    const [right] = await hal.converse(["what is 2+2"]);
    const trouble = await hal.watchConnection(WATCH_MS);
    const [later] = await hal.converse(["what time is it"]);
    const fmt = (e: typeof right) => (e?.reply ? `reply in ${Math.round(e.latencyMs ?? 0)} ms` : "no reply");
    measured(`right after: ${fmt(right)}; ${WATCH_MS / 1000} s later: ${fmt(later)}`);
    expect(right?.reply, "Step 3 reload: the page should get a reply right after the reload (layer: proxy)").toBeDefined();
    expect(trouble, "Step 3 reload: the page's WebSocket open during the reload should stay open (layer: proxy)").toBeUndefined();
    expect(
      later?.reply,
      `Step 3 reload: the page should still get replies ${WATCH_MS / 1000} s after the reload (layer: proxy)`,
    ).toBeDefined();
    expect(hal.timelines.sockets, "Step 3 reload: the page should not have reconnected (one WebSocket for the whole test)").toHaveLength(1);
  });

  test("a stream of page requests across the reload has 0 failures", {
    annotation: checks("step3.reload.http-no-failures"),
  }, async ({ stack, haproxy }) => {
    const stream = new RequestStream(stack.pageUrl, { ca: stack.tls.caPem, concurrency: 2, maxRequests: 1000, maxMs: 20_000 });
    await stream.completed(REQUESTS_EACH_SIDE);
    const startedAt = Date.now();
    const reload = await haproxy.reload();
    const endedAt = Date.now();
    await stream.completed(stream.outcomes.length + REQUESTS_EACH_SIDE);
    const summary = await stream.stop({ startedAt, endedAt });
    measured(
      `${summary.total} requests in ${summary.ms} ms, ${summary.acrossReload} in flight during the ${reload.ms} ms reload, ${summary.failures.length} failed`,
    );
    const failures = summary.failures.map((f) => `${new Date(f.startedAt).toISOString()} ${f.error}`).join("\n");
    expect(reload.ok, "Step 3 reload: the reload itself should succeed (layer: proxy; see step3.reload.still-running)").toBe(true);
    expect(summary.acrossReload, "Step 3 reload: the request stream should have been running during the reload").toBeGreaterThan(0);
    expect(
      summary.failures.length,
      `Step 3 reload: requests across a graceful reload should have 0 failures (layer: proxy)\n${failures}`,
    ).toBe(0);
  });

  test("HAProxy is still running afterwards: master and a fresh worker, page served", {
    annotation: checks("step3.reload.still-running", "pdv.haproxy-reloaded", "pdv.haproxy-running"),
  }, async ({ stack, haproxy }) => {
    const before = await haproxy.processes();
    const reload = await haproxy.reload();
    const after = await haproxy.processes();
    const fresh = after.current.filter((w) => !before.current.some((b) => b.pid === w.pid));
    measured(
      `reload ${reload.ms} ms; master ${after.master?.pid}, current workers ${after.current.map((w) => w.pid).join(", ")}, old ${after.old.length}`,
    );
    await test.info().attach("show proc after the reload", { body: JSON.stringify(after, null, 2), contentType: "application/json" });
    expect(after.master, "Step 3: HAProxy's master process should still run after the reload (layer: proxy)").toBeDefined();
    expect(after.failedReloads, "Step 3: the reload should not have failed (`show proc` counts a failed reload; layer: proxy)").toBe(
      before.failedReloads,
    );
    expect(fresh.length, "Step 3: a new worker should serve after the reload (layer: proxy)").toBeGreaterThan(0);
    const page = await probe(stack.pageUrl, { ca: stack.tls.caPem });
    expect(page.status, "Step 3: the page should still answer 200 through HAProxy after the reload (layer: proxy)").toBe(200);
  });
});
