/**
 * Checklist Step 6 Test 2 for the browsers the suite cannot drive: Playwright's Firefox and
 * WebKit cannot run here, so the WebSocket is opened through the proxy the way each family opens
 * it (HAL_SYSTEM.md: Chromium and Safari send `Connection: Upgrade`, Firefox `Connection:
 * keep-alive, Upgrade`), over HTTP/1.1 and over the page's own HTTP/2 (RFC 8441 extended
 * CONNECT, where the server offers it), and must get HAL's `connected`. A connection item judges the
 * upgrade and the greeting, never an answer: how HAL answers is the conversations' verdict, and a
 * slow or crossed answer must not read as "Firefox users cannot connect".
 *
 * It never opens the page, so it runs once per target (the reference-current project, or the one
 * HAL_PAGE names), not per page generation. Production-safe: four connections, never more at
 * once than the load cap (HAL_LOAD_CAP).
 */
import {
  answeredByPage,
  browserUpgradesProbe,
  checks,
  expect,
  layerIs,
  measured,
  probeBrowserUpgrades,
  renderFailures,
  renderOutcome,
  test,
  timeouts,
  upgradeTarget,
} from "../../fixtures/index.ts";

// A failure is replayed with the same browser upgrades through the proxy and against the gateway directly.
test.use({ troubleshooting: { probe: browserUpgradesProbe } });

test.describe("Step 6 Test 2: every browser family", { tag: ["@smoke", "@production-safe"] }, () => {
  test("the WebSocket connects with Chromium's, Firefox's and Safari's upgrade, over HTTP/1.1 and HTTP/2", {
    annotation: checks("step6.test2.browsers"),
  }, async ({ stack, loadCap, suiteConfig }) => {
    // Four connections, as many at once as the target's load cap allows, each judged on its
    // upgrade and HAL's greeting within the connect budget and margin.
    const outcomes = await probeBrowserUpgrades(upgradeTarget(stack), {
      concurrency: loadCap,
      timeoutMs: timeouts(suiteConfig).probeMs,
      question: null,
    });
    await test.info().attach("browser upgrades (requests and outcomes)", {
      body: outcomes.map((o) => `${renderOutcome(o)}\n  ${o.request.join("\n  ")}`).join("\n\n"),
      contentType: "text/plain",
    });
    measured(
      outcomes
        .map((o) => `${o.families.join("+")} ${o.path}: ${o.notOffered ? "not offered" : o.ok ? `${o.status}, ${o.reply}` : "FAILED"}`)
        .join("; "),
    );
    const failures = renderFailures(outcomes);
    const page = outcomes.find(answeredByPage);
    if (page) layerIs("proxy", `HAProxy sent the upgrade to the static server: ${renderOutcome(page)}`);
    expect(failures, `Step 6 Test 2 in every browser family should connect: ${failures.join("; ")}`).toEqual([]);
  });
});
