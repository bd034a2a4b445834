/**
 * Checklist Step 3: "Reload HAProxy (graceful, no downtime)", then "status: active (running)".
 * Each test reloads the stack's own, unchanged config through the master CLI (what
 * `systemctl reload` does in master-worker mode), so the shared stack is left as it was.
 * "Graceful" is judged where users feel it: a WebSocket open during the reload (Node client
 * over the HTTP/1.1 upgrade, and the page, which Chromium carries over HTTP/2) and a stream of
 * page requests across it.
 */

import { checks, expect, test } from "../../fixtures/index.ts";
import { HalClient } from "../../harness/hal-client.ts";
import type { HaproxyControl } from "../../harness/haproxy/control.ts";
import { RequestStream } from "../../harness/haproxy/reload-load.ts";
import { find, parseConfig } from "../../harness/haproxy/review-config.ts";
import { probe } from "../../harness/http-probe.ts";
import type { StackHandle } from "../../harness/stack/types.ts";

/** How long the sockets are watched after the reload: one reconnect period of the page (3 s). */
const WATCH_MS = 3_000;
/** Requests of the stream before the reload starts and after it has finished. */
const REQUESTS_EACH_SIDE = 20;

function controlOf(stack: StackHandle): HaproxyControl {
  test.skip(!stack.haproxy, "no control of HAProxy on this target: the reload is done by the operator (`systemctl reload haproxy`)");
  return stack.haproxy as HaproxyControl;
}

function measured(description: string) {
  test.info().annotations.push({ type: "measured", description });
}

test.describe("Step 3: graceful reload", { tag: ["@destructive"] }, () => {
  test("an open WebSocket stays open across the reload and keeps getting replies", {
    annotation: checks("step3.reload.websocket-survives"),
  }, async ({ stack, hal }) => {
    const control = controlOf(stack);
    const global = parseConfig(await control.readConfig()).sections.find((s) => s.kind === "global");
    const hardStop = global && find(global, "hard-stop-after").at(-1);
    const client = await HalClient.connect(stack.wsUrl, { caPem: stack.tls.caPem });
    try {
      expect(await hal.connect(), 'Step 3 reload: the page should show "Connected!" before the reload (layer: proxy)').toBeDefined();
      await client.ask("hello");
      // Armed before the reload, so a close at any moment after it is seen.
      const nodeClosed = new Promise<string>((resolve) =>
        client.ws.once("close", (code) => resolve(`Node client socket closed (code ${code})`)),
      );
      const reload = await control.reload();
      expect(reload.ok, "Step 3 reload: the reload itself should succeed (layer: proxy)").toBe(true);
      measured(`reload ${reload.ms} ms; old workers are bounded by ${hardStop ? hardStop.words.join(" ") : "no hard-stop-after"}`);

      const replyAfter = async (when: string) => {
        const node = await client.ask("what time is it").then(
          (r) => `Node client: ${r.frame.type} in ${r.ms} ms`,
          (e: Error) => `Node client: no reply (${e.message})`,
        );
        const [page] = await hal.converse([`what is 2+2 (${when})`]);
        return {
          node,
          page: page?.reply ? `page: reply in ${page.latencyMs} ms` : "page: no reply",
          ok: /response/.test(node) && !!page?.reply,
        };
      };
      const right = await replyAfter("right after the reload");
      const pageTrouble = hal.watchConnection(WATCH_MS);
      const trouble = await Promise.race([pageTrouble, nodeClosed]);
      const later = await replyAfter(`${WATCH_MS / 1000} s later`);
      measured(`right after: ${right.node}, ${right.page}; ${WATCH_MS / 1000} s later: ${later.node}, ${later.page}`);

      expect(
        right.ok,
        `Step 3 reload: replies should keep coming right after the reload (layer: proxy)\n${right.node}\n${right.page}`,
      ).toBe(true);
      expect(trouble, `Step 3 reload: the WebSockets open during the reload should stay open (layer: proxy)`).toBeUndefined();
      expect(
        later.ok,
        `Step 3 reload: replies should still come ${WATCH_MS / 1000} s after the reload (layer: proxy)\n${later.node}\n${later.page}`,
      ).toBe(true);
      expect(hal.timelines.sockets, "Step 3 reload: the page should not have reconnected (one WebSocket for the whole test)").toHaveLength(
        1,
      );
    } finally {
      await client.close();
    }
  });

  test("a stream of page requests across the reload has 0 failures", {
    annotation: checks("step3.reload.http-no-failures"),
  }, async ({ stack }) => {
    const control = controlOf(stack);
    const stream = new RequestStream(stack.pageUrl, { ca: stack.tls.caPem, concurrency: 2, maxRequests: 1000, maxMs: 20_000 });
    await stream.completed(REQUESTS_EACH_SIDE);
    const startedAt = Date.now();
    const reload = await control.reload();
    const endedAt = Date.now();
    await stream.completed(stream.outcomes.length + REQUESTS_EACH_SIDE);
    const summary = await stream.stop({ startedAt, endedAt });
    measured(
      `${summary.total} requests in ${summary.ms} ms, ${summary.acrossReload} in flight during the ${reload.ms} ms reload, ${summary.failures.length} failed`,
    );
    const failures = summary.failures.map((f) => `${new Date(f.startedAt).toISOString()} ${f.error}`).join("\n");
    expect(reload.ok, "Step 3 reload: the reload itself should succeed (layer: proxy)").toBe(true);
    expect(summary.acrossReload, "Step 3 reload: the request stream should have been running during the reload").toBeGreaterThan(0);
    expect(
      summary.failures.length,
      `Step 3 reload: requests across a graceful reload should have 0 failures (layer: proxy)\n${failures}`,
    ).toBe(0);
  });

  test("HAProxy is still running afterwards: master and a fresh worker, page served", {
    annotation: checks("step3.reload.still-running"),
  }, async ({ stack }) => {
    const control = controlOf(stack);
    const before = await control.processes();
    const reload = await control.reload();
    const after = await control.processes();
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
