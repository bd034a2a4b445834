/**
 * What a `verify` run does to the deployment it verifies, measured on a correct one: `verify` is
 * pointed at a healthy reference stack with its logs as log sources, exactly as at production,
 * and must pass; the gateway's log must show no question reaching home automation or the records
 * database (HAL's router logs `[Router] Intent: <intent>` per question, HAL_SYSTEM.md); and the
 * sessions, questions, audio frames and HTTP requests the run sent are reported, for the README.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, measured, parseAccessLogs, REPO_ROOT, skipBecause, test } from "../../fixtures/index.ts";
import { mirrorToFile } from "../../harness/logs/log-file-mirror.ts";
import { startProcessesStack } from "../../harness/stack/processes.ts";

const INTENT = /\[Router\] Intent: (\w+)/;

test("a verify run acts on nothing: no home-automation or database question, and its traffic measured", async ({ suiteConfig }) => {
  if (suiteConfig.HAL_TARGET_URL !== undefined)
    skipBecause("reference-only", "proves it from a reference run (it starts its own production-target run)");
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), "hal-cost-"));
  mkdirSync(join(dir, "logs"));
  const stack = await startProcessesStack(suiteConfig);
  const stops = [
    mirrorToFile(stack.logs.haproxy, join(dir, "logs/haproxy.log")),
    mirrorToFile(stack.logs.gateway, join(dir, "logs/gateway.log")),
  ];
  try {
    const from = { haproxy: stack.logs.haproxy?.mark() ?? 0, gateway: stack.logs.gateway?.mark() ?? 0 };
    writeFileSync(join(dir, "ca.pem"), stack.tls.caPem ?? "");
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HAL_")));
    const args = [
      join(REPO_ROOT, "harness/cli/hal-e2e.mjs"),
      "verify",
      ...["--target", stack.pageUrl, "--ca", join(dir, "ca.pem"), "--reports", join(dir, "reports")],
      ...[
        "--haproxy-log",
        `cmd:tail -n 0 -F ${join(dir, "logs/haproxy.log")}`,
        "--gateway-log",
        `cmd:tail -n 0 -F ${join(dir, "logs/gateway.log")}`,
      ],
      ...["--static", stack.direct.staticUrl ?? "", "--gateway", stack.direct.gatewayUrl ?? ""],
    ];
    const started = Date.now();
    const run = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, env, maxBuffer: 64 << 20 }).catch(
      (err: { stdout?: string; stderr?: string; code?: number }) => err,
    );
    const minutes = (Date.now() - started) / 60_000;
    await test.info().attach("verify output", { body: `${run.stdout ?? ""}\n${run.stderr ?? ""}`, contentType: "text/plain" });
    const gatewayLines = (stack.logs.gateway?.since(from.gateway) ?? []).map((l) => l.text);
    const intents = gatewayLines.map((l) => INTENT.exec(l)?.[1]).filter((i): i is string => i !== undefined);
    const requests = parseAccessLogs(stack.logs.haproxy?.since(from.haproxy) ?? []);
    const traffic = await stack.gatewayTraffic?.();
    const count = (xs: string[]) => {
      const n = new Map<string, number>();
      for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
      return [...n].map(([k, v]) => `${k} ${v}`).join(", ");
    };
    const audio = traffic?.frames.audio_stream ?? 0;
    const cost = [
      `verify took ${(minutes * 60).toFixed(0)} s (30 s soak)`,
      `${traffic?.sessions ?? "?"} WebSocket sessions`,
      `${intents.length} questions (${count(intents)})`,
      `${audio} audio frames (${(audio / (minutes * 60)).toFixed(1)} a second over the run)`,
      `${requests.length} requests through HAProxy (${(requests.length / minutes).toFixed(0)} a minute; ${count(requests.map((r) => String(r.status)))})`,
    ].join("; ");
    measured(cost);
    await test
      .info()
      .attach("what a verify run sent the deployment", { body: `${cost}\n${JSON.stringify(traffic, null, 2)}`, contentType: "text/plain" });

    expect("code" in run ? run.code : 0, `verify should pass a healthy deployment:\n${run.stdout}`).toBe(0);
    expect(intents.length, "the gateway's log shows the run's questions (HAL's router lines)").toBeGreaterThan(0);
    expect(
      intents.filter((i) => i === "home_assistant" || i === "database"),
      "a verify run must never ask a question that reaches Home Assistant or the records database",
    ).toEqual([]);
  } finally {
    for (const stop of stops) stop();
    await stack.stop();
  }
});
