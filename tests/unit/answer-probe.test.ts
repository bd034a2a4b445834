/**
 * The preflight's answer probe tells what became of one question, against the reference gateway
 * seeded with each way of failing: answered, late, the socket closed (1011), an `error` frame,
 * the answer delivered to another session, or to every session.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { CHECKLIST_BUDGETS } from "../../harness/config/timeouts.ts";
import { describeAnswer, probeAnswer } from "../../harness/probes/answer-probe.ts";
import type { GatewayBehaviour } from "../../reference-impl/gateway/server.ts";
import { testGateway } from "./support/gateway.ts";

const budgets = { ...CHECKLIST_BUDGETS, HAL_REPLY_BUDGET_MS: 400 };

async function outcome(behaviour: Partial<GatewayBehaviour>) {
  const gw = await testGateway(behaviour);
  try {
    return await probeAnswer({ url: `ws://127.0.0.1:${gw.port}` }, budgets);
  } finally {
    await gw.close();
  }
}

test("a healthy gateway answers the asker, in time", async () => {
  const o = await outcome({});
  assert.equal(o.kind, "answered");
  assert.match(describeAnswer(o, "hello", budgets), /"hello" answered in \d+ ms/);
});

test("each way of failing is named for what it is", async () => {
  assert.equal((await outcome({ replyDelayMs: 800 })).kind, "late");
  const closed = await outcome({ closeOnTextInput: true });
  assert.equal(closed.kind, "closed");
  assert.match(describeAnswer(closed, "hello", budgets), /closed \(code 1011\)/);
  assert.equal((await outcome({ tracebackOn: "hello" })).kind, "error-frame");
  const rotated = await outcome({ rotateReplies: true });
  assert.deepEqual(rotated, { kind: "other-session", alsoToAsker: false });
  const broadcast = await outcome({ broadcastReplies: true });
  assert.deepEqual(broadcast, { kind: "other-session", alsoToAsker: true });
  assert.match(describeAnswer(broadcast, "hello", budgets), /every user sees every answer/);
});
