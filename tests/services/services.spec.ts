/**
 * Checklist Step 5 (start updated services) and the Post-Deployment "Services" block: both
 * ports listening, the gateway's start line in its log, no errors or stack traces in the
 * service logs.
 */
import net from "node:net";
import { checks, errorLines, expect, probe, test } from "../../fixtures/index.ts";

function listening(url: string): Promise<string | undefined> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port) }, () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.setTimeout(3000, () => socket.destroy(new Error("timed out")));
    socket.on("error", (err) => resolve(`${u.host}: ${err.message}`));
  });
}

test.describe("Step 5: services", { tag: ["@smoke"] }, () => {
  test("static server and gateway ports are listening", { annotation: checks("step5.ports-listening", "pdv.ports-listening") }, async ({
    stack,
  }) => {
    const { staticUrl, gatewayUrl } = stack.direct;
    test.skip(!staticUrl || !gatewayUrl, "needs both direct URLs (static server and gateway) to reach the ports");
    const problems = (await Promise.all([listening(staticUrl as string), listening(gatewayUrl as string)])).filter(Boolean);
    expect(problems, "Step 5: both ports should show LISTENING (layer: network or the service itself)").toEqual([]);
  });

  test("HTTP server is running", { annotation: checks("pdv.http-server-running") }, async ({ stack }) => {
    test.skip(!stack.direct.staticUrl, "no direct static server URL is configured");
    const res = await probe(stack.direct.staticUrl as string, { method: "GET" });
    expect(res.status, "Post-Deployment: the HTTP server should be running and serve the page (layer: page)").toBe(200);
  });

  test("Voice Gateway is running", { annotation: checks("pdv.gateway-running") }, async ({ stack, halClient }) => {
    test.skip(!stack.direct.gatewayUrl, "no direct gateway URL is configured");
    const client = await halClient(stack.direct.gatewayUrl).catch((e: Error) => e);
    expect(
      client instanceof Error ? client.message : "",
      "Post-Deployment: the Voice Gateway should accept a WebSocket and greet it (layer: gateway)",
    ).toBe("");
  });

  test("gateway log shows its start line", { annotation: checks("step5.gateway-start-line") }, async ({ stack }) => {
    const log = stack.logs.gateway;
    test.skip(!log, "no gateway log source is configured");
    const start = log?.since(0).find((l) => /\[VoiceGatewayWeb\] Starting on ws:\/\/\S+:\d+/.test(l.text));
    expect(
      start?.text,
      "Step 5: the gateway log should show `[VoiceGatewayWeb] Starting on ws://HOST:PORT` (layer: gateway)",
    ).toBeDefined();
  });

  test("service logs show no errors or stack traces", { annotation: checks("step5.logs-clean", "pdv.service-logs-clean") }, async ({
    stack,
  }) => {
    const logs = [stack.logs.gateway, stack.logs.static].filter((l) => l !== undefined);
    test.skip(!logs.length, "no service log source is configured");
    const bad = logs.flatMap((log) => errorLines(log.since(0)).map((l) => `${log.name}: ${l.text}`));
    expect(bad, "Step 5: the service logs should show no error messages or stack traces (layer: gateway or static server)").toEqual([]);
  });
});
