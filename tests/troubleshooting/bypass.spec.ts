/**
 * The checklist's troubleshooting step "test the direct connection (bypass HAProxy)", as a
 * check of its own: the bypass probes reach the gateway and the static server and agree with
 * the proxied path on a healthy target, and on broken stacks they name the right layer.
 */

import { checks, diagnose, expect, measured, skipBecause, test } from "../../fixtures/index.ts";

test.describe("Troubleshooting: bypass HAProxy to find the layer at fault", () => {
  test("direct probes of gateway and static server agree with the proxied path", {
    tag: ["@smoke"],
    annotation: checks("troubleshooting.bypass"),
  }, async ({ stack, suiteConfig }) => {
    if (!stack.direct.gatewayUrl || !stack.direct.staticUrl)
      skipBecause("no-direct-urls", "no direct gateway and static server URLs are configured (HAL_GATEWAY_URL, HAL_STATIC_URL)");
    const d = await diagnose(stack, suiteConfig);
    expect(
      d.observations.filter((o) => !o.startsWith("OK")),
      "Troubleshooting: on a healthy deployment every probe, direct and proxied, should work",
    ).toEqual([]);
  });

  for (const [fault, layer] of [
    ["gateway-down", "gateway"],
    ["no-upgrade-acl", "proxy"],
  ] as const) {
    test(`a stack with "${fault}" is diagnosed at the ${layer} layer`, {
      tag: ["@destructive"],
      annotation: checks("troubleshooting.bypass"),
    }, async ({ faultStack, suiteConfig }) => {
      const d = await diagnose(await faultStack(fault), suiteConfig);
      measured(`${fault}: ${d.layer} — ${d.summary}`);
      expect(d.layer, `Troubleshooting: the bypass probes should blame the ${layer} for "${fault}":\n${d.observations.join("\n")}`).toBe(
        layer,
      );
    });
  }
});
