/**
 * Post-Deployment Verification "Performance": response time < 5 s (p50, p95 and max reported),
 * no lag in the UI, WebSocket messages small (< 10 KB typically).
 *
 * "No lag in the UI" is defined as: key presses and clicks are followed by the next paint
 * within 200 ms at the 75th percentile (the Event Timing API's duration, the measure behind
 * INP; 200 ms at p75 is web.dev's "good"), and the main thread never freezes for 500 ms or more
 * (long tasks) once the page is connected. Every input and long task is reported; a single
 * slow input on a loaded machine is shown, not failed.
 */

import {
  AT_ONCE,
  type AtOnce,
  attachFigure,
  checks,
  conversationProbe,
  describeAtOnce,
  type Exchange,
  expect,
  fmt,
  LATENCY_QUESTIONS,
  latencyFigure,
  layerIs,
  measured,
  renderSizes,
  SMALL_BYTES,
  sizeReport,
  sizesFigure,
  summarize,
  test,
  usersAtOnce,
} from "../../fixtures/index.ts";

const INPUT_TO_PAINT_P75_MS = 200;
const FREEZE_MS = 500;
const QUESTIONS = LATENCY_QUESTIONS;
/** Three users at once, or as many as the target's load cap allows. */
const usersFor = (loadCap: number) => AT_ONCE.slice(0, Math.max(1, Math.min(3, loadCap)));

// A describe of its own, for a diagnosis of its own: the same users at once, through the proxy
// and directly. Replaying one conversation (the describe below) shows nothing here, as one user
// alone is answered in time, and it took 40 s of a failing run (ten answers, twice, at 2 s each).
test.describe("Post-Deployment: performance", { tag: ["@smoke"] }, () => {
  test.use({
    troubleshooting: async ({ loadCap }, use) =>
      use({
        probe: async (url, caPem, budgets, headers) => {
          const r = await usersAtOnce({ url, caPem, headers }, usersFor(loadCap), budgets);
          const late = r.latencies.filter((ms) => ms === undefined || ms > budgets.HAL_REPLY_BUDGET_MS).length;
          if (late) throw new Error(`${describeAtOnce(r)}: ${late} over the ${budgets.HAL_REPLY_BUDGET_MS} ms budget`);
          return describeAtOnce(r);
        },
      }),
  });
  // Each user alone may be fast while three at once wait for each other (slow work in the
  // gateway's event loop): only questions sent at the same moment show it.
  test("users asking at the same moment are each answered within 5 s", {
    annotation: checks("pdv.response-time", "success.response-times"),
  }, async ({ stack, suiteConfig, loadCap }) => {
    const questions = usersFor(loadCap);
    const budget = suiteConfig.HAL_REPLY_BUDGET_MS;
    const late = (r: AtOnce) => r.latencies.filter((ms) => ms === undefined || ms > budget).length;
    const proxied = await usersAtOnce({ url: stack.wsUrl, caPem: stack.tls.caPem, headers: stack.headers }, questions, suiteConfig);
    measured(describeAtOnce(proxied));
    if (late(proxied)) {
      // The same users straight at the gateway: whether it or the proxy keeps them waiting.
      const direct = stack.direct.gatewayUrl ? await usersAtOnce({ url: stack.direct.gatewayUrl }, questions, suiteConfig) : undefined;
      if (!direct || late(direct))
        layerIs(
          "gateway",
          `${direct ? `at the gateway directly too: ${describeAtOnce(direct)}` : describeAtOnce(proxied)} (one user alone is answered in time)`,
        );
      else layerIs("proxy", `the gateway answers them in time directly (${describeAtOnce(direct)}), not through the proxy`);
    }
    expect(
      late(proxied),
      `Performance: every user asking at the same moment should be answered within ${budget} ms; ${describeAtOnce(proxied)}`,
    ).toBe(0);
  });
});

test.describe("Post-Deployment: performance", { tag: ["@smoke"] }, () => {
  // Replays the conversation directly and through the proxy: slow or oversized answers from
  // the gateway itself are the gateway's; a UI fault leaves every probe green, which names the page.
  test.use({
    troubleshooting: {
      probe: conversationProbe(QUESTIONS, { replyBudget: "HAL_REPLY_BUDGET_MS", maxMessageBytes: SMALL_BYTES }),
    },
  });
  test("every response arrives within 5 s (p50, p95, max reported)", {
    annotation: checks("pdv.reply-5s", "pdv.response-time", "success.response-times"),
  }, async ({ hal, suiteConfig }) => {
    // Ten replies each allowed the whole budget take longer than the default 30 s test timeout:
    // without this a gateway within budget (4 s a reply) would time out, a false red.
    test.setTimeout(QUESTIONS.length * suiteConfig.HAL_REPLY_BUDGET_MS + 30_000);
    expect(await hal.connect(), 'Performance: the page never showed "Connected!"').toBeDefined();
    // One question after the other, as a person asks; the first answer over the budget (or
    // missing) decides the verdict at once, so a slow gateway is red in one reply, not ten.
    const exchanges: Exchange[] = [];
    for (const question of QUESTIONS) {
      const [exchange] = await hal.converse([question]);
      if (exchange) exchanges.push(exchange);
      if (!exchange?.reply || (exchange.latencyMs ?? 0) > suiteConfig.HAL_REPLY_BUDGET_MS) break;
    }
    // Answers are counted, not attempts: latency is over the answered questions only, and a
    // question left without an answer (the conversation stops there) is a failure by name.
    const answered = exchanges.filter((e) => e.reply !== undefined);
    const unanswered = exchanges.filter((e) => e.reply === undefined).map((e) => e.message);
    const stats = summarize(answered.map((e) => e.latencyMs ?? Number.NaN));
    measured(`reply latency (send → HAL bubble) over ${answered.length} answered of ${QUESTIONS.length}: ${fmt(stats, " ms")}`);
    await attachFigure(
      test.info(),
      latencyFigure("Reply latency per question", exchanges, [
        { label: `${suiteConfig.HAL_HELLO_REPLY_BUDGET_MS / 1000} s: "hello" (Test 3)`, ms: suiteConfig.HAL_HELLO_REPLY_BUDGET_MS },
        { label: `${suiteConfig.HAL_REPLY_BUDGET_MS / 1000} s: every reply`, ms: suiteConfig.HAL_REPLY_BUDGET_MS },
      ]),
    );
    expect(unanswered, `Performance: every question should get an answer; "${unanswered[0]}" got none within the patience`).toEqual([]);
    const slow = answered.find((e) => (e.latencyMs ?? 0) > suiteConfig.HAL_REPLY_BUDGET_MS);
    expect(
      slow?.message,
      `Performance: every response should appear within ${suiteConfig.HAL_REPLY_BUDGET_MS} ms; "${slow?.message}" took ${Math.round(slow?.latencyMs ?? 0)} ms (${fmt(stats, " ms")})`,
    ).toBeUndefined();
    // A reply in time that is HAL's own error text is not a response: the services behind the gateway fail.
    const failures = hal.backendFailures();
    if (failures[0]) layerIs("backend", failures[0]);
    expect(failures, "Performance: the responses timed should be answers, not HAL's own error text").toEqual([]);
    expect(answered.length, "Performance: every question should have been asked and answered").toBe(QUESTIONS.length);
  });

  test("no lag in the UI: input-to-paint and long tasks", { annotation: checks("pdv.no-ui-lag") }, async ({ hal }) => {
    const connected = await hal.connect();
    expect(connected, 'Performance: the page never showed "Connected!"').toBeDefined();
    await hal.converse(QUESTIONS.slice(0, 5), "enter");
    await hal.converse(QUESTIONS.slice(5, 8), "button");
    const inputs = hal.timelines.interactions;
    const longTasks = hal.timelines.longTasks.filter((t) => t.at >= (connected?.at ?? 0));
    const inputStats = summarize(inputs.map((i) => i.duration));
    measured(
      `input-to-next-paint: ${fmt(inputStats, " ms")}; long tasks after connect: ${longTasks.length} (max ${Math.round(Math.max(0, ...longTasks.map((t) => t.duration)))} ms)`,
    );
    expect(inputs.length, "Performance: the browser should report the key presses and clicks (Event Timing API)").toBeGreaterThan(0);
    const slowInputs = inputs.filter((i) => i.duration >= INPUT_TO_PAINT_P75_MS).map((i) => `${i.name} ${Math.round(i.duration)} ms`);
    expect(
      inputStats.p75,
      `Performance: inputs should paint within ${INPUT_TO_PAINT_P75_MS} ms at the 75th percentile; slow: ${slowInputs.join(", ") || "none"}`,
    ).toBeLessThan(INPUT_TO_PAINT_P75_MS);
    const freezes = longTasks.filter((t) => t.duration >= FREEZE_MS).map((t) => `${Math.round(t.duration)} ms`);
    expect(freezes, `Performance: the main thread should never freeze for ${FREEZE_MS} ms or more`).toEqual([]);
  });

  test("WebSocket messages are small (< 10 KB typically), sizes reported per type", {
    annotation: checks("pdv.messages-small"),
  }, async ({ hal }) => {
    expect(await hal.connect(), 'Performance: the page never showed "Connected!"').toBeDefined();
    await hal.converse(QUESTIONS);
    const report = sizeReport(hal.timelines.frames());
    await test.info().attach("WebSocket message sizes", { body: renderSizes(report), contentType: "text/plain" });
    await attachFigure(test.info(), sizesFigure("WebSocket message sizes by type", hal.timelines.frames(), SMALL_BYTES));
    measured(`typical messages: ${report.typical.small}/${report.typical.n} under 10 KB, largest ${report.typical.largest} B`);
    expect(report.typical.n, "Performance: the conversation should have produced messages to measure").toBeGreaterThan(0);
    expect(report.verdict, `Performance: WebSocket messages should be small (< 10 KB typically):\n${renderSizes(report)}`).toBe("small");
  });
});
