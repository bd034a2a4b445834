/**
 * Playwright reporter that prints the deployment checklist after every run, each item marked
 * PASS / FAIL / SKIP (with the reason) / NOT RUN / MANUAL, and writes checklist.md,
 * checklist.json and checklist.html (the page with charts, harness/report/page.ts) into the
 * run's reports directory (HAL_REPORTS_DIR). A test naming an unknown checklist id fails the run.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { FullConfig, FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { loadConfig } from "../config/suite-config.ts";
import { chooseChromium } from "../infra/browser.ts";
import { writeAllureGlobalAttachments } from "../report/allure-globals.ts";
import { figuresOf } from "../report/figures.ts";
import { reportPaths, writeAtomic } from "../report/outputs.ts";
import { renderChecklistPage, type TestEvidence } from "../report/page.ts";
import { chromiumForVersion, targetLine, targetOf, versions } from "../report/run-info.ts";
import { readAnnotations, type TargetFacts } from "./annotations.ts";
import { buildReport, type ChecklistReport, type RunState, renderMarkdown, renderText, runRefusals, type TestOutcome } from "./verdicts.ts";

/** Where the HTML reporter of this run writes, if one is configured (links from the checklist page go there). */
function htmlReportDir(config: FullConfig): string | undefined {
  const html = config.reporter.find(([name]) => name === "html");
  if (!html) return undefined;
  const folder =
    (html[1] as { outputFolder?: string } | undefined)?.outputFolder ?? process.env.PLAYWRIGHT_HTML_OUTPUT_DIR ?? "playwright-report";
  return resolve(configDir(config), folder);
}

/** Reporter options are relative to the config file's directory. */
const configDir = (config: FullConfig) => (config.configFile ? dirname(config.configFile) : process.cwd());

const errorOf = (r: TestResult) => (r.error?.message ? stripVTControlCharacters(r.error.message) : undefined);

const relativeLink = (from: string, to: string) => relative(from, to).split("\\").join("/");

/** The layers an attempt's annotations state: its test's, and its items' own. */
function layersOf(r: TestResult): { layer?: string; itemLayers?: Record<string, string> } {
  const read = readAnnotations(r.annotations);
  const items = Object.fromEntries([...read.itemLayers].map(([id, l]) => [id, l.layer]));
  return { layer: read.layer, ...(Object.keys(items).length ? { itemLayers: items } : {}) };
}

/** How the run ended: any error outside a test (global setup, a crashed worker) makes it `crashed`. */
function runState(result: FullResult, globalErrors: number): RunState {
  if (result.status === "interrupted" || result.status === "timedout") return "interrupted";
  return globalErrors > 0 ? "crashed" : "complete";
}

export default class ChecklistReporter implements Reporter {
  readonly #last = new Map<TestCase, TestResult[]>();
  #config: FullConfig | undefined;
  #globalErrors = 0;

  onError(): void {
    this.#globalErrors += 1;
  }

  onBegin(config: FullConfig): void {
    this.#config = config;
    // allure-playwright adds to its results directory and never empties it: without this, a
    // report rendered from it mixes every earlier run in (as "retries"). Nothing is written yet.
    const allure = this.#option("allure-playwright", "resultsDir");
    if (allure) rmSync(allure, { recursive: true, force: true });
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.#last.set(test, [...(this.#last.get(test) ?? []), result]);
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult["status"] } | undefined> {
    const outcomes: TestOutcome[] = [];
    const finals: { test: TestCase; final: TestResult; title: string }[] = [];
    let target: TargetFacts | undefined;
    // Every page generation the run covered (one project each on the reference stack).
    const pages = new Set<string>();
    for (const [test, results] of this.#last) {
      const final = results[results.length - 1];
      if (!final) continue;
      // Runtime annotations can appear on both the test and its result: keep each once.
      const seen = new Set<string>();
      const annotations = [...test.annotations, ...(final.annotations ?? [])].filter((a) => {
        const key = `${a.type}\u0000${a.description ?? ""}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const read = readAnnotations(annotations);
      target ??= read.target;
      if (read.page) pages.add(read.page);
      const title = test.titlePath().slice(2).join(" › ");
      finals.push({ test, final, title });
      outcomes.push({
        title,
        project: test.parent.project()?.name,
        status: final.status,
        // Playwright's own word: failed on an attempt, passed on a retry. Its items are FAIL (verdicts.ts).
        flaky: test.outcome() === "flaky",
        attempts: results.map((r) => ({ status: r.status, error: errorOf(r), ...layersOf(r) })),
        annotations,
        error: errorOf(final),
      });
    }
    const report = buildReport(outcomes, targetLine(target), runState(result, this.#globalErrors));
    const config = loadConfig();
    const paths = reportPaths(config.HAL_REPORTS_DIR);
    mkdirSync(paths.dir, { recursive: true });
    writeAtomic(paths.checklistJson, `${JSON.stringify(report, null, 2)}\n`);
    writeAtomic(paths.checklistMd, renderMarkdown(report));
    const page_ = await this.#writePage(report, result, finals, { target, page: [...pages].join(", ") }).catch(
      (err: Error) => `not written: ${err.stack ?? err}`,
    );
    console.log(`\n${renderText(report)}\n  Written to ${paths.checklistMd}\n  The checklist as a page: ${page_}\n`);
    const refusals = result.status === "passed" ? runRefusals(report, config.HAL_STRICT) : [];
    for (const r of refusals) console.log(`  The run fails: ${r}`);
    if (refusals.length) return { status: "failed" };
    return undefined;
  }

  /** checklist.html; returns its path. */
  async #writePage(
    report: ChecklistReport,
    result: FullResult,
    finals: { test: TestCase; final: TestResult; title: string }[],
    annotations: { target: TargetFacts | undefined; page: string },
  ): Promise<string> {
    const config = loadConfig();
    const paths = reportPaths(config.HAL_REPORTS_DIR);
    const html = this.#config && htmlReportDir(this.#config);
    const tests: TestEvidence[] = finals.map(({ test, final, title }) => {
      const trace = final.attachments.find((a) => a.name === "trace" && a.path && existsSync(a.path));
      // The HTML reporter stores attachments under data/<sha1 of the file><ext>: link to that copy.
      const traceName = trace?.path && `${createHash("sha1").update(readFileSync(trace.path)).digest("hex")}.zip`;
      return {
        title,
        project: test.parent.project()?.name,
        status: final.status,
        htmlHref: html ? `${relativeLink(paths.dir, join(html, "index.html"))}#?testId=${test.id}` : undefined,
        traceHref: html && traceName ? relativeLink(paths.dir, join(html, "data", traceName)) : undefined,
        figures: figuresOf(final.attachments),
      };
    });
    const t = targetOf(annotations.target);
    // For the version line only: the page needs no browser (its charts are Vega's SVG, drawn in
    // Node), and a job that merges shards' reports has none; a missing one must not cost the page.
    const chromium = chromiumForVersion(() => chooseChromium(config));
    const links = [
      { label: "checklist.md", href: "checklist.md" },
      { label: "checklist.json", href: "checklist.json" },
      ...(html ? [{ label: "Playwright HTML report", href: relativeLink(paths.dir, join(html, "index.html")) }] : []),
      ...this.#configured("junit", "outputFile", "JUnit XML", paths.dir),
      ...this.#configured("allure-playwright", "resultsDir", "Allure results (render: npm run report:allure)", paths.dir),
    ];
    const body = await renderChecklistPage({
      report,
      run: {
        target: t,
        pageGeneration: annotations.page || "not recorded by this run",
        startedAt: result.startTime.toISOString(),
        durationMs: result.duration,
        status: result.status,
        versions: versions(t.runtime, chromium),
      },
      tests,
      links,
    });
    writeAtomic(paths.checklistHtml, body);
    const allure = this.#option("allure-playwright", "resultsDir");
    if (allure) writeAllureGlobalAttachments(allure, [{ path: paths.checklistHtml }]);
    return paths.checklistHtml;
  }

  /** A path option of a configured reporter, absolute; undefined when that reporter is not in this run. */
  #option(reporter: string, option: string): string | undefined {
    // Playwright resolves a package reporter to its module path (.../node_modules/allure-playwright/dist/...).
    const entry = this.#config?.reporter.find(([name]) => name === reporter || name.includes(`/node_modules/${reporter}/`));
    const value = (entry?.[1] as Record<string, string> | undefined)?.[option];
    return value && this.#config ? resolve(configDir(this.#config), value) : undefined;
  }

  #configured(reporter: string, option: string, label: string, from: string): { label: string; href: string }[] {
    const path = this.#option(reporter, option);
    return path ? [{ label, href: relativeLink(from, path) }] : [];
  }

  printsToStdio(): boolean {
    return true;
  }
}
