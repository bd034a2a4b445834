/**
 * Post-Deployment Verification "Functionality" and Success Metrics: text input works, 10+
 * messages in one session without issues, three conversations at the same time (counted by
 * answers and real session ids, never by attempts), and the connection stays one socket for the
 * whole session (no reconnect loop).
 */
import {
  CONVERSATION,
  checks,
  concurrentSessionsProbe,
  conversationPlan,
  conversationProbe,
  eachItem,
  expect,
  inBatches,
  layerIs,
  measured,
  RECONNECT_PERIOD_MS,
  sessionQuestions,
  takeTurns,
  test,
} from "../../fixtures/index.ts";

test.describe("Post-Deployment: functionality", { tag: ["@smoke"] }, () => {
  // The diagnosis replays a session of questions that act on nothing, whatever the target.
  test.use({ troubleshooting: { probe: conversationProbe(sessionQuestions({ target: "production" })) } });
  test("12 messages in one session all get answers, on one WebSocket", {
    annotation: checks("pdv.ten-messages", "pdv.text-input", "pdv.status-connected"),
  }, async ({ hal, contract, stack }) => {
    const QUESTIONS = sessionQuestions(stack);
    const connected = await hal.connect();
    const exchanges = connected ? await hal.converse(QUESTIONS) : [];
    // A fast conversation can end before a looping page first drops its socket: the status is
    // watched one reconnect period past the last answer, as in Test 2.
    const trouble = connected ? await hal.watchConnection(RECONNECT_PERIOD_MS) : undefined;
    const answered = exchanges.filter((e) => e.reply).length;
    const errors = hal.timelines.frames().filter((f) => f.dir === "received" && f.type === "error");
    const disconnected = hal.timelines.status.filter((s) => s.text.startsWith(contract.status.disconnectedPrefix));
    await eachItem(
      [
        "pdv.status-connected",
        () => {
          expect(connected, 'Post-Deployment: the status should show "Connected!"').toBeDefined();
          expect(disconnected, 'Post-Deployment: the status should never show "Disconnected"').toEqual([]);
          expect(
            trouble,
            "Post-Deployment: the connection should stay up through the session and one reconnect period after it",
          ).toBeUndefined();
          expect(hal.timelines.sockets.length, "Post-Deployment: one WebSocket for the whole session (more means a reconnect loop)").toBe(
            1,
          );
        },
      ],
      [
        "pdv.text-input",
        () => {
          expect(exchanges[0]?.reply, `Post-Deployment: a typed message ("${QUESTIONS[0]}") should be sent and answered`).toBeDefined();
          // An answer in any words; HAL's own error text says the services behind the gateway fail.
          const failures = hal.backendFailures();
          if (failures[0]) layerIs("backend", failures[0]);
          expect(failures, "Post-Deployment: typed messages should get answers, not HAL's own error text").toEqual([]);
        },
      ],
      [
        "pdv.ten-messages",
        () => {
          expect(
            answered,
            `Post-Deployment: all ${QUESTIONS.length} messages should get answers; "${QUESTIONS[answered]}" (the ${answered + 1}th) got none`,
          ).toBe(QUESTIONS.length);
          expect(
            errors.map((f) => f.data?.message),
            "Post-Deployment: no `error` messages during the session",
          ).toEqual([]);
          expect(
            hal.errorRows().map((b) => b.text),
            "Post-Deployment: the chat should show no error rows during the session",
          ).toEqual([]);
          const failures = hal.backendFailures();
          if (failures[0]) layerIs("backend", failures[0]);
          expect(failures, "Post-Deployment: every message should get an answer, not HAL's own error text").toEqual([]);
        },
      ],
    );
  });
});

test.describe("Success metrics: conversations", { tag: ["@smoke"] }, () => {
  // The diagnosis replays it: sessions at once, each with its own id, answers on the asker only.
  test.use({ troubleshooting: { probe: concurrentSessionsProbe(3) } });
  // "At least 3 test conversations": three people connected at once, as a deployment serves
  // them. They take turns asking, so while one waits for HAL the others have nothing pending: an
  // answer that shows on another person's page is someone else's, whatever HAL said in it. No
  // check reads HAL's words (an LLM's vary, an echo repeats): any backend that answers passes.
  test("three conversations at the same time complete, each with its own session and only its own answers", {
    annotation: checks("success.three-conversations"),
  }, async ({ hal, browserPage, suiteConfig, loadCap }) => {
    const plan = conversationPlan(suiteConfig, loadCap);
    test.setTimeout(30_000 + plan.sessions * 3 * suiteConfig.HAL_REPLY_BUDGET_MS);
    measured(`${plan.sessions} conversations, ${plan.atOnce} at a time (${plan.why}), asking in turns`);
    const pages = [hal, ...(await Promise.all(Array.from({ length: plan.sessions - 1 }, () => browserPage())))];
    const connected = await inBatches(pages, plan.atOnce, (page) => page.connect());
    const turns = await takeTurns(pages, CONVERSATION, connected);
    for (const [i, t] of turns.entries()) {
      const n = `Success metrics: conversation ${i + 1} of ${plan.sessions}`;
      expect(connected[i], `${n} should connect`).toBeDefined();
      expect(pages[i]?.sessionId(), `${n} got no session id: the gateway's \`connected\` message carried none`).toBeDefined();
      expect(t.elsewhere, `${n}: HAL's answers should show on the page that asked, and on no other`).toEqual([]);
      expect(t.unanswered, `${n}: every question should be answered`).toEqual([]);
      // Answered on the right page, in time, but with HAL's own error text: the services behind the gateway fail.
      if (t.failures[0]) layerIs("backend", t.failures[0]);
      expect(t.failures, `${n}: an answer should not be HAL's own error text`).toEqual([]);
    }
    const sessions = pages.map((p) => p.sessionId());
    expect(new Set(sessions).size, `Success metrics: each conversation should have its own session id, got ${sessions.join(", ")}`).toBe(
      plan.sessions,
    );
  });
});
