/**
 * Post-Deployment Verification "Functionality" and Success Metrics: text input works, 10+
 * messages in one session without issues, three separate conversations, and the connection
 * stays one socket for the whole session (no reconnect loop).
 */
import { checks, conversationProbe, expect, test } from "../../fixtures/index.ts";

const QUESTIONS = [
  "hello",
  "what time is it",
  "what is the date",
  "tell me a joke",
  "what is 2+2",
  "what is 7*6",
  "turn on the kitchen lights",
  "how many customers do we have",
  "what is the meaning of life",
  "what is 10/4",
  "hello again",
  "goodbye",
];

test.describe("Post-Deployment: functionality", { tag: ["@smoke"] }, () => {
  test.use({ troubleshooting: { probe: conversationProbe(QUESTIONS) } });
  test(`${QUESTIONS.length} messages in one session all get answers, on one WebSocket`, {
    annotation: checks("pdv.ten-messages", "pdv.text-input", "pdv.status-connected"),
  }, async ({ hal, contract }) => {
    expect(await hal.connect(), 'Post-Deployment: the status should show "Connected!"').toBeDefined();
    const exchanges = await hal.converse(QUESTIONS);
    const answered = exchanges.filter((e) => e.reply).length;
    expect(
      answered,
      `Post-Deployment: all ${QUESTIONS.length} messages should get answers; the ${answered + 1}th got none (layer: gateway)`,
    ).toBe(QUESTIONS.length);
    const errors = hal.timelines.frames().filter((f) => f.dir === "received" && f.type === "error");
    expect(
      errors.map((f) => f.data?.message),
      "Post-Deployment: no `error` messages during the session (layer: gateway)",
    ).toEqual([]);
    expect(
      hal.errorRows().map((b) => b.text),
      "Post-Deployment: the chat should show no error rows during the session (layer: gateway)",
    ).toEqual([]);
    const disconnected = hal.timelines.status.filter((s) => s.text.startsWith(contract.status.disconnectedPrefix));
    expect(disconnected, 'Post-Deployment: the status should never show "Disconnected"').toEqual([]);
    expect(hal.timelines.sockets.length, "Post-Deployment: one WebSocket for the whole session (more means a reconnect loop)").toBe(1);
  });

  test("three separate conversations complete, each with its own session", {
    annotation: checks("success.three-conversations"),
  }, async ({ hal, browserPage }) => {
    const sessions: string[] = [];
    for (let i = 0; i < 3; i++) {
      const page = i === 0 ? hal : await browserPage();
      expect(await page.connect(), `Success metrics: conversation ${i + 1} should connect`).toBeDefined();
      const exchanges = await page.converse(["hello", "what is 2+2", "goodbye"]);
      expect(exchanges.filter((e) => e.reply).length, `Success metrics: conversation ${i + 1} should complete (layer: gateway)`).toBe(3);
      sessions.push(page.sessionId() ?? `missing-${i}`);
    }
    expect(new Set(sessions).size, "Success metrics: each conversation should have its own session id (layer: gateway)").toBe(3);
  });
});
