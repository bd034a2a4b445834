/**
 * Checklist Step 7 (monitor for issues): after a real conversation, HAProxy's log shows the
 * WebSocket on hal2_backend/hal2_ws (101) and the page on hal2_backend/hal2_http (200), with
 * no 502/503/504; the gateway's log shows this session's `Client connected`, handled messages
 * and no exception traces. Every verdict rests on lines read: a configured source that
 * delivered no line during the test fails the check, saying so, and never passes it. How a log
 * is read (the page closed first, the delivery bound of a remote source) is the fixtures'.
 * The conversation is held once per worker (`heldVisit`, fixtures/visit.ts) and every check
 * reads the logs of that visit: the checks judge, they do not each hold a conversation.
 */
import {
  attachHistory,
  blockedForLackOfEvidence,
  blockTest,
  checks,
  clientConnected,
  eachItem,
  errorLines,
  expect,
  expectLinesFrom,
  type HeldVisit,
  haproxyProblems,
  helloProbe,
  isPageLoad,
  layerIs,
  layerOfEntry,
  LOG_CONVERSATION as MESSAGES,
  measured,
  route,
  skipBecause,
  test,
  unexpectedConsoleErrors,
} from "../../fixtures/index.ts";

/** The visit's view of a log the target has: the test's own fixture (`haproxyLog`, `gatewayLog`) has skipped it otherwise. */
function visitLog(visit: HeldVisit, name: "haproxy" | "gateway") {
  const view = visit.views[name];
  if (!view) throw new Error(`no ${name} log view: the ${name}Log fixture should have skipped this test`);
  return view;
}

test.describe("Step 7: logs", { tag: ["@smoke"] }, () => {
  test("HAProxy log: the WebSocket went to hal2_backend/hal2_ws with 101", {
    annotation: checks("step7.haproxy.ws-routed", "troubleshooting.routing-logs"),
  }, async ({ stack, haproxyLog: _, heldVisit }) => {
    const log = visitLog(heldVisit, "haproxy");
    const entries = await heldVisit.haproxyEntries();
    const read = expectLinesFrom(log, "Step 7");
    const ws = entries.filter((e) => e.status === 101);
    const routed = ws.length > 0 && ws.every((e) => route(e) === "hal2_backend/hal2_ws");
    const logged = entries.filter((e) => !isPageLoad(e, stack.pageUrl)).map((e) => `${route(e)} ${e.status}`);
    if (!routed) layerIs("proxy", `routing is HAProxy's: the WebSocket was logged as ${logged.join(", ") || "nothing"}`);
    const all = `Read ${read} lines; logged: ${log.named(entries).join("; ")}`;
    expect(ws.map(route), `Step 7: the WebSocket should appear in HAProxy's log as hal2_backend/hal2_ws with 101. ${all}`).toContain(
      "hal2_backend/hal2_ws",
    );
    expect(routed, "Step 7: every upgrade should go to hal2_ws").toBe(true);
  });

  test("HAProxy log: the page and its assets went to hal2_backend/hal2_http with 200", {
    annotation: checks("step7.haproxy.http-routed"),
  }, async ({ stack, haproxyLog: _, heldVisit }) => {
    const log = visitLog(heldVisit, "haproxy");
    const assets = (await heldVisit.haproxyEntries()).filter((e) => isPageLoad(e, stack.pageUrl));
    const read = expectLinesFrom(log, "Step 7");
    expect(assets.length, `Step 7: the page load should appear in HAProxy's log (read ${read} lines)`).toBeGreaterThan(0);
    const wrong = assets.filter((e) => route(e) !== "hal2_backend/hal2_http" || e.status !== 200);
    // Sent elsewhere with a 200: routing is HAProxy's; an error: whoever answered it.
    if (wrong[0]) layerIs(wrong[0].status === 200 ? "proxy" : layerOfEntry(wrong[0]), `HAProxy logged ${log.named(wrong)[0]}`);
    expect(log.named(wrong), "Step 7: HTTP requests should go to hal2_backend/hal2_http with 200").toEqual([]);
  });

  test("HAProxy log: no 502, 503 or 504 and no alerts", {
    annotation: checks("step7.haproxy.no-5xx", "pdv.haproxy-logs-clean"),
  }, async ({ haproxyLog: _, heldVisit }) => {
    const log = visitLog(heldVisit, "haproxy");
    const entries = await heldVisit.haproxyEntries();
    const read = expectLinesFrom(log, "Step 7");
    const fiveXx = entries.filter((e) => [502, 503, 504].includes(e.status));
    // Notices are judged over the whole run: a server that went DOWN during it is trouble, one
    // that was DOWN before the run (the deployment's own restart) is history, shown as context.
    const problems = haproxyProblems(log.sinceRunStart()).map((l) => log.quote(l.text));
    const earlier = haproxyProblems(log.history());
    await attachHistory("HAProxy problems before the run (context, not judged)", [log.historyText(earlier)]);
    measured(
      `HAProxy log: ${read} lines (${entries.length} access entries) since the visit, ${log.sinceRunStart().length} lines during the run (${earlier.length} problem lines before it, not judged)`,
    );
    expect(entries.length, "Step 7: the visit's page load and WebSocket should appear in HAProxy's log").toBeGreaterThan(0);
    // The log names who answered a 5xx, and a notice is HAProxy's own: each item's layer is read
    // there, not guessed by probes that may all pass.
    await eachItem(
      [
        "step7.haproxy.no-5xx",
        () => {
          if (fiveXx[0]) layerIs(layerOfEntry(fiveXx[0]), `HAProxy logged ${log.named(fiveXx)[0]}`);
          expect(log.named(fiveXx), "Step 7: HAProxy's log should show no 502, 503 or 504").toEqual([]);
        },
      ],
      [
        "pdv.haproxy-logs-clean",
        () => {
          if (problems[0]) layerIs("proxy", `HAProxy's own notice: ${problems[0]}`);
          expect(problems, "Post-Deployment: HAProxy's log should show no alerts or servers going DOWN during the run").toEqual([]);
        },
      ],
    );
  });

  // What the gateway's own log says (or does not) is the gateway's. Each check first waits
  // (bounded) for this session's `Client connected` line: it proves the source delivers.
  test.describe("gateway log", () => {
    test.use({ troubleshooting: { probe: helloProbe, layer: "gateway", why: "the gateway's own log shows it" } });

    test("gateway log: Client connected with the page's session id", {
      annotation: checks("step7.gateway.client-connected"),
    }, async ({ gatewayLog: _, heldVisit }) => {
      const log = visitLog(heldVisit, "gateway");
      const id = heldVisit.sessionId;
      expect(id, "Step 7: the page should have received a `connected` message with a session id").toBeDefined();
      const seen = (await log.waitFor(clientConnected(id ?? ""))) !== undefined;
      const read = expectLinesFrom(log, "Step 7");
      expect(seen, `Step 7: the gateway log should show "Client connected: ${id}" (read ${read} lines)`).toBe(true);
    });

    test("gateway log: a handled-message entry for each message", {
      annotation: checks("step7.gateway.handle-message"),
    }, async ({ gatewayLog: _, heldVisit }) => {
      const log = visitLog(heldVisit, "gateway");
      const id = heldVisit.sessionId ?? "";
      if (id) await log.waitFor(clientConnected(id));
      expectLinesFrom(log, "Step 7");
      if (!log.lines().some((l) => l.text.includes("_handle_message")))
        skipBecause(
          "not-in-hal",
          "the checklist expects `_handle_message` entries, but the real HAL gateway logs no line per message (HAL_SYSTEM.md): this checklist expectation does not hold for it",
        );
      const handled = () => log.lines().filter((l) => l.text.includes(id) && /_handle_message.*text_input/.test(l.text)).length;
      // A remote log source (ssh tail, a pipe) delivers lines late: poll for the count.
      await expect
        .poll(handled, { message: `Step 7: the gateway should log a handled-message line for each of the ${MESSAGES.length} messages` })
        .toBeGreaterThanOrEqual(MESSAGES.length);
    });

    test(
      "gateway log: no exception stack traces",
      { annotation: checks("step7.gateway.no-exceptions") },
      async ({ gatewayLog: _, heldVisit, preflight }, testInfo) => {
        const gatewayLog = visitLog(heldVisit, "gateway");
        const id = heldVisit.sessionId;
        if (id) await gatewayLog.waitFor(clientConnected(id));
        // Without the page's own session, the run's sessions (the preflight's) are what the gateway did.
        const lines = id ? gatewayLog.lines() : gatewayLog.sinceRunStart();
        // A gateway that logs only its sessions logged nothing this worker read, when a broken part
        // kept the page from connecting (the preflight's sessions were before this worker's log
        // source started): nothing to judge, blocked by that part, not failed as the gateway's.
        const nothingToJudge =
          !id &&
          !lines.length &&
          blockedForLackOfEvidence(
            preflight,
            "the page never connected, and the gateway's log held no session of this run to read tracebacks in",
          );
        if (nothingToJudge) await blockTest(testInfo, preflight, nothingToJudge);
        const read = id ? expectLinesFrom(gatewayLog, "Step 7") : lines.length;
        expect(read, "Step 7: the gateway log should hold this run's sessions").toBeGreaterThan(0);
        const bad = errorLines(lines).map((l) => gatewayLog.quote(l.text));
        measured(
          `gateway log: ${read} lines ${id ? "since the visit" : "during the run (the page never connected)"}, ${bad.length} exception lines`,
        );
        expect(bad, `Step 7: the gateway log should show NO exception stack traces (read ${read} lines)`).toEqual([]);
      },
    );
  });

  test("browser: the WebSocket stays open and the console shows no errors", {
    annotation: checks("step7.browser.ws-open", "pdv.no-console-errors"),
  }, async ({ heldVisit }) => {
    // The visit was watched one reconnect period (3 s) after its conversation (fixtures/visit.ts),
    // so a socket that drops a moment after connecting is seen however fast the replies were.
    const { trouble, atEnd } = heldVisit;
    const sockets = atEnd.sockets;
    const errors = unexpectedConsoleErrors(atEnd.console).map((e) => `${e.text} ${e.url}`);
    const noConsoleErrors = () => expect(errors, "Step 7: the browser console should show no errors").toEqual([]);
    // The Step 7 item is the socket and the console together; the Post-Deployment one, the console alone.
    await eachItem(
      [
        "step7.browser.ws-open",
        () => {
          expect(sockets.length, "Step 7: the Network tab should show one WebSocket for the page (more means it reconnected)").toBe(1);
          expect(trouble, "Step 7: the WebSocket should stay open while it is monitored").toBeUndefined();
          expect(sockets[0]?.closedAt, "Step 7: the WebSocket should still be open after the conversation").toBeUndefined();
          noConsoleErrors();
        },
      ],
      ["pdv.no-console-errors", noConsoleErrors],
    );
  });
});
