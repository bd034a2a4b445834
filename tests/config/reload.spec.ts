/**
 * Checklist Step 3: "Reload HAProxy (graceful, no downtime)", then "status: active (running)".
 * Each test reloads the stack's own, unchanged config through the master CLI (what
 * `systemctl reload` does in master-worker mode), so the shared stack is left as it was.
 * "Graceful" is judged where users feel it: WebSockets open during the reload (a Node client
 * over the HTTP/1.1 upgrade, and the page, which Chromium carries over HTTP/2), watched past the
 * bound `hard-stop-after` puts on them with questions throughout (without a bound: the old worker
 * listed by the master while it holds them, and a watch of two question rounds: reload-bounds.ts),
 * and a stream of page requests across the reload.
 */

import {
  checks,
  expect,
  helloProbe,
  measured,
  probe,
  RequestStream,
  reloadBound,
  replyWaitMs,
  SAFE_ROTATION,
  test,
  throughProxy,
  watchSocket,
} from "../../fixtures/index.ts";

/** Requests of the stream before the reload starts and after it has finished. */
const REQUESTS_EACH_SIDE = 20;
/** While the sockets are watched after a reload, each gets a question this often. */
const ASK_EVERY_MS = 5_000;
const QUESTIONS = SAFE_ROTATION;

test.describe("Step 3: graceful reload", { tag: ["@destructive"] }, () => {
  test.use({
    troubleshooting: {
      probe: helloProbe,
      layer: "proxy",
      why: "the fault shows only while HAProxy reloads, and is over before bypass probes could run",
    },
  });
  // Chromium carries the page's WebSocket over HTTP/2 (RFC 8441) when ALPN offers h2; the Node
  // client uses the HTTP/1.1 upgrade. HAProxy's old worker holds both after a reload, until they
  // close or `hard-stop-after` cuts them: the watch lasts past that bound (harness/rules/reload-bounds.ts).
  test("WebSockets open during the reload (the page's, and an HTTP/1.1 client's) stay open past hard-stop-after and keep getting replies", {
    annotation: checks("step3.reload.websocket-survives"),
  }, async ({ haproxy, hal, halClient, suiteConfig }) => {
    const bound = reloadBound(await haproxy.readConfig());
    // HAL may take its reply budget: a late answer is the latency checks' verdict, a missing one a cut socket.
    const replyMs = replyWaitMs(suiteConfig.HAL_REPLY_BUDGET_MS);
    test.setTimeout(bound.watchMs + 60_000);
    expect(await hal.connect(), 'Step 3 reload: the page should show "Connected!" before the reload').toBeDefined();
    const client = await halClient();
    await client.ask("hello", replyMs);

    const reload = await haproxy.reload();
    const reloadedAt = Date.now();
    expect(reload.ok, "Step 3 reload: the reload itself should succeed (see step3.reload.still-running)").toBe(true);
    measured(`reload ${reload.ms} ms; ${bound.why}; both sockets watched ${bound.watchMs / 1000} s after it`);
    const since = () => `${((Date.now() - reloadedAt) / 1000).toFixed(1)} s after the reload`;
    const cut = (what: string) =>
      `Step 3 reload: ${what} ${since()}; old workers are bounded by \`${bound.setting}\`: a reload is not graceful for open WebSockets`;
    // The evidence of a soft stop: the worker that accepted both sockets is still there, told to
    // finish what it holds (HAProxy moves no connection to the new worker). Gone already, it cut them.
    const holders = await haproxy.processes();
    expect(holders.old.length, cut("no old worker is left to hold the sockets opened before the reload (`show proc`)")).toBeGreaterThan(0);
    measured(`old worker(s) ${holders.old.map((w) => w.pid).join(", ")} hold the sockets opened before the reload`);

    let asked = 0;
    for (let i = 0; Date.now() - reloadedAt < bound.watchMs; i++) {
      const question = QUESTIONS[i % QUESTIONS.length] as string;
      const [onPage] = await hal.converse([question]);
      expect(onPage?.reply, cut(`the page got no reply to "${question}"`)).toBeDefined();
      const onClient = await client.ask(question, replyMs).then(
        (r) => (r.frame.type === "response" ? undefined : `got \`${r.frame.type}\``),
        (e: Error) => e.message,
      );
      expect(onClient, cut(`the HTTP/1.1 client got no reply to "${question}"`)).toBeUndefined();
      asked += 1;
      const watchMs = Math.max(0, Math.min(ASK_EVERY_MS, bound.watchMs - (Date.now() - reloadedAt)));
      const [pageTrouble, clientTrouble] = await Promise.all([hal.watchConnection(watchMs), watchSocket(client.ws, watchMs)]);
      expect(pageTrouble, cut(`the page's WebSocket was cut (${pageTrouble})`)).toBeUndefined();
      expect(clientTrouble, cut(`the HTTP/1.1 client's WebSocket was cut (${clientTrouble})`)).toBeUndefined();
    }
    measured(`${asked} questions on each socket over ${since()}, every one answered`);
    expect(hal.timelines.sockets, "Step 3 reload: the page should not have reconnected (one WebSocket for the whole test)").toHaveLength(1);
  });

  test("a stream of page requests across the reload has 0 failures", {
    annotation: checks("step3.reload.http-no-failures"),
  }, async ({ stack, haproxy }) => {
    const stream = new RequestStream(stack.pageUrl, { ...throughProxy(stack), concurrency: 2, maxRequests: 1000, maxMs: 20_000 });
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
    expect(reload.ok, "Step 3 reload: the reload itself should succeed (see step3.reload.still-running)").toBe(true);
    expect(summary.acrossReload, "Step 3 reload: the request stream should have been running during the reload").toBeGreaterThan(0);
    expect(summary.failures.length, `Step 3 reload: requests across a graceful reload should have 0 failures\n${failures}`).toBe(0);
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
    expect(after.master, "Step 3: HAProxy's master process should still run after the reload").toBeDefined();
    expect(after.failedReloads, "Step 3: the reload should not have failed (`show proc` counts a failed reload)").toBe(
      before.failedReloads,
    );
    expect(fresh.length, "Step 3: a new worker should serve after the reload").toBeGreaterThan(0);
    const page = await probe(stack.pageUrl, throughProxy(stack));
    expect(page.status, "Step 3: the page should still answer 200 through HAProxy after the reload").toBe(200);
  });
});
