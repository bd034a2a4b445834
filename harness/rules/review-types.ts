/**
 * The static review's shared types: what a rule reports and the options every rule reads. Apart
 * from the rules (review-rules.ts, review-routing.ts), their table (review-table.ts) and the
 * review itself (review.ts), so none of them imports another for a type.
 */
import type { ParsedConfig } from "./review-config.ts";

export type Severity = "error" | "warning" | "info";

/** What a rule function reports; the table (review-table.ts) stamps the rule's id on it. */
export interface RuleFinding {
  severity: Severity;
  message: string;
  line?: number;
  section?: string;
}

export interface ReviewOptions {
  /** The longest soak the deployment must hold an idle WebSocket for (Success Metrics: 1 h). */
  longestSoakMs: number;
  /** The checklist expects `HTTP/2 200` through HAProxy (Step 6 Test 1). */
  expectHttp2: boolean;
  /** Names production uses (HAL_SYSTEM.md); Step 7 looks for `hal2_backend/hal2_ws`. */
  siteBackend: string;
  gatewayServer: string;
  /** The site's host name, to judge host ACLs (otherwise taken from the rule sending to siteBackend). */
  siteHost?: string;
  /** e.g. "2.6.12": HAProxy 2.8+ offers h2 on TLS binds without `alpn`. */
  haproxyVersion?: string;
}

/** One rule of the review: the findings it has on a parsed config. */
export type Rule = (c: ParsedConfig, o: ReviewOptions) => RuleFinding[];
