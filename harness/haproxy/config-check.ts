/**
 * Step 3's verdict on `haproxy -c -f <config>`: the exit status alone decides (0: valid). What
 * HAProxy prints on success varies: 2.6 and 2.8 print "Configuration file is valid", 2.9 and
 * later print nothing without -V, so the text is evidence, never the verdict. The alerts (why a
 * config was rejected) and warnings (accepted, but worth reading) are kept apart for the report.
 */
import type { CheckResult } from "./control.ts";

export interface ConfigCheckVerdict {
  valid: boolean;
  /** `[ALERT]` lines: the reasons a rejected config was rejected. */
  alerts: string[];
  /** `[WARNING]` lines: what HAProxy accepted but flagged. */
  warnings: string[];
  /** The whole output, or what its absence means, for the report. */
  evidence: string;
}

const linesTagged = (output: string, tag: string) =>
  output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`[${tag}]`));

/** `result.valid` is `haproxy -c`'s exit status 0, as each runtime's HaproxyControl reports it. */
export function judgeConfigCheck(result: CheckResult): ConfigCheckVerdict {
  const output = result.output.trim();
  return {
    valid: result.valid,
    alerts: linesTagged(output, "ALERT"),
    warnings: linesTagged(output, "WARNING"),
    evidence: output || (result.valid ? "(no output: exit status 0; HAProxy 2.9+ prints nothing for a valid config)" : "(no output)"),
  };
}
