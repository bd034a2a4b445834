/**
 * Checklist Step 6, Test 3 (text input): type "hello", press Enter or click Send; the message
 * appears on the right on a blue bubble and HAL's reply on the left on a white bubble within 3 s.
 * The 3 s budget has a test of its own, so a slow but working gateway turns only that item red
 * (the fault self-test's `gateway-4s` case), not the bubbles.
 */
import { checks, conversationProbe, eachItem, expect, measured, type SendVia, test } from "../../fixtures/index.ts";

const WAYS: SendVia[] = ["enter", "button"];
const label = (via: SendVia) => (via === "enter" ? "Enter" : "the Send button");

test.describe("Step 6 Test 3: text input", { tag: ["@smoke"] }, () => {
  test.use({
    troubleshooting: { probe: conversationProbe(["hello", "hello"], { replyBudget: "HAL_HELLO_REPLY_BUDGET_MS" }) },
  });
  for (const via of WAYS) {
    test(`"hello" sent by ${label(via)}: blue bubble on the right, HAL's reply on a white bubble on the left`, {
      annotation: checks("step6.test3.user-bubble", "step6.test3.hal-bubble", `step6.test3.send-${via}`),
    }, async ({ hal, contract }) => {
      await hal.open();
      const connected = await hal.waitForStatus(contract.status.connectedPrefix);
      expect(connected, 'Step 6 Test 3 needs a connected page: the status never showed "Connected!"').toBeDefined();

      const sent = await hal.send("hello", via);
      const reply = await hal.waitForReply(sent, "hello");
      // Side and colour are those of the bubble (the element carrying the colour), not of its row.
      const mine = await hal.bubble(hal.sentBubble(sent, "hello"));
      const theirs = await hal.bubble(reply);
      const where = (b: typeof mine) => `its bubble ${b.element || "(none)"} is centred at ${b.position.toFixed(2)} of the chat's width`;
      measured(
        `your bubble ${mine.element}: ${mine.background} at ${mine.position.toFixed(2)}; HAL's ${theirs.element}: ${theirs.background} at ${theirs.position.toFixed(2)} (0 = left edge of the chat, 1 = right; from ${mine.fromBy}/${theirs.fromBy})`,
      );
      // Each item on its own: a misplaced bubble does not make sending look broken, nor the other bubble.
      await eachItem(
        [
          `step6.test3.send-${via}`,
          () => {
            expect(mine.text, `Step 6 Test 3: "hello" sent by ${label(via)} should appear in the chat`).toContain("hello");
            expect(reply, `Step 6 Test 3: HAL should answer "hello" sent by ${label(via)} (see the WebSocket timeline)`).toBeDefined();
          },
        ],
        [
          "step6.test3.user-bubble",
          () => {
            expect(mine.position, `Step 6 Test 3: your message should appear on the right: ${where(mine)}`).toBeGreaterThan(0.5);
            expect(mine.background, `Step 6 Test 3: your message should be on a blue bubble (${mine.element})`).toBe(
              contract.colours.userBubble,
            );
          },
        ],
        [
          "step6.test3.hal-bubble",
          () => {
            expect(reply, "Step 6 Test 3: HAL's response should appear, to be seen on the left").toBeDefined();
            expect(theirs.position, `Step 6 Test 3: HAL's response should appear on the left: ${where(theirs)}`).toBeLessThan(0.5);
            expect(theirs.background, `Step 6 Test 3: HAL's response should be on a white bubble (${theirs.element})`).toBe(
              contract.colours.halBubble,
            );
          },
        ],
      );
    });
  }

  test(`HAL's reply to "hello" appears within 3 s, sent by Enter and by Send`, {
    annotation: checks("step6.test3.reply-3s"),
  }, async ({ hal, contract, suiteConfig }) => {
    await hal.open();
    const connected = await hal.waitForStatus(contract.status.connectedPrefix);
    expect(connected, 'Step 6 Test 3 needs a connected page: the status never showed "Connected!"').toBeDefined();
    for (const via of WAYS) {
      const sent = await hal.send("hello", via);
      const reply = await hal.waitForReply(sent, "hello");
      expect(reply, `Step 6 Test 3: HAL should answer "hello" sent by ${label(via)}`).toBeDefined();
      const latency = (reply?.at ?? Number.NaN) - sent.sentAt;
      measured(`reply to "hello" (${label(via)}) painted ${Math.round(latency)} ms after sending`);
      expect(latency, `Step 6 Test 3: HAL's response should appear within ${suiteConfig.HAL_HELLO_REPLY_BUDGET_MS} ms`).toBeLessThanOrEqual(
        suiteConfig.HAL_HELLO_REPLY_BUDGET_MS,
      );
    }
  });
});
