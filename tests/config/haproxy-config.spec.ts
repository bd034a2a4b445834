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
    const result = await haproxy.check();
    await test.info().attach("haproxy -c output", { body: result.output || "(no output)", contentType: "text/plain" });
    const warnings = result.output.split("\n").filter((l) => l.includes("[WARNING]"));
    if (warnings.length) test.info().annotations.push({ type: "haproxy -c warnings", description: warnings.join("\n") });
    expect(result.valid, `Step 3: \`haproxy -c\` should report the config valid\n${result.output}`).toBe(true);
    expect(result.output, 'Step 3: `haproxy -c` should print "Configuration file is valid"').toContain("Configuration file is valid");
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
