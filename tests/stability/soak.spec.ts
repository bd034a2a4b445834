/**
 * Connection stability: Step 6 Test 5 (5 minutes), Post-Deployment (10+ minutes) and the
 * success metric (1+ hour, no errors in any logs). One soak, its length from HAL_SOAK, mixes
 * messages with long idle gaps and fails at the first disconnect, naming when and the idle
 * timeouts in force. A soak shorter than an item's duration reports that item as skipped,
 * with the reason; the @soak tests (`npm run soak`) run the real 5, 10 and 60 minutes.
 */

import { readFile } from "node:fs/promises";
import {
  attachFigure,
  checks,
  errorLines,
  expect,
  fmt,
  formatDuration,
  type HalPage,
  haproxyProblems,
  idleTimeouts,
  type LogViews,
  measured,
  partial,
  type StackHandle,
  soakFigure,
  soakPlan,
  summarize,
  test,
} from "../../fixtures/index.ts";

const MINUTE = 60_000;
const TARGETS = [
  { id: "step6.test5.stable-5min", ms: 5 * MINUTE },
  { id: "pdv.stable-10min", ms: 10 * MINUTE },
  { id: "success.stable-1h", ms: 60 * MINUTE },
  { id: "success.no-log-errors-1h", ms: 60 * MINUTE },
] as const;

async function soak(hal: HalPage, stack: StackHandle, logs: LogViews, durationMs: number, configFile?: string): Promise<void> {
  for (const t of TARGETS.filter((t) => durationMs < t.ms)) {
    partial(
      t.id,
      `the soak ran ${formatDuration(durationMs)}, this item needs ${formatDuration(t.ms)} (HAL_SOAK=${t.ms / MINUTE}m, or the soak project)`,
    );
  }
  const configText = stack.haproxy
    ? await stack.haproxy.readConfig().catch(() => undefined)
    : configFile && (await readFile(configFile, "utf8").catch(() => undefined));
  const timeouts = idleTimeouts(configText);
  const connected = await hal.connect();
  expect(connected, 'Stability: the page never showed "Connected!"').toBeDefined();
  const started = Date.now();
  const latencies: number[] = [];
  const progress = (what: string) => {
    const elapsed = Date.now() - started;
    const lat = latencies.length ? `, latency ${fmt(summarize(latencies), " ms")}` : "";
    console.log(`[soak] ${formatDuration(elapsed)} / ${formatDuration(durationMs)} elapsed, ${latencies.length} messages${lat} — ${what}`);
  };
  for (const step of soakPlan(durationMs)) {
    if (step.kind === "message") {
      const [exchange] = await hal.converse([step.text]);
      const at = formatDuration(Date.now() - started);
      expect(
        exchange?.reply,
        `Stability: no reply to "${step.text}" ${at} into the soak (idle timeouts: ${timeouts}; layer: gateway or proxy)`,
      ).toBeDefined();
      latencies.push(exchange?.latencyMs ?? Number.NaN);
      progress(`"${step.text}" answered`);
    } else {
      progress(`idle for ${formatDuration(step.ms)}`);
      const trouble = await hal.watchConnection(step.ms);
      expect(
        trouble,
        `Stability: the connection dropped ${formatDuration(Date.now() - started)} into the soak, during an idle gap of ${formatDuration(step.ms)}: ${trouble} (idle timeouts: ${timeouts}; layer: proxy)`,
      ).toBeUndefined();
    }
  }
  expect(hal.timelines.sockets.length, "Stability: one WebSocket for the whole soak (more means it reconnected)").toBe(1);
  const logErrors = Object.values(logs).flatMap((log) =>
    [...errorLines(log.lines()), ...haproxyProblems(log.lines())].map((l) => `${log.name}: ${l.text}`),
  );
  expect(logErrors, "Success metrics: no errors in any logs during the soak").toEqual([]);
  measured(`soak ${formatDuration(durationMs)}: ${latencies.length} messages, latency ${fmt(summarize(latencies), " ms")}`);
}

test.describe("Stability", () => {
  // Drawn from the page's timelines after the soak, passed or failed: socket, status, reply latency over time.
  test.afterEach(async ({ hal, suiteConfig }, testInfo) => {
    const title = "Soak: connection and reply latency over time";
    await attachFigure(testInfo, soakFigure(title, hal.timelines, hal.contract.status, { budgetMs: suiteConfig.HAL_REPLY_BUDGET_MS }));
  });

  test("the connection stays Connected! through the configured soak", {
    annotation: checks(...TARGETS.map((t) => t.id)),
  }, async ({ hal, stack, logs, suiteConfig }) => {
    test.setTimeout(suiteConfig.HAL_SOAK + 60_000);
    await soak(hal, stack, logs, suiteConfig.HAL_SOAK, suiteConfig.HAL_HAPROXY_CONFIG);
  });

  for (const { label, ms, annotation } of [
    { label: "Test 5: 5 minutes", ms: 5 * MINUTE, annotation: checks("step6.test5.stable-5min") },
    { label: "Post-deployment: 10 minutes", ms: 10 * MINUTE, annotation: checks("pdv.stable-10min") },
    {
      label: "Success metric: 1 hour, no errors in any logs",
      ms: 60 * MINUTE,
      annotation: checks("success.stable-1h", "success.no-log-errors-1h"),
    },
  ]) {
    test(`soak — ${label}`, { tag: ["@soak"], annotation }, async ({ hal, stack, logs, suiteConfig }) => {
      test.setTimeout(ms + 2 * MINUTE);
      await soak(hal, stack, logs, ms, suiteConfig.HAL_HAPROXY_CONFIG);
    });
  }
});
