/**
 * Checklist Step 3 (deploy the HAProxy configuration), read-only part: `haproxy -c` accepts the
 * config, and a static review finds none of the weaknesses `haproxy -c` accepts silently
 * (HAL_SYSTEM.md, "Known weaknesses"). One test per finding family, so each verdict names one
 * problem. The review reads HAL_HAPROXY_CONFIG when given (a copy of production's file), else
 * the reference stack's active config; without either it skips with the reason.
 */

import { readFile } from "node:fs/promises";
import { checks, expect, test } from "../../fixtures/index.ts";
import type { SuiteConfig } from "../../harness/config/suite-config.ts";
import { helloProbe } from "../../harness/probes/diagnose.ts";
import { LONGEST_SOAK_MS, type Review, type RuleId, renderFindings, reviewConfig } from "../../harness/rules/review.ts";
import { formatDuration } from "../../harness/rules/review-config.ts";
import type { StackHandle } from "../../harness/stack/types.ts";

test.describe("Step 3: configuration", { tag: ["@smoke"] }, () => {
  test.use({ troubleshooting: { probe: helloProbe, layer: "proxy", why: "a finding in HAProxy's own configuration" } });
  test("`haproxy -c` reports the configuration valid", { annotation: checks("step3.config-valid", "pdv.haproxy-updated") }, async ({
    stack,
  }) => {
    test.skip(!stack.haproxy, "no control of HAProxy on this target: run `haproxy -c -f /etc/haproxy/haproxy.cfg` on the HAProxy host");
    const result = await stack.haproxy?.check();
    await test.info().attach("haproxy -c output", { body: result?.output || "(no output)", contentType: "text/plain" });
    const warnings = (result?.output ?? "").split("\n").filter((l) => l.includes("[WARNING]"));
    if (warnings.length) test.info().annotations.push({ type: "haproxy -c warnings", description: warnings.join("\n") });
    expect(result?.valid, `Step 3: \`haproxy -c\` should report the config valid (layer: proxy)\n${result?.output}`).toBe(true);
    expect(result?.output, 'Step 3: `haproxy -c` should print "Configuration file is valid" (layer: proxy)').toContain(
      "Configuration file is valid",
    );
  });
});

/** The config to review and where it came from, or the reason there is none. */
async function reviewOf(stack: StackHandle, config: SuiteConfig): Promise<Review | string> {
  const options = {
    // Success Metrics' 1 h is the longest soak, unless the configured soak is longer still.
    longestSoakMs: Math.max(LONGEST_SOAK_MS, config.HAL_SOAK),
    siteHost: new URL(stack.pageUrl).hostname,
  };
  if (config.HAL_HAPROXY_CONFIG) {
    return reviewConfig(await readFile(config.HAL_HAPROXY_CONFIG, "utf8"), options, config.HAL_HAPROXY_CONFIG);
  }
  if (stack.haproxy) return reviewConfig(await stack.haproxy.readConfig(), options, `active config of the ${stack.description}`);
  return "no HAProxy config to review: set HAL_HAPROXY_CONFIG to a copy of the deployment's haproxy.cfg";
}

const FAMILIES: { rule: RuleId; title: string; expectation: string }[] = [
  {
    rule: "upgrade-routed",
    title: "WebSocket upgrades are routed to the gateway",
    expectation: "WebSocket upgrades should be routed to the gateway server by their Upgrade/Connection headers",
  },
  {
    rule: "plain-not-to-gateway",
    title: "plain requests cannot reach the gateway",
    expectation: "plain HTTP requests should never be balanced onto the gateway server",
  },
  {
    rule: "tunnel-timeout",
    title: "`timeout tunnel` covers the longest soak",
    expectation: "`timeout tunnel` should be at least the longest soak",
  },
  {
    rule: "alpn-h2",
    title: "`alpn h2` is offered on the TLS bind",
    expectation: "the TLS bind line should offer `alpn h2` (the checklist expects HTTP/2 200)",
  },
  { rule: "no-contradictions", title: "no options contradict each other", expectation: "no two options should contradict each other" },
  {
    rule: "no-ignored-timeouts",
    title: "no timeouts where HAProxy ignores them",
    expectation: "no timeout should be set in a section where HAProxy ignores it",
  },
  {
    rule: "host-acl-shadowing",
    title: "no earlier host rule shadows the hal2_backend rule",
    expectation: "no earlier host rule should shadow the rule sending to hal2_backend",
  },
];

test.describe("Step 3: static review of the HAProxy config", { tag: ["@smoke"] }, () => {
  test.use({ troubleshooting: { probe: helloProbe, layer: "proxy", why: "a finding in HAProxy's own configuration" } });
  for (const { rule, title, expectation } of FAMILIES) {
    // Verifying that both upgrade ACLs match is the troubleshooting guide's own advice.
    const extra = rule === "upgrade-routed" ? ["troubleshooting.acls-match"] : [];
    test(title, { annotation: checks(`step3.review.${rule}`, ...extra) }, async ({ stack, suiteConfig }) => {
      const review = await reviewOf(stack, suiteConfig);
      test.skip(typeof review === "string", typeof review === "string" ? review : "");
      if (typeof review === "string") return;
      const mine = review.findings.filter((f) => f.rule === rule);
      const info = test.info();
      info.annotations.push({
        type: "reviewed",
        description: `${review.source}; longest soak ${formatDuration(Math.max(LONGEST_SOAK_MS, suiteConfig.HAL_SOAK))}`,
      });
      for (const f of mine.filter((x) => x.severity !== "error"))
        info.annotations.push({ type: `review ${f.severity}`, description: f.message });
      await info.attach("config review (all findings)", {
        body: `${review.source}\n${renderFindings(review.findings)}`,
        contentType: "text/plain",
      });
      const errors = mine.filter((f) => f.severity === "error");
      expect(errors, `Step 3 review: ${expectation} (layer: proxy)\n${renderFindings(errors)}`).toEqual([]);
    });
  }
});
