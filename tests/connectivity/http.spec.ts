/**
 * Checklist Step 6, Test 1 (basic connectivity): `curl -I` against the static server directly
 * (HTTP 200) and against the public URL through HAProxy (HTTP/2 200).
 */

import { checks, expect, helloProbe, measured, probe, skipBecause, test, throughProxy, timeouts } from "../../fixtures/index.ts";

test.describe("Step 6 Test 1: basic connectivity", { tag: ["@smoke"] }, () => {
  test("static server answers HTTP 200 directly", { annotation: checks("step6.test1.static-200") }, async ({ stack, suiteConfig }) => {
    const url = stack.direct.staticUrl ?? skipBecause("no-direct-urls", "no direct static server URL is configured");
    const res = await probe(url, { timeoutMs: timeouts(suiteConfig).probeMs });
    measured(`direct static: HTTP/${res.httpVersion} ${res.status}`);
    expect(res.status, "Step 6 Test 1: `curl -I http://<static server>` should answer 200").toBe(200);
  });

  test("page answers 200 through HAProxy", { annotation: checks("step6.test1.proxy-200") }, async ({ stack, suiteConfig }) => {
    const res = await probe(stack.pageUrl, { ...throughProxy(stack), timeoutMs: timeouts(suiteConfig).probeMs });
    measured(`through HAProxy: HTTP/${res.httpVersion} ${res.status}`);
    expect(res.status, `Step 6 Test 1: \`curl -I ${stack.pageUrl}\` should answer 200`).toBe(200);
  });

  test.describe(() => {
    // HTTP/2 is negotiated by ALPN on HAProxy's TLS bind line: a missing h2 is the proxy's.
    test.use({ troubleshooting: { probe: helloProbe, layer: "proxy", why: "ALPN (HTTP/2) is negotiated by HAProxy's TLS bind line" } });

    test("HAProxy speaks HTTP/2 (expected: HTTP/2 200)", { annotation: checks("step6.test1.http2") }, async ({ stack, suiteConfig }) => {
      const res = await probe(stack.pageUrl, { ...throughProxy(stack), timeoutMs: timeouts(suiteConfig).probeMs });
      expect(
        res.httpVersion,
        "Step 6 Test 1 expects `HTTP/2 200` through HAProxy, but ALPN did not negotiate h2: the TLS bind line lacks `alpn h2`",
      ).toBe("2");
      expect(res.status, `Step 6 Test 1 expects \`HTTP/2 200\`: HTTP/2 was negotiated, but the page answered ${res.status}`).toBe(200);
    });
  });
});
