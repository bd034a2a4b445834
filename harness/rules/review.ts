/**
 * Static review of an HAProxy configuration (checklist Step 3): the file is parsed into
 * sections and directives, then each rule of review-rules.ts reports findings. It works on any
 * text, so the same review runs on the rendered reference config and, in production, on a copy
 * of /etc/haproxy/haproxy.cfg given by path — nothing is executed or contacted.
 */
import { readFile } from "node:fs/promises";
import { parseConfig } from "./review-config.ts";
import { REVIEW_RULES, type RuleId } from "./review-table.ts";

export type Severity = "error" | "warning" | "info";

export type { RuleId };

/** What a rule function reports; the table (review-table.ts) stamps the rule's id on it. */
export interface RuleFinding {
  severity: Severity;
  message: string;
  line?: number;
  section?: string;
}

export interface Finding extends RuleFinding {
  rule: RuleId;
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

/** The Success Metrics item "connection remains stable for 1+ hour" is the longest soak. */
export const LONGEST_SOAK_MS = 3_600_000;

export const DEFAULT_REVIEW: ReviewOptions = {
  longestSoakMs: LONGEST_SOAK_MS,
  expectHttp2: true,
  siteBackend: "hal2_backend",
  gatewayServer: "hal2_ws",
};

export interface Review {
  /** Where the text came from, for reports ("rendered reference config", a path). */
  source: string;
  findings: Finding[];
}

export function reviewConfig(text: string, options: Partial<ReviewOptions> = {}, source = "config text"): Review {
  const opts = { ...DEFAULT_REVIEW, ...options };
  const config = parseConfig(text);
  return { source, findings: REVIEW_RULES.flatMap(({ rule, check }) => check(config, opts).map((f) => ({ rule, ...f }))) };
}

/** The production path: review a config file given by path (e.g. a copy of /etc/haproxy/haproxy.cfg). */
export async function reviewConfigFile(path: string, options: Partial<ReviewOptions> = {}): Promise<Review> {
  return reviewConfig(await readFile(path, "utf8"), options, path);
}

/** One line per finding, for assertion messages and report attachments. */
export function renderFindings(findings: Finding[]): string {
  if (!findings.length) return "(no findings)";
  return findings
    .map(
      (f) => `${f.severity.toUpperCase()} [${f.rule}]${f.section ? ` ${f.section}` : ""}${f.line ? ` line ${f.line}` : ""}: ${f.message}`,
    )
    .join("\n");
}
