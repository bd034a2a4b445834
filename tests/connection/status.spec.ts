/**
 * Checklist Step 6, Test 2 (WebSocket connection): the status shows "Connecting...", then a
 * status beginning "Connected!" within 3 s and never "Disconnected"; the console shows
 * "[OK] Connected to HAL" and no WebSocket errors. The status is judged as a timeline.
 */
import { checks, eachItem, expect, measured, RECONNECT_PERIOD_MS, test } from "../../fixtures/index.ts";

test.describe("Step 6 Test 2: WebSocket connection", { tag: ["@smoke"] }, () => {
  test.beforeEach(async ({ hal }) => {
    await hal.open();
  });

  test("status shows Connecting..., then Connected! within 3 s", {
    annotation: checks("step6.test2.connecting", "step6.test2.connected-3s"),
  }, async ({ hal, contract, suiteConfig }) => {
    const connected = await hal.waitForStatus(contract.status.connectedPrefix);
    const ms = connected ? connected.at - hal.timelines.navigationStart : Number.NaN;
    measured(`first "${connected?.text}" at ${Math.round(ms)} ms after navigation start`);
    await eachItem(
      [
        "step6.test2.connecting",
        () =>
          expect(hal.timelines.status[0]?.text, 'Step 6 Test 2: the status should first show "Connecting..."').toBe(
            contract.status.connecting,
          ),
      ],
      [
        "step6.test2.connected-3s",
        () => {
          expect(connected, 'Step 6 Test 2: the status never showed "Connected!" (see the WebSocket timeline)').toBeDefined();
          expect(
            ms,
            `Step 6 Test 2: "Connected!" should show within ${suiteConfig.HAL_CONNECT_BUDGET_MS} ms of navigation start`,
          ).toBeLessThanOrEqual(suiteConfig.HAL_CONNECT_BUDGET_MS);
        },
      ],
    );
  });

  test("status never shows Disconnected (no connect/disconnect loop)", {
    annotation: checks("step6.test2.not-disconnected"),
  }, async ({ hal, contract }) => {
    await hal.waitForStatus(contract.status.connectedPrefix);
    // One reconnect period of the page (3 s): a connect/disconnect loop shows at least one cycle in it.
    const trouble = await hal.watchConnection(RECONNECT_PERIOD_MS);
    expect(trouble, 'Step 6 Test 2: the status should NOT show "Disconnected" and the WebSocket should stay open').toBeUndefined();
    expect(hal.timelines.sockets, "Step 6 Test 2: the page should open exactly one WebSocket (more means it reconnected)").toHaveLength(1);
  });

  test("console shows [OK] Connected to HAL and no WebSocket errors", {
    annotation: checks("step6.test2.console-ok", "step6.test2.no-ws-errors"),
  }, async ({ hal, contract }) => {
    const ok = await hal.waitForConsole(new RegExp(`^${contract.console.connected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    // Errors of a failing socket come after the first connect: watch one reconnect period (3 s).
    if (await hal.watchConnection(RECONNECT_PERIOD_MS)) await hal.waitForConsole(/websocket/i, 1_000);
    const wsErrors = hal.timelines.console.filter((c) => c.type === "error" && /websocket/i.test(c.text));
    await eachItem(
      [
        "step6.test2.console-ok",
        () => expect(ok?.text, `Step 6 Test 2: the console should show "${contract.console.connected}"`).toBeDefined(),
      ],
      [
        "step6.test2.no-ws-errors",
        () =>
          expect(
            wsErrors.map((c) => c.text),
            "Step 6 Test 2: the console should NOT show WebSocket connection errors",
          ).toEqual([]),
      ],
    );
  });
});
