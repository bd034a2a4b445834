/**
 * What `verify` prints at the end and how it decides its exit code. It reads the checklist
 * reporter's checklist.json in the run's reports directory (HAL_REPORTS_DIR); when that is
 * missing or stale it falls back, and says so, to Playwright's JUnit file and exit code.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { refusedByStrict } from "../checklist/skip-causes.ts";
import { type ChecklistReport, partialNote, renderRootCauses, renderUnverified, rootCauses, type Verdict } from "../checklist/verdicts.ts";

export const EXIT = {
  /** Every applicable checklist item passed, or passed with skipped items listed as unverified (not with --strict). */
  PASSED: 0,
  /** At least one checklist item (or test) failed, or --strict met a skipped item: the deployment is not verified. */
  FAILED: 1,
  /** Bad configuration or usage; nothing was run. */
  CONFIG: 2,
  /** The run did not complete or produced no results (crash, no test ran). */
  INCOMPLETE: 3,
  /** Interrupted (Ctrl-C). */
  INTERRUPTED: 130,
} as const;

export interface Outcome {
  exitCode: number;
  text: string;
}

const LISTED: readonly Verdict[] = ["pass", "fail", "blocked", "skip"];

function readChecklist(path: string, since: number): ChecklistReport | undefined {
  if (!existsSync(path) || statSync(path).mtimeMs < since) return undefined;
  return JSON.parse(readFileSync(path, "utf8")) as ChecklistReport;
}

/** The run's last line and exit code, from the item counts; `strict` refuses unverified items. */
function verdictLine(report: ChecklistReport, playwrightCode: number | null, strict: boolean): Outcome {
  const { pass: passed, fail: failed, skip: skipped } = report.summary;
  const blocked = report.summary.blocked ?? 0;
  const unverified = `${skipped} item${skipped === 1 ? "" : "s"} unverified`;
  const refused = refusedByStrict(report.items).length;
  if (failed > 0 || blocked > 0) {
    const causes = rootCauses(report).length;
    const what = [
      failed && `${failed} checklist item(s) failed`,
      blocked && `${blocked} blocked by ${causes} root cause${causes === 1 ? "" : "s"} (listed first above)`,
    ].filter(Boolean);
    return { exitCode: EXIT.FAILED, text: `VERIFY FAILED: ${what.join("; ")}.${partialNote(report)}` };
  }
  if (report.run && report.run !== "complete")
    return {
      exitCode: EXIT.INCOMPLETE,
      text: `VERIFY INCOMPLETE: the run ${report.run === "crashed" ? "crashed" : "was interrupted"} before every check ran (${passed} passed so far): not a verdict.`,
    };
  if (strict && refused > 0)
    return {
      exitCode: EXIT.FAILED,
      text: `VERIFY FAILED (--strict): ${unverified}, ${refused} of them verifiable with more configuration (see "to verify" above); strict refuses those (${passed} passed).`,
    };
  if (playwrightCode !== 0)
    return { exitCode: EXIT.FAILED, text: "VERIFY FAILED: Playwright reported failures outside the checklist items." };
  if (passed === 0) return { exitCode: EXIT.INCOMPLETE, text: "VERIFY INCOMPLETE: no checklist item passed." };
  if (skipped > 0)
    return {
      exitCode: EXIT.PASSED,
      text: `VERIFY PASSED with ${unverified}: all ${passed} checked items passed; the ${skipped} above were not verified (--strict refuses the ${refused} that configuration could verify).`,
    };
  return { exitCode: EXIT.PASSED, text: `VERIFY PASSED: all ${passed} applicable checklist items passed.` };
}

export function fromChecklist(report: ChecklistReport, playwrightCode: number | null, strict = false): Outcome {
  const lines = [`Checklist for ${report.target} (${report.generatedAt})`, ...renderRootCauses(report)];
  let section = "";
  for (const item of report.items.filter((i) => LISTED.includes(i.verdict))) {
    if (item.section !== section) {
      section = item.section;
      lines.push(`  ${section}`);
    }
    const why =
      item.verdict === "pass"
        ? ""
        : item.verdict === "blocked"
          ? " — see the root causes above"
          : ` — ${item.reason ?? ""}${item.layer ? ` (layer: ${item.layer})` : ""}`;
    lines.push(`    ${item.verdict.toUpperCase().padEnd(7)}  ${item.id}: ${item.text}${why}`);
  }
  const counts = Object.entries(report.summary).map(([k, n]) => `${n} ${k}`);
  lines.push(`  Summary: ${counts.join(", ")} (manual and not-run items are listed in checklist.md)`);
  lines.push(...renderUnverified(report));
  const verdict = verdictLine(report, playwrightCode, strict);
  return { exitCode: verdict.exitCode, text: lines.concat(verdict.text).join("\n") };
}

type Case = { name: string; classname: string; failure?: unknown; error?: unknown; skipped?: unknown };

function fromJunit(path: string, checklistPath: string, since: number, playwrightCode: number | null, strict: boolean): Outcome {
  const note = `${checklistPath} was not written by this run (is the checklist reporter configured?); falling back to Playwright's JUnit results and exit code.`;
  if (!existsSync(path) || statSync(path).mtimeMs < since) {
    const code = playwrightCode === 0 ? EXIT.INCOMPLETE : (playwrightCode ?? EXIT.INCOMPLETE);
    return {
      exitCode: code === 1 ? EXIT.FAILED : EXIT.INCOMPLETE,
      text: `${note}\nNo JUnit results either; Playwright exited ${playwrightCode}.`,
    };
  }
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["testsuite", "testcase"].includes(name),
  });
  const doc = xml.parse(readFileSync(path, "utf8")) as { testsuites?: { testsuite?: { testcase?: Case[] }[] } };
  const cases = (doc.testsuites?.testsuite ?? []).flatMap((s) => s.testcase ?? []);
  const status = (c: Case) => (c.failure !== undefined || c.error !== undefined ? "FAIL" : c.skipped !== undefined ? "SKIP" : "PASS");
  const lines = [note, ...cases.map((c) => `    ${status(c).padEnd(4)}  ${c.classname} › ${c.name}`)];
  const failed = cases.filter((c) => status(c) === "FAIL").length;
  if (failed || playwrightCode !== 0)
    return { exitCode: EXIT.FAILED, text: lines.concat(`VERIFY FAILED: ${failed} test(s) failed.`).join("\n") };
  if (!cases.some((c) => status(c) === "PASS"))
    return { exitCode: EXIT.INCOMPLETE, text: lines.concat("VERIFY INCOMPLETE: no test passed.").join("\n") };
  const skipped = cases.filter((c) => status(c) === "SKIP").length;
  if (skipped && strict)
    return { exitCode: EXIT.FAILED, text: lines.concat(`VERIFY FAILED (--strict): ${skipped} test(s) skipped.`).join("\n") };
  const unverified = skipped ? ` with ${skipped} test(s) skipped, their items unverified` : "";
  return { exitCode: EXIT.PASSED, text: lines.concat(`VERIFY PASSED${unverified} (by test results; no checklist file).`).join("\n") };
}

/** The verdict of a finished run: files older than `since` (epoch ms) belong to an earlier run and are ignored. */
export function summarizeRun(opts: {
  checklistPath: string;
  junitPath: string;
  since: number;
  playwrightCode: number | null;
  strict?: boolean;
}): Outcome {
  const report = readChecklist(opts.checklistPath, opts.since);
  if (report) return fromChecklist(report, opts.playwrightCode, opts.strict);
  return fromJunit(opts.junitPath, opts.checklistPath, opts.since, opts.playwrightCode, opts.strict ?? false);
}
