/**
 * Production log excerpts hold the run's own lines: requests from its own address, its own
 * questions, HAProxy's own notices; other clients' lines are left out and counted, and any other
 * address is masked. The reference stack (and HAL_LOG_EXCERPTS=full) keeps everything.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { type ExcerptPolicy, excerpt, FULL, maskAddresses, renderExcerpt } from "../../harness/logs/excerpt.ts";

const at = 0;
const access = (client: string, path: string, status = 200) => ({
  at,
  text: `Dec  3 14:02:25 lb haproxy[371]: ${client}:46868 [03/Dec/2026:14:02:25.070] hal_https~ hal2_backend/hal2_http 0/0/0/1/1 ${status} 512 - - ---- 1/1/0/0/0 0/0 "GET ${path} HTTP/1.1"`,
});
const LINES = [
  access("198.51.100.4", "/"),
  access("203.0.113.7", "/private/other-user?id=42", 503),
  {
    at,
    text: 'Dec  3 14:02:26 lb haproxy[371]: [WARNING]  (371) : Server hal2_backend/hal2_ws is DOWN, reason: Layer4 connection problem, info: "Connection refused" at 203.0.113.9',
  },
  { at, text: "[Router] Intent: llm (confidence: 0.7)" },
  { at, text: "[Router] Query: what is 2+2..." },
  { at, text: "[Router] Query: show the records of patient 4711..." },
];
const OWN: ExcerptPolicy = { mode: "own", ownClients: new Set(["198.51.100.4"]), ownQuestions: ["what is 2+2"] };

test("own mode keeps the run's requests, questions and the proxy's notices; other clients' lines are counted, not shown", () => {
  const e = excerpt(LINES, OWN);
  const text = renderExcerpt(e);
  assert.equal(e.leftOut, 2);
  assert.match(text, /198\.51\.100\.4:46868/);
  assert.match(text, /\[Router\] Query: what is 2\+2/);
  assert.match(text, /is DOWN/);
  assert.match(text, /2 lines of other clients left out/);
  for (const leak of ["203.0.113.7", "other-user", "patient 4711", "203.0.113.9"]) assert.doesNotMatch(text, new RegExp(leak));
  assert.match(text, /at <other client>/, "an address in a notice is masked");
});

test("full mode (the reference stack, or HAL_LOG_EXCERPTS=full) keeps every line as written", () => {
  const e = excerpt(LINES, FULL);
  assert.equal(e.leftOut, 0);
  assert.equal(e.lines.length, LINES.length);
  assert.match(renderExcerpt(e), /203\.0\.113\.7/);
});

test("without a known own address, every access line is someone's and left out", () => {
  const e = excerpt(LINES, { ...OWN, ownClients: new Set() });
  assert.equal(e.lines.filter((l) => /hal_https~/.test(l.text)).length, 0);
  assert.equal(maskAddresses("from 10.1.2.3:80 and 198.51.100.4", OWN.ownClients), "from <other client>:80 and 198.51.100.4");
});

test("a line no parser knows that names another address is someone's traffic: left out", () => {
  const odd = { at, text: `03 Dec 2026 lb haproxy: 203.0.113.7:1 "GET /private/x"` };
  assert.equal(excerpt([odd], OWN).leftOut, 1);
  assert.equal(
    excerpt([{ at, text: "[VoiceGatewayWeb] Starting on ws://0.0.0.0:8768" }], OWN).leftOut,
    0,
    "a listener's address is nobody's",
  );
});
