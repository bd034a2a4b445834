/**
 * Log sources (HAL_HAPROXY_LOG / HAL_GATEWAY_LOG): a file gives its recent past and then
 * follows; a command's stdout becomes log lines while its stderr never does.
 */
import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { describeLogSource, openLogSource, parseLogSource } from "../../harness/logs/log-sources.ts";

const dir = mkdtempSync(join(tmpdir(), "hal-logsrc-"));

test("a file source reads the file's recent lines, then follows new ones", async () => {
  const file = join(dir, "haproxy.log");
  writeFileSync(file, "old line 1\n[VoiceGatewayWeb] Starting on ws://0.0.0.0:8768\n");
  const source = openLogSource("gateway", parseLogSource(file));
  try {
    await source.log.waitFor(/Starting on ws:/, { timeoutMs: 5000 });
    appendFileSync(file, "new line after open\n");
    await source.log.waitFor(/new line after open/, { timeoutMs: 5000 });
  } finally {
    await source.stop();
  }
});

test("a command source feeds stdout only; stderr stays out of the log", async () => {
  const source = openLogSource("haproxy", parseLogSource("cmd:echo 'ssh: banner' >&2; echo 'hal2_backend/hal2_ws 101'; sleep 30"));
  try {
    await source.log.waitFor(/hal2_backend\/hal2_ws 101/, { timeoutMs: 5000 });
    assert.deepEqual(
      source.log.since(0).map((l) => l.text),
      ["hal2_backend/hal2_ws 101"],
    );
  } finally {
    await source.stop();
  }
});

test("descriptions show a command's program and host, never its arguments", () => {
  const described = (command: string) => describeLogSource(parseLogSource(command));
  assert.equal(
    described("sshpass -p hunter2 ssh ops@lb tail -F /var/log/haproxy.log"),
    'command "ssh lb …" (its arguments are not shown: a log command may carry secrets)',
  );
  assert.match(described("ssh -p 2222 -i ~/.ssh/k ops@lb.example sudo tail -F x"), /^command "ssh lb\.example …"/);
  assert.match(described("kubectl --token eyJhbGciOiJIUzI1NiJ9.e30.x logs -f deploy/hal"), /^command "kubectl …"/);
  assert.match(described("TOKEN=abc sudo /usr/bin/journalctl -u haproxy -f"), /^command "journalctl …"/);
  for (const secret of ["hunter2", "eyJhbGciOiJIUzI1NiJ9", "abc"])
    assert.doesNotMatch(described(`sshpass -p hunter2 ssh h tail --token eyJhbGciOiJIUzI1NiJ9 TOKEN=abc`), new RegExp(secret));
});
