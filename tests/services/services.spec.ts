/**
 * Checklist Step 5 (start updated services) and the Post-Deployment "Services" block: both
 * ports listening, the gateway's start line in its log, no errors or stack traces in the
 * service logs. Log verdicts rest on lines read: each check first proves its source delivers
 * this run's lines (a session, a request), and fails, saying so, when a configured one read none.
 */
import {
  attachHistory,
  checks,
  clientConnected,
  errorLines,
  expect,
  layerIs,
  linesRead,
  measured,
  portListening,
  probe,
  skipBecause,
  test,
} from "../../fixtures/index.ts";

const START_LINE = /\[VoiceGatewayWeb\] Starting on ws:\/\/\S+:\d+/;

test.describe("Step 5: services", { tag: ["@smoke"] }, () => {
  test("static server and gateway ports are listening", { annotation: checks("step5.ports-listening", "pdv.ports-listening") }, async ({
    stack,
  }) => {
    const { staticUrl, gatewayUrl } = stack.direct;
    if (!staticUrl || !gatewayUrl) skipBecause("no-direct-urls", "needs both direct URLs (static server and gateway) to reach the ports");
    const problems = (await Promise.all([portListening(staticUrl), portListening(gatewayUrl)])).filter(Boolean);
    expect(problems, "Step 5: both ports should show LISTENING").toEqual([]);
  });

  test("HTTP server is running", { annotation: checks("pdv.http-server-running") }, async ({ stack }) => {
    const url = stack.direct.staticUrl ?? skipBecause("no-direct-urls", "no direct static server URL is configured");
    const res = await probe(url, { method: "GET" });
    expect(res.status, "Post-Deployment: the HTTP server should be running and serve the page").toBe(200);
  });

  test("Voice Gateway is running", { annotation: checks("pdv.gateway-running") }, async ({ stack, halClient }) => {
    const url = stack.direct.gatewayUrl ?? skipBecause("no-direct-urls", "no direct gateway URL is configured");
    const client = await halClient(url).catch((e: Error) => e);
    expect(client instanceof Error ? client.message : "", "Post-Deployment: the Voice Gateway should accept a WebSocket and greet it").toBe(
      "",
    );
  });

  test("gateway log shows its start line", { annotation: checks("step5.gateway-start-line") }, async ({ gatewayLog: log, halClient }) => {
    // A source that delivers nothing can neither show nor lack the start line. A session gives a
    // quiet gateway something to log (whether sessions work is pdv.gateway-running's verdict, not this one's).
    await halClient().catch(() => undefined);
    const read = () => log.history().length + log.sinceRunStart().length;
    await log.until(() => read() > 0);
    expect(
      read(),
      "Step 5: read no lines from the gateway log, neither its past nor this run's: is the source the gateway's live log?",
    ).toBeGreaterThan(0);
    // The start line is the one line a check looks for in the log's past: the gateway printed it when it started.
    const start = [...log.history(), ...log.sinceRunStart()].find((l) => START_LINE.test(l.text));
    if (!start && log.partialHistory !== undefined)
      skipBecause(
        "log-history",
        `the gateway log source may not reach back to the gateway's start, so its start line cannot be looked for: ${log.partialHistory}`,
      );
    if (!start) layerIs("gateway", "the gateway's own log has no start line");
    expect(start?.text, "Step 5: the gateway log should show `[VoiceGatewayWeb] Starting on ws://HOST:PORT`").toBeDefined();
  });

  test("service logs show no errors or stack traces", { annotation: checks("step5.logs-clean", "pdv.service-logs-clean") }, async ({
    logs,
    halClient,
    stack,
  }) => {
    const views = [logs.gateway, logs.static].filter((l) => l !== undefined);
    if (!views.length) skipBecause("no-log-source", "no service log source is configured (HAL_GATEWAY_LOG)");
    // A session through the proxy makes the gateway log a line: seeing it proves the source delivers
    // this run's lines, so "no errors" is a verdict on lines read, not on an empty or stale source.
    const client = await halClient();
    if (logs.gateway) {
      expect(
        await logs.gateway.waitFor(clientConnected(client.sessionId)),
        `Step 5: the gateway log source should show this run's sessions ("Client connected: ${client.sessionId}"); it read ${logs.gateway.sinceRunStart().length} lines during the run: is it the gateway's live log?`,
      ).toBeDefined();
    }
    // Likewise a request makes the static server log a line.
    if (logs.static && stack.direct.staticUrl) {
      await probe(stack.direct.staticUrl, { method: "GET" });
      expect(
        await logs.static.waitFor(/"GET \//),
        `Step 5: the static server's log source should show this run's requests; it read ${logs.static.sinceRunStart().length} lines during the run`,
      ).toBeDefined();
    }
    const read = views.map((view) => ({ view, lines: view.sinceRunStart() }));
    const earlier = views.flatMap((view) => errorLines(view.history()));
    await attachHistory(
      "errors logged before the run (context, not judged)",
      views.map((view) => view.historyText(errorLines(view.history()))),
    );
    expect(
      read.filter(({ lines }) => !lines.length).map(({ view }) => view.name),
      `Step 5: "no errors in the service logs" needs lines to judge; these configured sources delivered none during the run (read ${linesRead(read)})`,
    ).toEqual([]);
    const bad = read.flatMap(({ view, lines }) => errorLines(lines).map((l) => `${view.name}: ${view.quote(l.text)}`));
    // The log that holds the error names the layer: its own component's.
    const culprit = read.find(({ lines }) => errorLines(lines).length)?.view;
    if (culprit?.layer) layerIs(culprit.layer, `errors in the ${culprit.name} log during the run`);
    measured(
      `service logs during the run: ${linesRead(read)}; ${bad.length} error lines (${earlier.length} more before the run, not judged)`,
    );
    expect(bad, `Step 5: the service logs should show no error messages or stack traces during the run (read ${linesRead(read)})`).toEqual(
      [],
    );
  });
});
