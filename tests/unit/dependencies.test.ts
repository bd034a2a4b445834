/**
 * The preflight dependency table (harness/checklist/dependencies.ts): every checklist item is
 * classified, and the table keeps its own rules — manual and configuration items need nothing,
 * anything through the proxy needs TLS, and a test needs the union of its items' needs.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { decidedByLateAnswer, NEEDS, needsOf, PREFLIGHT_PARTS } from "../../harness/checklist/dependencies.ts";
import { CHECKLIST } from "../../harness/checklist/items.ts";

test("every checklist item is classified, and nothing else is", () => {
  assert.deepEqual([...NEEDS.keys()].sort(), CHECKLIST.map((i) => i.id).sort());
  for (const [id, needs] of NEEDS) {
    assert.ok(Array.isArray(needs), id);
    for (const p of needs) assert.ok(PREFLIGHT_PARTS.includes(p), `${id}: unknown part ${p}`);
  }
});

test("manual items and the configuration review need nothing (rules 1 and 5)", () => {
  for (const item of CHECKLIST) {
    if ("manual" in item || item.id.startsWith("step3.review.")) assert.deepEqual(NEEDS.get(item.id), [], item.id);
  }
  for (const id of ["step3.config-valid", "pdv.haproxy-updated", "troubleshooting.acls-match"] as const)
    assert.deepEqual(NEEDS.get(id), []);
});

test("checks that are themselves a preflight probe, or go around the proxy, are never blocked (rules 1 and 2)", () => {
  const measuredThemselves = [
    "pdv.page-reachable",
    "pdv.no-ssl-errors",
    "step6.test1.proxy-200",
    "step6.test1.http2",
    "routing.http-deterministic",
    "troubleshooting.bypass",
  ] as const;
  const direct = ["step6.test1.static-200", "step5.ports-listening", "pdv.http-server-running", "pdv.gateway-running"] as const;
  for (const id of [...measuredThemselves, ...direct]) assert.deepEqual(NEEDS.get(id), [], id);
});

test("whatever goes through the proxy needs its TLS, and a connected page needs the page and the socket", () => {
  for (const [id, needs] of NEEDS) if (needs.length) assert.ok(needs.includes("tls"), `${id} goes through the proxy but not through TLS?`);
  for (const id of ["step6.test2.connected-3s", "step6.test3.reply-3s", "pdv.reply-5s", "step7.browser.ws-open"] as const)
    assert.deepEqual(NEEDS.get(id), ["tls", "page", "websocket"], id);
  assert.deepEqual(NEEDS.get("step6.test2.connecting"), ["tls", "page"]);
  assert.deepEqual(NEEDS.get("pdv.service-logs-clean"), ["tls", "websocket"]);
});

test("conversations judged on their answers, sizes or lag need the answers in time; the latency items measure them (rule 5)", () => {
  const onAnswers = [
    "step6.test4.all-answered",
    "pdv.ten-messages",
    "pdv.messages-small",
    "pdv.no-ui-lag",
    "success.three-conversations",
  ] as const;
  for (const id of onAnswers) assert.deepEqual(NEEDS.get(id), ["tls", "page", "websocket", "replies"], id);
  for (const id of ["pdv.reply-5s", "pdv.response-time", "success.response-times", "step6.test3.reply-3s"] as const)
    assert.ok(!NEEDS.get(id)?.includes("replies"), `${id} measures the answers`);
  for (const [id, needs] of NEEDS)
    if (needs.includes("replies")) assert.ok(needs.includes("websocket"), `${id}: answers come over a WebSocket`);
});

test("a test needs the union of its items' needs, in preflight order; unknown ids need nothing", () => {
  assert.deepEqual(needsOf(["step6.test2.connecting", "step6.test2.connected-3s"]), ["tls", "page", "websocket"]);
  assert.deepEqual(needsOf(["pdv.service-logs-clean", "step6.test2.connecting"]), ["tls", "page", "websocket"]);
  assert.deepEqual(needsOf(["rollback.backup", "rollback.broken-rejected"]), []);
  assert.deepEqual(needsOf(["no.such.item"]), []);
  assert.deepEqual(needsOf([]), []);
});

test("rule 8: a late answer decides only tests whose every item is about how fast HAL answers", () => {
  assert.ok(decidedByLateAnswer(["pdv.reply-5s", "pdv.response-time", "success.response-times"]));
  assert.ok(decidedByLateAnswer(["step6.test3.reply-3s"]));
  assert.ok(!decidedByLateAnswer(["pdv.response-time", "pdv.ten-messages"]), "a test with another item is judged on its own evidence");
  assert.ok(!decidedByLateAnswer([]));
});
