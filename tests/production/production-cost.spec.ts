/**
 * What a `verify` run does to the deployment it verifies, measured on a correct one: `verify` is
 * pointed at a healthy reference stack with its logs as log sources, exactly as at production,
 * and must pass; the gateway's log must show no question reaching home automation or the records
 * database (HAL's router logs `[Router] Intent: <intent>` per question, HAL_SYSTEM.md); and the
 * sessions, questions, audio frames and HTTP requests the run sent are reported (README).
 */
import { expect, measured, parseAccessLogs, skipBecause, test, verifyAgainst } from "../../fixtures/index.ts";

const INTENT = /\[Router\] Intent: (\w+)/;

function counted(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} ${v}`).join(", ");
}

test("a verify run acts on nothing: no home-automation or database question, and its traffic measured", { tag: ["@tool"] }, async ({
  suiteConfig,
  faultStack,
}) => {
  if (suiteConfig.HAL_TARGET_URL !== undefined)
    skipBecause("reference-only", "proves it from a reference run (it starts its own production-target run)");
  test.setTimeout(300_000);
  // Processes: its gateway can say what it received (frames by type), which no log shows.
  const stack = await faultStack("healthy", { runtime: "processes" });
  const from = { haproxy: stack.logs.haproxy?.mark() ?? 0, gateway: stack.logs.gateway?.mark() ?? 0 };
  const run = await verifyAgainst(stack);
  await test.info().attach("verify output", { body: `${run.stdout}\n${run.stderr}`, contentType: "text/plain" });
  const minutes = run.ms / 60_000;
  const intents = (stack.logs.gateway?.since(from.gateway) ?? []).map((l) => INTENT.exec(l.text)?.[1]).filter((i) => i !== undefined);
  const requests = parseAccessLogs(stack.logs.haproxy?.since(from.haproxy) ?? []);
  const traffic = await stack.gatewayTraffic?.();
  const audio = traffic?.frames.audio_stream ?? 0;
  const cost = [
    `verify took ${Math.round(run.ms / 1000)} s (${Math.round(suiteConfig.HAL_SOAK / 1000)} s soak)`,
    `${traffic?.sessions ?? "?"} WebSocket sessions`,
    `${intents.length} questions (${counted(intents)})`,
    `${audio} audio frames (${(audio / (minutes * 60)).toFixed(1)} a second over the run)`,
    `${requests.length} requests through HAProxy (${(requests.length / minutes).toFixed(0)} a minute; ${counted(requests.map((r) => String(r.status)))})`,
  ].join("; ");
  measured(cost);
  await test
    .info()
    .attach("what a verify run sent the deployment", { body: `${cost}\n${JSON.stringify(traffic, null, 2)}`, contentType: "text/plain" });

  expect(run.code, `verify should pass a healthy deployment:\n${run.stdout}`).toBe(0);
  expect(intents.length, "the gateway's log shows the run's questions (HAL's router lines)").toBeGreaterThan(0);
  expect(
    intents.filter((i) => i === "home_assistant" || i === "database"),
    "a verify run must never ask a question that reaches Home Assistant or the records database",
  ).toEqual([]);
});
