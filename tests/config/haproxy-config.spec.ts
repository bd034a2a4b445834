/**
 * Checklist Step 3 (deploy the HAProxy configuration), read-only part: `haproxy -c` accepts the
 * config, and a static review finds none of the weaknesses `haproxy -c` accepts silently
 * (HAL_SYSTEM.md, "Known weaknesses"). One test per review rule (REVIEW_RULES), so each verdict
 * names one problem. The review reads HAL_HAPROXY_CONFIG when given (a copy of production's
 * file), else the reference stack's active config (the `haproxyConfig` fixture); without either
 * it skips with the reason.
 */

import {
  checks,
  expect,
  formatDuration,
  helloProbe,
  judgeConfigCheck,
  LONGEST_SOAK_MS,
  NO_HAPROXY_CONFIG,
  REVIEW_RULES,
  renderFindings,
  reviewConfig,
  skipBecause,
  test,
} from "../../fixtures/index.ts";

test.use({ troubleshooting: { probe: helloProbe, layer: "proxy", why: "a finding in HAProxy's own configuration" } });

test.describe("Step 3: configuration", { tag: ["@smoke"] }, () => {
  test("`haproxy -c` reports the configuration valid", { annotation: checks("step3.config-valid", "pdv.haproxy-updated") }, async ({
    haproxy,
  }) => {
    // The exit status decides: HAProxy 2.9+ prints nothing for a valid config (config-check.ts).
    const verdict = judgeConfigCheck(await haproxy.check());
    await test.info().attach("haproxy -c output", { body: verdict.evidence, contentType: "text/plain" });
    if (verdict.warnings.length) test.info().annotations.push({ type: "haproxy -c warnings", description: verdict.warnings.join("\n") });
    expect(verdict.valid, `Step 3: \`haproxy -c\` should exit 0 (config valid)\n${verdict.alerts.join("\n") || verdict.evidence}`).toBe(
      true,
    );
  });
});

test.describe("Step 3: static review of the HAProxy config", { tag: ["@smoke"] }, () => {
  for (const { rule, title, expectation } of REVIEW_RULES) {
    // Verifying that both upgrade ACLs match is the troubleshooting guide's own advice.
    const annotation =
      rule === "upgrade-routed" ? checks(`step3.review.${rule}`, "troubleshooting.acls-match") : checks(`step3.review.${rule}`);
    test(title, { annotation }, async ({ stack, suiteConfig, haproxyConfig }) => {
      const config = haproxyConfig ?? skipBecause("no-haproxy-config", NO_HAPROXY_CONFIG);
      // Success Metrics' 1 h is the longest soak, unless the configured soak is longer still.
      const longestSoakMs = Math.max(LONGEST_SOAK_MS, suiteConfig.HAL_SOAK);
      const review = reviewConfig(config.text, { longestSoakMs, siteHost: new URL(stack.pageUrl).hostname }, config.source);
      const mine = review.findings.filter((f) => f.rule === rule);
      const info = test.info();
      info.annotations.push({
        type: "reviewed",
        description: `${review.source}; longest soak ${formatDuration(longestSoakMs)}`,
      });
      for (const f of mine.filter((x) => x.severity !== "error"))
        info.annotations.push({ type: `review ${f.severity}`, description: f.message });
      await info.attach("config review (all findings)", {
        body: `${review.source}\n${renderFindings(review.findings)}`,
        contentType: "text/plain",
      });
      const errors = mine.filter((f) => f.severity === "error");
      expect(errors, `Step 3 review: ${expectation}\n${renderFindings(errors)}`).toEqual([]);
    });
  }
});
