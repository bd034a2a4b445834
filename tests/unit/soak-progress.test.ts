/** The soak's progress line: written by the soak spec and read back by `verify`, one format in one module. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { soakLine, soakProgress } from "../../harness/cli/soak-progress.ts";

test("the line the soak prints reads back as progress: elapsed, remaining, messages, latency", () => {
  const line = soakLine({ elapsedMs: 65_400, totalMs: 600_000, messages: 4, latency: "p50 120 ms", what: '"hello" answered' });
  assert.equal(line, '[soak] 1m05s / 10m elapsed, 4 messages, latency p50 120 ms — "hello" answered');
  assert.equal(
    soakProgress(line),
    'soak [##..................] 10% · 1m05s elapsed, 8m55s remaining · 4 messages · latency p50 120 ms · "hello" answered',
  );
  const first = soakLine({ elapsedMs: 300, totalMs: 30_000, messages: 0, what: "idle for 15s" });
  assert.match(soakProgress(first) ?? "", /^soak \[\.{20}\] 0% · 0s elapsed, 30s remaining · 0 messages · no reply yet · idle for 15s$/);
  assert.equal(soakProgress("[soak] soon / later elapsed, 1 messages — x"), undefined);
});
