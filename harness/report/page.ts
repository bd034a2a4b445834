/**
 * reports/checklist.html: the checklist as a page a person reads at a glance. One
 * self-contained file (inline CSS and SVG, no script, no network): the run's verdict in a
 * banner, the failed items first, then every checklist item in the checklist's own order and
 * wording, grouped by step, each with its verdict in words, the reason and layer at fault, the
 * measured figures, links to its tests in Playwright's report, and the charts of those tests.
 */
import { groupByCause } from "../checklist/skip-causes.ts";
import { attemptHistory, type ChecklistReport, type ItemReport, rootCauses, type Verdict } from "../checklist/verdicts.ts";
import { describeFigure } from "./describe.ts";
import type { Figure } from "./figure-types.ts";
import { PAGE_CSS } from "./page-style.ts";
import type { RunInfo } from "./run-info.ts";
import { renderSvg } from "./svg.ts";

export interface TestEvidence {
  title: string;
  /** The Playwright project: a test run in both page generations has evidence in each. */
  project?: string;
  status: string;
  /** Relative link to the test in Playwright's HTML report. */
  htmlHref?: string;
  /** Relative link to the test's trace (a zip for `npx playwright show-trace` or trace.playwright.dev). */
  traceHref?: string;
  figures: Figure[];
}

export interface PageInput {
  report: ChecklistReport;
  run: RunInfo;
  tests: TestEvidence[];
  /** The other reports of this run, relative to the page. */
  links: { label: string; href: string }[];
}

const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
const MARK: Record<Verdict, string> = {
  pass: "✓ PASS",
  fail: "✗ FAIL",
  blocked: "⊘ BLOCKED",
  skip: "– SKIP",
  manual: "✎ MANUAL",
  "not-run": "○ NOT RUN",
};
const anchor = (id: string) => `item-${id.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
const sectionAnchor = (s: string) => `step-${s.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
/** One test in one project. */
const testKey = (t: { title: string; project?: string }) => `${t.project ?? ""}\u0000${t.title}`;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** The run as one word and one sentence: what a reader must get in the first seconds. */
export function runVerdict(report: ChecklistReport): { cls: "pass" | "fail" | "incomplete"; word: string; lede: string } {
  const s = report.summary;
  const applicable = s.pass + s.fail + s.blocked + s.skip;
  const rest = [s.skip && `${s.skip} skipped`, s["not-run"] && `${s["not-run"]} not run`, s.manual && `${s.manual} manual`]
    .filter(Boolean)
    .join(", ");
  const partial =
    report.run && report.run !== "complete"
      ? ` The run ${report.run === "crashed" ? "crashed" : "was interrupted"}: these are partial results.`
      : "";
  if (s.fail > 0 || s.blocked > 0) {
    const causes = rootCauses(report).length;
    const blocked = s.blocked ? `${s.blocked} blocked by ${causes} root cause${causes === 1 ? "" : "s"}` : "";
    const failed = s.fail ? `${s.fail} failed` : "";
    return {
      cls: "fail",
      word: "✗ NOT VERIFIED",
      lede: `Of ${applicable} applicable items, ${[failed, blocked].filter(Boolean).join(" and ")}; ${s.pass} passed${rest ? `; ${rest}` : ""}.${partial}`,
    };
  }
  if (partial)
    return {
      cls: "incomplete",
      word: report.run === "crashed" ? "? CRASHED — PARTIAL RESULTS" : "? INTERRUPTED — PARTIAL RESULTS",
      lede: `${partial.trim()} ${s.pass} items passed before it stopped${rest ? `; ${rest}` : ""}: not a verdict on the deployment.`,
    };
  if (s.pass === 0) return { cls: "incomplete", word: "? INCOMPLETE", lede: `No checklist item passed${rest ? ` (${rest})` : ""}.` };
  // A run that left checkable items out (a --grep, one spec) passed only what it checked: say so in the headline.
  return {
    cls: "pass",
    word: s["not-run"] ? "✓ PASSED — PARTIAL RUN" : s.skip ? `✓ PASSED WITH ${s.skip} UNVERIFIED` : "✓ PASSED",
    lede: `All ${s.pass} items that were checked passed${rest ? `; ${rest}` : ""}.`,
  };
}

/** The reason without the failing tests' titles (they are linked next to it) or a leading "Error: ". */
export function shortReason(i: ItemReport): string {
  let reason = i.reason ?? "";
  for (const t of i.tests) reason = reason.replaceAll(`${t.title}: `, "");
  return reason.replace(/(^|; |— |in [\w-]+: )Error: /g, "$1");
}

/** "(passed; failed on attempt 1 of 2, then passed)": a retried test shows every attempt. */
function statusNote(t: ItemReport["tests"][number]): string {
  const history = (t.attempts && attemptHistory(t.attempts)) ?? (t.flaky ? "failed, then passed on a retry" : undefined);
  return [t.project, t.status, history].filter(Boolean).join("; ");
}

function reasonCell(i: ItemReport): string {
  if (i.verdict === "pass") return "";
  const layer = i.layer ? `<span class="layer">layer: ${esc(i.layer)}</span><br>` : "";
  return `${layer}<span class="why">${esc(shortReason(i))}</span>`;
}

function testLinks(i: ItemReport, tests: Map<string, TestEvidence>): string {
  if (!i.tests.length) return "";
  const rows = i.tests.map((t) => {
    const e = tests.get(testKey(t));
    // "file › describe › test": the words as a link, the file small after them.
    const [file, ...rest] = t.title.split(" › ");
    const words = rest.length ? rest.join(" › ") : t.title;
    const where = rest.length ? ` <code>${esc(file ?? "")}</code>` : "";
    const title = `${e?.htmlHref ? `<a href="${esc(e.htmlHref)}">${esc(words)}</a>` : esc(words)}${where}`;
    const trace = e?.traceHref ? ` · <a href="${esc(e.traceHref)}">trace</a>` : "";
    return `<li>${title} <span class="why">(${esc(statusNote(t))})</span>${trace}</li>`;
  });
  return `<ul class="plain">${rows.join("")}</ul>`;
}

async function figureHtml(f: Figure, id: string): Promise<string> {
  let svg: string;
  try {
    svg = await renderSvg(f);
  } catch (err) {
    svg = `<p>The chart could not be drawn: ${esc(String(err))}</p>`;
  }
  return `<figure id="${id}" aria-labelledby="${id}-cap">${svg}<figcaption id="${id}-cap"><strong>${esc(f.title)}.</strong> ${esc(describeFigure(f))}</figcaption></figure>`;
}

async function stepSection(
  section: string,
  items: ItemReport[],
  tests: Map<string, TestEvidence>,
  drawn: Map<string, string>,
): Promise<string> {
  const count = (v: Verdict) => items.filter((i) => i.verdict === v).length;
  const counts = (["pass", "fail", "blocked", "skip", "manual", "not-run"] as Verdict[])
    .filter((v) => count(v))
    .map((v) => `${count(v)} ${MARK[v].split(" ")[1]?.toLowerCase()}`)
    .join(", ");
  const rows: string[] = [];
  for (const i of items) {
    const measured = i.measured.length ? `<ul class="plain">${i.measured.map((m) => `<li>${esc(m)}</li>`).join("")}</ul>` : "";
    const seen = i.tests.map((t) => drawn.get(testKey(t))).filter((id): id is string => !!id);
    const earlier = seen.length ? `<br><a href="#${seen[0]}">chart above ↑</a>` : "";
    rows.push(
      `<tr id="${anchor(i.id)}" class="v-${i.verdict}"><td class="verdict"><span class="badge ${i.verdict}">${MARK[i.verdict]}</span></td>` +
        `<th scope="row">${esc(i.text)}<br><code>${esc(i.id)}</code></th><td>${reasonCell(i)}</td><td>${measured}</td><td>${testLinks(i, tests)}${earlier}</td></tr>`,
    );
    const fresh = i.tests
      .map((t) => tests.get(testKey(t)))
      .filter((e): e is TestEvidence => !!e && e.figures.length > 0 && !drawn.has(testKey(e)));
    const figures: string[] = [];
    for (const e of fresh) {
      const first = `fig-${drawn.size + 1}`;
      drawn.set(testKey(e), first);
      for (const [n, f] of e.figures.entries()) figures.push(await figureHtml(f, n === 0 ? first : `${first}-${n}`));
    }
    if (figures.length) rows.push(`<tr class="figures"><td colspan="5" class="figures">${figures.join("")}</td></tr>`);
  }
  return `<section class="step" id="${sectionAnchor(section)}" aria-labelledby="${sectionAnchor(section)}-h">
<h2 id="${sectionAnchor(section)}-h">${esc(section)} <small>${counts}</small></h2>
<table><caption class="visually-hidden">${esc(section)}: checklist items, verdicts and evidence</caption>
<colgroup><col class="c-verdict"><col class="c-item"><col class="c-why"><col class="c-measured"><col></colgroup>
<thead><tr><th scope="col">Verdict</th><th scope="col">Checklist item</th><th scope="col">Why (layer at fault)</th><th scope="col">Measured</th><th scope="col">Tests and evidence</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table></section>`;
}

/** Root causes first: each failed preflight part once, with its layer, and the items it blocked. */
function rootCauseSummary(report: ChecklistReport): string {
  const causes = rootCauses(report);
  if (!causes.length) return "";
  const lis = causes.map(
    (c) =>
      `<li><span class="layer">layer: ${esc(c.layer ?? "?")}</span> — <strong>${esc(c.rootCause)}</strong><br>` +
      `<span class="why">blocked, not checked (${c.items.length}):</span> ${c.items.map((i) => `<a href="#${anchor(i.id)}">${esc(i.text)}</a>`).join("; ")}</li>`,
  );
  const n = causes.length;
  return `<section class="failed" id="root-causes" aria-labelledby="root-h"><h2 id="root-h">Root cause${n > 1 ? "s" : ""}: ${n}</h2><ol>${lis.join("")}</ol></section>`;
}

function failedSummary(report: ChecklistReport): string {
  const failed = report.items.filter((i) => i.verdict === "fail");
  if (!failed.length)
    return `${rootCauseSummary(report)}<section class="failed none" id="failed" aria-labelledby="failed-h"><h2 id="failed-h">No checklist item failed on its own evidence</h2></section>`;
  const lis = failed.map(
    (i) =>
      `<li><a href="#${anchor(i.id)}"><strong>${esc(i.text)}</strong></a> <code>${esc(i.id)}</code><br>` +
      `${i.layer ? `<span class="layer">layer: ${esc(i.layer)}</span> — ` : ""}<span class="why">${esc(shortReason(i))}</span></li>`,
  );
  return `${rootCauseSummary(report)}<section class="failed" id="failed" aria-labelledby="failed-h"><h2 id="failed-h">Failed: ${failed.length} item${failed.length > 1 ? "s" : ""}</h2><ol>${lis.join("")}</ol></section>`;
}

/**
 * What this run did not verify although a machine could: skipped items grouped by cause, with
 * what would verify them and each item's reason, and how many did not run.
 */
function unverified(report: ChecklistReport): string {
  const groups = groupByCause(report.items);
  const notRun = report.summary["not-run"];
  if (!groups.length && !notRun) return "";
  const lis = groups.map((g) => {
    const items = g.items.map(
      (i) => `<li><a href="#${anchor(i.id)}">${esc(i.text)}</a> — <span class="why">${esc(i.reason ?? "")}</span></li>`,
    );
    return `<li><strong>${esc(g.label)}</strong> (${g.items.length}) — to verify: ${esc(g.remedy)}<ul>${items.join("")}</ul></li>`;
  });
  const rest = notRun ? `<p>${notRun} checkable item${notRun > 1 ? "s" : ""} had no test in this run (NOT RUN).</p>` : "";
  return `<section class="unverified" aria-labelledby="unverified-h"><h2 id="unverified-h">Not verified by this run</h2>${lis.length ? `<ul>${lis.join("")}</ul>` : ""}${rest}</section>`;
}

function meta(run: RunInfo): string {
  const rows: [string, string][] = [
    ["Target", run.target.url ? `${run.target.url} — ${run.target.description}` : run.target.description],
    ["Runtime", run.target.runtime],
    ["Page generation", run.pageGeneration],
    ["Started", run.startedAt],
    ["Duration", duration(run.durationMs)],
    ["Playwright status", run.status],
    ...run.versions.map((v): [string, string] => [v.name, v.value]),
  ];
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`;
}

export async function renderChecklistPage(input: PageInput): Promise<string> {
  const { report, run } = input;
  const verdict = runVerdict(report);
  const tests = new Map(input.tests.map((t) => [testKey(t), t]));
  const sections = [...new Set(report.items.map((i) => i.section))];
  const drawn = new Map<string, string>();
  const bodies: string[] = [];
  for (const s of sections)
    bodies.push(
      await stepSection(
        s,
        report.items.filter((i) => i.section === s),
        tests,
        drawn,
      ),
    );
  const nav = sections.map((s) => {
    const fails = report.items.filter((i) => i.section === s && (i.verdict === "fail" || i.verdict === "blocked")).length;
    return `<li><a href="#${sectionAnchor(s)}"${fails ? ' class="has-fail"' : ""}>${esc(s)}${fails ? ` — ${fails} failed or blocked` : ""}</a></li>`;
  });
  const c = report.summary;
  const counts = (["fail", "blocked", "pass", "skip", "manual", "not-run"] as Verdict[]).map(
    (v) => `<li class="badge ${v}${c[v] ? "" : " zero"}">${c[v]} ${MARK[v]}</li>`,
  );
  const unknown = report.unknownIds.length
    ? `<p role="alert"><strong>Unknown checklist ids used by tests:</strong> ${esc(report.unknownIds.join(", "))}</p>`
    : "";
  const links = input.links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.label)}</a></li>`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(verdict.word.slice(2))} — HAL deployment checklist — ${esc(run.target.url || run.target.description)}</title>
<style>${PAGE_CSS}</style></head>
<body><a class="skip-link" href="#failed">Skip to the failed items</a>
<header class="banner ${verdict.cls}"><p class="word">${esc(verdict.word)}</p><h1>HAL deployment checklist — ${esc(run.target.url || run.target.description)}</h1><p class="lede">${esc(verdict.lede)}</p></header>
<div class="wrap">
<ul class="counts" aria-label="Items per verdict">${counts.join("")}</ul>
${unknown}${failedSummary(report)}${unverified(report)}
${meta(run)}
<nav class="steps" aria-label="Checklist steps"><ul>${nav.join("")}</ul></nav>
<main>${bodies.join("\n")}</main>
<footer><p>Generated ${esc(report.generatedAt)}. Other reports of this run:</p><ul>${links}</ul></footer>
</div></body></html>
`;
}
