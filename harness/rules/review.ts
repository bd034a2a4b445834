/**
 * Static review of an HAProxy configuration (checklist Step 3): the file is parsed into
 * sections and directives, then each rule of review-rules.ts reports findings. It works on any
 * text, so the same review runs on the rendered reference config and, in production, on a copy
 * of /etc/haproxy/haproxy.cfg given by path — nothing is executed or contacted.
 */
import { parseConfig } from "./review-config.ts";
import { REVIEW_RULES, type RuleId } from "./review-table.ts";
import type { ReviewOptions, RuleFinding } from "./review-types.ts";

export type { RuleId };

export interface Finding extends RuleFinding {
  rule: RuleId;
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

/** One line per finding, for assertion messages and report attachments. */
export function renderFindings(findings: Finding[]): string {
  if (!findings.length) return "(no findings)";
  return findings
    .map(
      (f) => `${f.severity.toUpperCase()} [${f.rule}]${f.section ? ` ${f.section}` : ""}${f.line ? ` line ${f.line}` : ""}: ${f.message}`,
    )
    .join("\n");
}
