/**
 * Post-Deployment "Connectivity": the public URL can be accessed and the page loads without
 * SSL errors. TLS stays strict: the browser trusts only the target's own certificate (or the
 * configured CA), so a wrong name or an expired certificate is a failure here.
 */
import tls from "node:tls";
import { checks, expect, measured, test } from "../../fixtures/index.ts";

test.describe("Connectivity", { tag: ["@smoke"] }, () => {
  test("the public URL can be accessed in the browser", { annotation: checks("pdv.page-reachable") }, async ({ hal, contract }) => {
    const response = await hal.page.goto(hal.url).catch((e: Error) => e);
    expect(
      response instanceof Error ? response.message : "",
      "Post-Deployment: the page should load in the browser (layer: network or proxy)",
    ).toBe("");
    expect(response instanceof Error ? 0 : response?.status(), "Post-Deployment: the page should answer 200").toBe(200);
    await expect(hal.page, "Post-Deployment: it should be HAL's page").toHaveTitle(contract.title);
  });

  test("the page loads without SSL errors", { annotation: checks("pdv.no-ssl-errors") }, async ({ stack }) => {
    const url = new URL(stack.pageUrl);
    const result = await new Promise<{ error?: string; validTo?: string; protocol?: string }>((resolve) => {
      const socket = tls.connect(
        { host: url.hostname, port: Number(url.port || 443), servername: url.hostname, ca: stack.tls.caPem },
        () => {
          const cert = socket.getPeerCertificate();
          resolve({ validTo: cert.valid_to, protocol: socket.getProtocol() ?? undefined });
          socket.end();
        },
      );
      socket.on("error", (err) => resolve({ error: err.message }));
    });
    expect(
      result.error,
      "Post-Deployment: TLS should verify strictly: right name, valid dates, trusted issuer (layer: proxy certificate)",
    ).toBeUndefined();
    measured(`${result.protocol}, certificate valid until ${result.validTo}`);
  });
});
