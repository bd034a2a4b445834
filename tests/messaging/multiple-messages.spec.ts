/**
 * Checklist Step 6, Test 4 (multiple messages): the five messages in a row all get responses,
 * with no error frames and no console errors.
 */

import { checks, conversationProbe, expect, layerIs, TEST4_MESSAGES, test, unexpectedConsoleErrors } from "../../fixtures/index.ts";

const MESSAGES = TEST4_MESSAGES;

test.describe("Step 6 Test 4: multiple messages", { tag: ["@smoke"] }, () => {
  test.use({ troubleshooting: { probe: conversationProbe(MESSAGES) } });
  test("the five checklist messages all get responses, with no errors", {
    annotation: checks("step6.test4.all-answered", "step6.test4.no-errors"),
  }, async ({ hal, contract }) => {
    await hal.open();
    expect(
      await hal.waitForStatus(contract.status.connectedPrefix),
      'Step 6 Test 4 needs a connected page: the status never showed "Connected!"',
    ).toBeDefined();

    const answers: string[] = [];
    for (const message of MESSAGES) {
      const sent = await hal.send(message);
      const reply = await hal.waitForReply(sent, message);
      const errorRows = hal.errorRows(sent.bubblesBefore).map((b) => `"${b.text}"`);
      expect(
        reply,
        `Step 6 Test 4: "${message}" got no response (answered so far: ${answers.length} of ${MESSAGES.length})${errorRows.length ? `; the chat shows ${errorRows.join(", ")}` : ""}`,
      ).toBeDefined();
      answers.push(reply?.text ?? "");
    }
    // Any words are an answer (HAL's LLM varies, an echo repeats); HAL's own error text is not.
    const failures = hal.backendFailures();
    if (failures[0]) layerIs("backend", failures[0]);
    expect(failures, "Step 6 Test 4: every message should get an answer, not HAL's own error text").toEqual([]);

    const errorFrames = hal.timelines.frames().filter((f) => f.dir === "received" && f.type === "error");
    expect(errorFrames, "Step 6 Test 4: the gateway should send no `error` messages").toEqual([]);
    expect(
      hal.errorRows().map((b) => b.text),
      "Step 6 Test 4: the chat should show no error rows",
    ).toEqual([]);
    expect(
      unexpectedConsoleErrors(hal.timelines.console).map((e) => e.text),
      "Step 6 Test 4: the browser console should show no errors",
    ).toEqual([]);
  });
});
