/**
 * Turns test outcomes into a verdict per checklist item. Pure functions, shared by the
 * reporter, the `verify` CLI and the fault self-test.
 *
 * Nothing that flickered is called PASS: a test that failed on any attempt (then passed on a
 * retry: Playwright's "flaky") makes its items FAIL, with the attempt history in the reason; and
 * an item run in several projects (the two page generations) fails when it failed in any one,
 * the reason naming the project. A SKIP carries the typed cause its check stated (skip-causes.ts),
 * and a FAIL one layer, from the annotations alone: the item's own, else its test's diagnosis.
 * BLOCKED is an item whose test the preflight did not run, because a part it needs (the page, a
 * WebSocket, HAL's answers) was found failing: the item is not known to be broken, the root cause
 * is, and reports lead with the root causes, listing the blocked items under them. It fails a
 * run like a FAIL does.
 */
import { type Annotation, readAnnotations } from "./annotations.ts";
import { CHECKLIST, type ChecklistItem, isChecklistId, type Section } from "./items.ts";
import { causeOf, groupByCause, refusedByStrict, type SkipCauseId } from "./skip-causes.ts";

export type Verdict = "pass" | "fail" | "blocked" | "skip" | "manual" | "not-run";

export type TestStatus = "passed" | "failed" | "timedOut" | "skipped" | "interrupted";

/** One run of a test; a retried test has several, the last deciding Playwright's status. */
export interface Attempt {
  status: TestStatus;
  /** The first line of the attempt's error, if it failed. */
  error?: string;
  /** The layer its diagnosis named, if it failed: a flaky item keeps the layer of its failed attempt. */
  layer?: string;
  /** Layers its checks stated for single items (`item layer` annotations), which win over `layer` for them. */
  itemLayers?: Record<string, string>;
}

export interface TestOutcome {
  title: string;
  /** The Playwright project that ran it (reference-current, reference-classic, production). */
  project?: string;
  /** The last attempt's status. */
  status: TestStatus;
  /** Failed on an earlier attempt and passed on a retry (Playwright's "flaky"). */
  flaky: boolean;
  /** Every attempt in order, the last one being `status`; absent when only the last is known. */
  attempts?: Attempt[];
  annotations: Annotation[];
  error?: string;
}

export interface ItemReport {
  id: string;
  section: Section;
  text: string;
  verdict: Verdict;
  reason?: string;
  /** Why a SKIP went unverified, as a typed cause (skip verdicts only). */
  cause?: SkipCauseId;
  layer?: string;
  /** BLOCKED only: the preflight part that failed, and the root cause it found. */
  blockedBy?: { part: string; rootCause: string };
  tests: { title: string; project?: string; status: string; flaky: boolean; attempts?: TestStatus[] }[];
  measured: string[];
}

/**
 * Whether the run behind a report finished: `interrupted` (Ctrl-C, a signal, the global
 * timeout) and `crashed` (an error outside any test: global setup, a worker that died) leave
 * partial results, which no report may present as a verdict on the deployment.
 */
export type RunState = "complete" | "interrupted" | "crashed";

export interface ChecklistReport {
  generatedAt: string;
  run: RunState;
  target: string;
  items: ItemReport[];
  summary: Record<Verdict, number>;
  unknownIds: string[];
}

const FAILED: readonly TestStatus[] = ["failed", "timedOut", "interrupted"];
const isFailure = (s: TestStatus) => FAILED.includes(s);

/** The attempts of an outcome, reconstructed where the reporter did not record them. */
function attemptsOf(o: TestOutcome): Attempt[] {
  if (o.attempts?.length) return o.attempts;
  // Flaky without a history: at least one failed attempt before the passing one.
  return o.flaky ? [{ status: "failed" }, { status: o.status }] : [{ status: o.status, error: o.error }];
}

/** Did any attempt of this test fail? A flaky pass did. */
export const failedOnSomeAttempt = (o: TestOutcome): boolean => isFailure(o.status) || attemptsOf(o).some((a) => isFailure(a.status));

const WORD: Record<TestStatus, string> = {
  passed: "passed",
  failed: "failed",
  timedOut: "timed out",
  skipped: "was skipped",
  interrupted: "was interrupted",
};

const numbers = (ns: number[]) => (ns.length === 1 ? `attempt ${ns[0]}` : `attempts ${ns.slice(0, -1).join(", ")} and ${ns.at(-1)}`);

/**
 * "failed on attempt 1 of 2, then passed"; "timed out on attempts 1 and 2 of 2"; undefined for a
 * test that ran once. What a reader must see beside a retried test, in every report.
 */
export function attemptHistory(statuses: readonly TestStatus[]): string | undefined {
  if (statuses.length < 2) return undefined;
  const last = statuses[statuses.length - 1] as TestStatus;
  const failedAt = (s: TestStatus) => statuses.flatMap((t, i) => (t === s ? [i + 1] : []));
  const failures = FAILED.filter((s) => failedAt(s).length).map((s) => `${WORD[s]} on ${numbers(failedAt(s))} of ${statuses.length}`);
  if (!failures.length) return undefined;
  return isFailure(last) ? failures.join(", ") : `${failures.join(", ")}, then ${WORD[last]}`;
}

function failureReason(o: TestOutcome, inProject: boolean): string {
  const attempts = attemptsOf(o);
  const history = attemptHistory(attempts.map((a) => a.status));
  const firstError = (isFailure(o.status) ? o.error : undefined) ?? attempts.find((a) => isFailure(a.status))?.error;
  const where = inProject && o.project ? `in ${o.project}: ` : "";
  const error = (firstError ?? (history ? "" : o.status)).split("\n")[0];
  return `${o.title}: ${where}${[history, error].filter(Boolean).join(" — ")}`;
}

/** Why a test failed this item: its own settled failure when the test settled it, else the test's. */
function itemFailureReason(o: TestOutcome, id: string, inProject: boolean): string {
  const own = attemptsOf(o).length === 1 ? readAnnotations(o.annotations).settled.get(id)?.failure : undefined;
  if (own === undefined) return failureReason(o, inProject);
  const where = inProject && o.project ? `in ${o.project}: ` : "";
  return `${o.title}: ${where}${own.split("\n")[0]}`;
}

/**
 * The layers a failed test names for `id`, most specific first: the item's own (its check's
 * evidence), then the test's, then each attempt's likewise (a flaky item keeps its failed attempt's).
 */
function layersOf(o: TestOutcome, id: string): (string | undefined)[] {
  const read = readAnnotations(o.annotations);
  return [read.itemLayers.get(id)?.layer, read.layer, ...attemptsOf(o).flatMap((a) => [a.itemLayers?.[id], a.layer])];
}

function verdictFor(
  item: ChecklistItem,
  outcomes: TestOutcome[],
  manyProjects: boolean,
): Pick<ItemReport, "verdict" | "reason" | "cause" | "layer" | "blockedBy"> {
  if (item.manual) return { verdict: "manual", reason: item.manual };
  if (!outcomes.length) return { verdict: "not-run", reason: "no test for this item ran in this run" };
  // A test that failed on its only attempt but settled this item as passed (it checks several
  // items independently) passed it; a retried test is judged as a whole.
  const settledPass = (o: TestOutcome) => {
    if (attemptsOf(o).length !== 1 || !isFailure(o.status)) return false;
    const own = readAnnotations(o.annotations).settled.get(item.id);
    return own !== undefined && own.failure === undefined;
  };
  const failed = outcomes.filter((o) => failedOnSomeAttempt(o) && !settledPass(o));
  // Blocked: the preflight refused to run the test (Playwright records it skipped; an older run's
  // report, failed), and no test of the item failed on evidence of its own (a retried test that
  // also failed on its own evidence is a FAIL).
  const blockedBy = (o: TestOutcome) => readAnnotations(o.annotations).blockedBy;
  const refused = outcomes.filter((o) => blockedBy(o) && (o.status === "skipped" || failed.includes(o)));
  const first = refused.map(blockedBy).find((b) => b !== undefined);
  if (first && failed.every((o) => blockedBy(o) !== undefined && attemptsOf(o).length === 1)) {
    return {
      verdict: "blocked",
      reason: `not checked: the preflight found ${PART_NAMES[first.part] ?? first.part} failing: ${first.rootCause}`,
      layer: refused.flatMap((o) => layersOf(o, item.id)).find((l) => l !== undefined),
      blockedBy: first,
    };
  }
  if (failed.length) {
    return {
      verdict: "fail",
      reason: failed.map((o) => itemFailureReason(o, item.id, manyProjects)).join("; "),
      layer: failed.flatMap((o) => layersOf(o, item.id)).find((l) => l !== undefined),
    };
  }
  const passed = outcomes.filter((o) => o.status === "passed" || settledPass(o));
  if (!passed.length) {
    const read = outcomes.map((o) => readAnnotations(o.annotations));
    const why = [...new Set(read.flatMap((r) => r.skipReasons))];
    return { verdict: "skip", reason: why.join("; ") || "skipped", cause: causeOf(read.flatMap((r) => r.skipCauses)) };
  }
  // A pass that only covered part of the item (a shortened soak, a missing log) is reported as a skip, with why.
  const partial = passed.map((o) => readAnnotations(o.annotations).partial.get(item.id)).find((p) => p !== undefined);
  if (partial !== undefined) return { verdict: "skip", reason: partial.reasons.join("; "), cause: causeOf(partial.causes) };
  return { verdict: "pass" };
}

export function buildReport(outcomes: TestOutcome[], target: string, run: RunState = "complete"): ChecklistReport {
  const read = new Map(outcomes.map((o) => [o, readAnnotations(o.annotations)]));
  const unknownIds = [...new Set(outcomes.flatMap((o) => read.get(o)?.ids ?? []).filter((id) => !isChecklistId(id)))];
  // With more than one project in the run, a reason names the project each failure came from.
  const manyProjects = new Set(outcomes.map((o) => o.project)).size > 1;
  const items = CHECKLIST.map((item): ItemReport => {
    const mine = outcomes.filter((o) => read.get(o)?.ids.includes(item.id));
    return {
      id: item.id,
      section: item.section,
      text: item.text,
      ...verdictFor(item, mine, manyProjects),
      tests: mine.map((o) => ({
        title: o.title,
        ...(o.project ? { project: o.project } : {}),
        status: o.status,
        flaky: o.flaky,
        ...(o.attempts && o.attempts.length > 1 ? { attempts: o.attempts.map((a) => a.status) } : {}),
      })),
      measured: mine.flatMap((o) => read.get(o)?.measured ?? []),
    };
  });
  const summary: Record<Verdict, number> = { pass: 0, fail: 0, blocked: 0, skip: 0, manual: 0, "not-run": 0 };
  for (const i of items) summary[i.verdict] += 1;
  return { generatedAt: new Date().toISOString(), run, target, items, summary, unknownIds };
}

/**
 * Why a run Playwright calls passed must fail: a checklist item that failed only on an earlier
 * attempt (flaky), an unknown checklist id, or, with HAL_STRICT=1, an item left unverified.
 */
export function runRefusals(report: ChecklistReport, strict: boolean): string[] {
  const out: string[] = [];
  if (report.summary.fail) out.push(`${report.summary.fail} checklist item(s) FAIL (a test that failed on any attempt fails its items).`);
  if (report.summary.blocked) out.push(`${report.summary.blocked} checklist item(s) BLOCKED by a failed part of the deployment.`);
  if (report.unknownIds.length) out.push(`Tests use unknown checklist ids: ${report.unknownIds.join(", ")}.`);
  const refused = strict ? refusedByStrict(report.items).length : 0;
  if (refused) out.push(`HAL_STRICT=1: ${refused} unverified (skipped) item(s) that configuration could verify fail this run.`);
  return out;
}

/** " (run interrupted: partial results)" for a report of a run that did not finish. */
export const partialNote = (report: Pick<ChecklistReport, "run">): string =>
  report.run && report.run !== "complete" ? ` (run ${report.run}: partial results, not a verdict)` : "";

const MARK: Record<Verdict, string> = {
  pass: "PASS",
  fail: "FAIL",
  blocked: "BLOCKED",
  skip: "SKIP",
  manual: "MANUAL",
  "not-run": "NOT RUN",
};

/** The preflight's parts in words, for a blocked item's reason. */
const PART_NAMES: Record<string, string> = {
  tls: "TLS",
  page: "the page",
  websocket: "the WebSocket",
  replies: "HAL's answers",
};

export interface RootCause {
  part: string;
  rootCause: string;
  layer?: string;
  items: ItemReport[];
}

/** The blocked items under their root causes, one group per cause, in the order first met. */
export function rootCauses(report: Pick<ChecklistReport, "items">): RootCause[] {
  const groups = new Map<string, RootCause>();
  for (const i of report.items) {
    if (i.verdict !== "blocked" || !i.blockedBy) continue;
    const key = `${i.blockedBy.part}\u0000${i.blockedBy.rootCause}`;
    const g = groups.get(key) ?? { ...i.blockedBy, layer: i.layer, items: [] };
    g.items.push(i);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Root causes first: one line each with its layer, the items they blocked under it. */
export function renderRootCauses(report: Pick<ChecklistReport, "items">, indent = "  "): string[] {
  const causes = rootCauses(report);
  if (!causes.length) return [];
  const n = causes.reduce((sum, c) => sum + c.items.length, 0);
  return [
    `${indent}Root cause${causes.length > 1 ? "s" : ""} (${n} item${n === 1 ? "" : "s"} blocked, not checked):`,
    ...causes.flatMap((c) => [
      `${indent}  [layer: ${c.layer ?? "?"}] ${PART_NAMES[c.part] ?? c.part}: ${c.rootCause}`,
      `${indent}      blocked: ${c.items.map((i) => i.id).join(", ")}`,
    ]),
  ];
}

const counts = (s: Record<Verdict, number>) =>
  `${s.pass} pass, ${s.fail} fail, ${s.blocked} blocked, ${s.skip} skip, ${s["not-run"]} not run, ${s.manual} manual`;

/** The unverified items by cause, as lines for the terminal and `verify`. */
export function renderUnverified(report: Pick<ChecklistReport, "items">, indent = "  "): string[] {
  const groups = groupByCause(report.items);
  if (!groups.length) return [];
  const n = groups.reduce((sum, g) => sum + g.items.length, 0);
  return [
    `${indent}Unverified: ${n} applicable item${n === 1 ? " was" : "s were"} skipped`,
    ...groups.flatMap((g) => [
      `${indent}  ${g.items.length} × ${g.label} — to verify: ${g.remedy}`,
      `${indent}      ${g.items.map((i) => i.id).join(", ")}`,
    ]),
  ];
}

export function renderText(report: ChecklistReport): string {
  const lines = [`Deployment checklist — ${report.target}${partialNote(report)}`, ...renderRootCauses(report)];
  let section = "";
  for (const i of report.items) {
    if (i.section !== section) {
      section = i.section;
      lines.push("", `  ${section}`);
    }
    const extra =
      i.verdict === "pass"
        ? ""
        : i.verdict === "blocked"
          ? " — blocked (see the root causes above)"
          : i.reason
            ? ` — ${i.layer ? `[layer: ${i.layer}] ` : ""}${i.reason}`
            : "";
    lines.push(`    ${MARK[i.verdict].padEnd(7)} ${i.id}: ${i.text}${extra}`);
  }
  const s = report.summary;
  lines.push("", `  ${counts(s)}`);
  lines.push(...renderUnverified(report));
  if (report.unknownIds.length) lines.push(`  Unknown checklist ids used by tests: ${report.unknownIds.join(", ")}`);
  return lines.join("\n");
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function renderMarkdown(report: ChecklistReport): string {
  const rows = report.items.map((i) => {
    const note = cell([i.layer ? `layer: ${i.layer}` : "", i.reason ?? "", ...i.measured].filter(Boolean).join("; "));
    return `| ${i.section} | \`${i.id}\` | ${cell(i.text)} | **${MARK[i.verdict]}** | ${note} |`;
  });
  const groups = groupByCause(report.items);
  const unverified = groups.length
    ? [
        "## Not verified by this run",
        "",
        ...groups.flatMap((g) => [
          `- **${g.label}** (${g.items.length}) — to verify: ${g.remedy}`,
          ...g.items.map((i) => `  - \`${i.id}\`: ${i.reason ?? ""}`),
        ]),
        "",
      ]
    : [];
  const s = report.summary;
  const causes = rootCauses(report);
  return [
    `# Deployment checklist — ${report.target}${partialNote(report)}`,
    "",
    `Generated ${report.generatedAt}: ${counts(s)}.`,
    "",
    ...(causes.length
      ? [
          "## Root causes",
          "",
          ...causes.map(
            (c) =>
              `- **${c.layer ?? "?"}**, ${PART_NAMES[c.part] ?? c.part}: ${cell(c.rootCause)} — blocked ${c.items.length}: ${c.items.map((i) => `\`${i.id}\``).join(", ")}`,
          ),
          "",
        ]
      : []),
    "| section | id | item | verdict | notes |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    ...unverified,
  ].join("\n");
}
