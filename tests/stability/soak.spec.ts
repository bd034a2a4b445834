/**
 * Connection stability: Step 6 Test 5 (5 minutes), Post-Deployment (10+ minutes) and the
 * success metric (1+ hour, no errors in any logs). One soak, its length from HAL_SOAK, mixes
 * messages with long idle gaps and fails at the first disconnect, naming when and the idle
 * timeouts in force. A soak shorter than an item's duration, or without the HAProxy and gateway
 * logs "no errors in any logs" is about, reports that item as skipped, with its cause
 * (harness/rules/soak-plan.ts); the @soak tests (`npm run soak`) run the real 5, 10 and 60 minutes.
 */
import {
  attachFigure,
  checks,
  droppedBy,
  eachItem,
  errorLines,
  expect,
  fmt,
  formatDuration,
  type HalPage,
  haproxyProblems,
  idleTimeouts,
  LOG_ITEM,
  type LogView,
  type LogViews,
  layerIs,
  linesRead,
  measured,
  partial,
  SOAK_ITEMS,
  type SoakItemId,
  soakCoverage,
  soakFigure,
  soakLine,
  soakPlan,
  summarize,
  test,
} from "../../fixtures/index.ts";

/** "No errors in any logs" over the soak, judged on lines read: a configured source that delivered none fails it. */
async function expectNoLogErrors(logs: LogViews): Promise<void> {
  const views = Object.values(logs);
  await Promise.all(views.map((view) => view.delivered()));
  const read = views.map((view) => ({ view, lines: view.lines() }));
  const what = read.length ? linesRead(read) : "no log: no source is configured";
  expect(
    read.filter(({ lines }) => !lines.length).map(({ view }) => view.name),
    `Success metrics: "no errors in any logs" needs lines to judge, but the soak read none from these configured sources: is each the live log? (read ${what})`,
  ).toEqual([]);
  const errors = read.map(({ view, lines }) => ({ view, bad: [...errorLines(lines), ...haproxyProblems(lines)] }));
  measured(`logs during the soak: ${what}; ${errors.flatMap((e) => e.bad).length} error lines`);
  // The log holding the first error names the layer: its own component's.
  const culprit = errors.find((e) => e.bad.length)?.view;
  if (culprit?.layer) layerIs(culprit.layer, `errors in the ${culprit.name} log during the soak`);
  const quoted = errors.flatMap(({ view, bad }) => bad.map((l) => `${view.name}: ${view.quote(l.text)}`));
  expect(quoted, `Success metrics: no errors in any logs during the soak (read ${what})`).toEqual([]);
}

async function stayConnected(hal: HalPage, durationMs: number, timeouts: string, haproxyLog?: LogView): Promise<void> {
  expect(await hal.connect(), 'Stability: the page never showed "Connected!"').toBeDefined();
  const started = Date.now();
  const at = () => formatDuration(Date.now() - started, { round: "s" });
  const latencies: number[] = [];
  const latency = () => (latencies.length ? fmt(summarize(latencies), " ms") : undefined);
  const progress = (what: string) =>
    console.log(soakLine({ elapsedMs: Date.now() - started, totalMs: durationMs, messages: latencies.length, latency: latency(), what }));
  // The plan's clock: each idle gap ends where the plan puts it, so slow answers shorten the gap
  // after them instead of stretching the soak past its configured length.
  let plannedEnd = started;
  for (const step of soakPlan(durationMs)) {
    if (step.kind === "message") {
      const [exchange] = await hal.converse([step.text]);
      expect(exchange?.reply, `Stability: no reply to "${step.text}" ${at()} into the soak (idle timeouts: ${timeouts})`).toBeDefined();
      latencies.push(exchange?.latencyMs ?? Number.NaN);
      progress(`"${step.text}" answered`);
    } else {
      plannedEnd += step.ms;
      const idleMs = Math.max(0, plannedEnd - Date.now());
      progress(`idle for ${formatDuration(idleMs)}`);
      const trouble = await hal.watchConnection(idleMs);
      // Who ended the socket, as HAProxy logged it: a drop in an idle gap is attributed by evidence, not by probes that all pass.
      const by = trouble && haproxyLog ? await droppedBy(haproxyLog) : undefined;
      if (by) layerIs(by.layer, by.why);
      expect(
        trouble,
        `Stability: the connection dropped ${at()} into the soak, during an idle gap of ${formatDuration(idleMs)}: ${trouble} (idle timeouts: ${timeouts})`,
      ).toBeUndefined();
    }
  }
  expect(hal.timelines.sockets.length, "Stability: one WebSocket for the whole soak (more means it reconnected)").toBe(1);
  measured(`soak ${formatDuration(durationMs)}: ${latencies.length} messages, latency ${fmt(summarize(latencies), " ms")}`);
}

/**
 * The soak: the connection is one check (every reply, every idle gap, one socket), the logs
 * another; each decides its own items, so errors in a log do not make a stable connection red,
 * nor a dropped connection hide what the logs said.
 */
async function soak(hal: HalPage, logs: LogViews, durationMs: number, items: readonly SoakItemId[], config?: string) {
  for (const u of soakCoverage(durationMs, (log) => logs[log] !== undefined)) if (items.includes(u.id)) partial(u.id, u.cause, u.why);
  await eachItem(
    [items.filter((id) => id !== LOG_ITEM), () => stayConnected(hal, durationMs, idleTimeouts(config), logs.haproxy)],
    [items.filter((id) => id === LOG_ITEM), () => expectNoLogErrors(logs)],
  );
}

test.describe("Stability", () => {
  // Drawn from the page's timelines after the soak, passed or failed: socket, status, reply latency over time.
  test.afterEach(async ({ hal, suiteConfig }, testInfo) => {
    const title = "Soak: connection and reply latency over time";
    await attachFigure(testInfo, soakFigure(title, hal.timelines, hal.contract.status, { budgetMs: suiteConfig.HAL_REPLY_BUDGET_MS }));
  });

  const all = SOAK_ITEMS.map((t) => t.id);
  test("the connection stays Connected! through the configured soak", { annotation: checks(...all) }, async ({
    hal,
    logs,
    haproxyConfig,
    suiteConfig,
  }) => {
    test.setTimeout(suiteConfig.HAL_SOAK + 60_000);
    await soak(hal, logs, suiteConfig.HAL_SOAK, all, haproxyConfig?.text);
  });

  for (const { label, ms, items } of [
    { label: "Test 5: 5 minutes", ms: 5 * 60_000, items: ["step6.test5.stable-5min"] },
    { label: "Post-deployment: 10 minutes", ms: 10 * 60_000, items: ["pdv.stable-10min"] },
    { label: "Success metric: 1 hour, no errors in any logs", ms: 60 * 60_000, items: ["success.stable-1h", LOG_ITEM] },
  ] as const) {
    test(`soak — ${label}`, { tag: ["@soak"], annotation: checks(...items) }, async ({ hal, logs, haproxyConfig }) => {
      test.setTimeout(ms + 2 * 60_000);
      await soak(hal, logs, ms, items, haproxyConfig?.text);
    });
  }
});
