/**
 * The static review's rules in one typed table: each rule's checklist item (`step3.review.<rule>`,
 * its wording in the checklist report), the title of its test, what the test expects, and the
 * function that finds problems. The checklist (items.ts), the review spec and the fault
 * catalogue all read this table, so a new rule is one entry here.
 */

import { hostAclShadowing, plainNotToGateway, upgradeAnyBrowser, upgradeRouted } from "./review-routing.ts";
import { alpnH2, noContradictions, noIgnoredTimeouts, tunnelTimeout } from "./review-rules.ts";
import type { Rule } from "./review-types.ts";

export interface ReviewRule<R extends string = string> {
  readonly rule: R;
  /** The checklist item's text. */
  readonly item: string;
  /** The test's title. */
  readonly title: string;
  /** What a passing config does, as the failure message states it. */
  readonly expectation: string;
  readonly check: Rule;
}

function rule<const R extends string>(r: ReviewRule<R>): ReviewRule<R> {
  return r;
}

export const REVIEW_RULES = [
  rule({
    rule: "upgrade-routed",
    item: "Config review: WebSocket upgrades are routed to the gateway (hal2_ws)",
    title: "WebSocket upgrades are routed to the gateway",
    expectation: "WebSocket upgrades should be routed to the gateway server by their Upgrade/Connection headers",
    check: upgradeRouted,
  }),
  rule({
    rule: "upgrade-any-browser",
    item: "Config review: the upgrade ACLs match every browser's upgrade (Firefox's `Connection: keep-alive, Upgrade`, HTTP/2's extended CONNECT)",
    title: "the upgrade ACLs match every browser family's upgrade request",
    expectation:
      "the ACLs sending upgrades to the gateway should match the `upgrade` token of every browser's request (Chromium and Safari: `Connection: Upgrade`, Firefox: `Connection: keep-alive, Upgrade`, over HTTP/1.1 and HTTP/2)",
    check: upgradeAnyBrowser,
  }),
  rule({
    rule: "plain-not-to-gateway",
    item: "Config review: plain HTTP requests cannot reach the gateway",
    title: "plain requests cannot reach the gateway",
    expectation: "plain HTTP requests should never be balanced onto the gateway server",
    check: plainNotToGateway,
  }),
  rule({
    rule: "tunnel-timeout",
    item: "Config review: `timeout tunnel` is at least the longest soak (1 h)",
    title: "`timeout tunnel` covers the longest soak",
    expectation: "`timeout tunnel` should be at least the longest soak",
    check: tunnelTimeout,
  }),
  rule({
    rule: "alpn-h2",
    item: "Config review: `alpn h2` is offered where HTTP/2 is expected",
    title: "`alpn h2` is offered on the TLS bind",
    expectation: "the TLS bind line should offer `alpn h2` (the checklist expects HTTP/2 200)",
    check: alpnH2,
  }),
  rule({
    rule: "no-contradictions",
    item: "Config review: no options contradict each other",
    title: "no options contradict each other",
    expectation: "no two options should contradict each other",
    check: noContradictions,
  }),
  rule({
    rule: "no-ignored-timeouts",
    item: "Config review: no timeouts set where HAProxy ignores them",
    title: "no timeouts where HAProxy ignores them",
    expectation: "no timeout should be set in a section where HAProxy ignores it",
    check: noIgnoredTimeouts,
  }),
  rule({
    rule: "host-acl-shadowing",
    item: "Config review: no earlier host ACL shadows the hal2_backend rule",
    title: "no earlier host rule shadows the hal2_backend rule",
    expectation: "no earlier host rule should shadow the rule sending to hal2_backend",
    check: hostAclShadowing,
  }),
] as const;

export type RuleId = (typeof REVIEW_RULES)[number]["rule"];
