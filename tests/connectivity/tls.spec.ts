/**
 * Post-Deployment "Connectivity": the public URL can be accessed and the page loads without
 * SSL errors. TLS stays strict: the browser trusts only the target's own certificate (or the
 * configured CA), so a wrong name or an expired certificate is a failure here.
 *
 * "Accessed" means all of the page: its HTML and every script and stylesheet it references, in
 * the browser and through the proxy, compared with the same load straight from the static
 * server, so a missing client.js is named with the layer that lost it. The favicon may 404:
 * HAL's static server has none (HAL_SYSTEM.md).
 */
import type { Response } from "@playwright/test";
import {
  attributePageFailure,
  checks,
  expect,
  loadPage,
  measured,
  renderPageLoad,
  test,
  timeouts,
  tlsHandshake,
} from "../../fixtures/index.ts";

/** What the browser needs to run the page; images, fonts and the favicon are not among them. */
const ESSENTIAL = new Set(["document", "script", "stylesheet"]);

test.describe("Connectivity", { tag: ["@smoke"] }, () => {
  test("the public URL can be accessed in the browser, with all of its scripts and stylesheets", {
    annotation: checks("pdv.page-reachable"),
  }, async ({ hal, contract, stack, suiteConfig }) => {
    const failedInBrowser: string[] = [];
    const onResponse = (r: Response) => {
      if (ESSENTIAL.has(r.request().resourceType()) && r.status() >= 400) failedInBrowser.push(`${r.url()} answered ${r.status()}`);
    };
    hal.page.on("response", onResponse);
    hal.page.on("requestfailed", (r) => ESSENTIAL.has(r.resourceType()) && failedInBrowser.push(`${r.url()}: ${r.failure()?.errorText}`));
    const response = await hal.page.goto(hal.url).catch((e: Error) => e);
    expect(response instanceof Error ? response.message : "", "Post-Deployment: the public URL should load in the browser").toBe("");
    expect(response instanceof Error ? 0 : response?.status(), "Post-Deployment: the public URL should answer 200").toBe(200);
    await expect(hal.page, "Post-Deployment: it should be HAL's page").toHaveTitle(contract.title);

    // The same load from Node, through the proxy and straight from the static server: it names the layer.
    const { probeMs } = timeouts(suiteConfig);
    const proxied = await loadPage(stack.pageUrl, { ca: stack.tls.caPem, timeoutMs: probeMs, headers: stack.headers });
    const direct = stack.direct.staticUrl ? await loadPage(stack.direct.staticUrl, { timeoutMs: probeMs }) : undefined;
    measured(`through the proxy: ${renderPageLoad(proxied)}${direct ? `; static server: ${renderPageLoad(direct)}` : ""}`);
    const problem = attributePageFailure(proxied, direct);
    expect(
      [...(problem ? [problem] : []), ...failedInBrowser],
      `Post-Deployment: the public URL can be accessed only if all of the page loads, its scripts and stylesheets included${problem ? `: ${problem}` : ""}`,
    ).toEqual([]);
  });

  test("the page loads without SSL errors", { annotation: checks("pdv.no-ssl-errors") }, async ({ stack, suiteConfig }) => {
    const result = await tlsHandshake(stack.pageUrl, { ca: stack.tls.caPem, timeoutMs: timeouts(suiteConfig).probeMs }).catch(
      (e: Error) => e,
    );
    expect(
      result instanceof Error ? result.message : undefined,
      "Post-Deployment: TLS should verify strictly: right name, valid dates, trusted issuer",
    ).toBeUndefined();
    if (!(result instanceof Error)) measured(`${result.protocol}, certificate valid until ${result.validTo}`);
  });
});
