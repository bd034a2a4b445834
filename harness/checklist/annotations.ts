/**
 * The annotations that carry a test's checklist facts to the reporter, the `verify` summary and
 * the self-test judge — written (`encode`) and read (`readAnnotations`) only here, so no
 * consumer parses strings of its own, and never recovered from a message. Each holds typed
 * fields (ids from closed sets first, free text last, joined by ": "), so they stay readable in
 * Playwright's HTML report, which shows them as they are.
 *
 *   checklist          one per item the test checks (`checks(...)` in the test's details)
 *   checklist-partial  `<id>: <cause>: <why>`: the test passed but covered only part of the item
 *   skip cause         `<cause>`: why the test was skipped, a SKIP_CAUSES id (Playwright's own
 *                      `skip` annotation beside it holds the detail)
 *   measured           a figure worth reading in the report (`measured(...)`)
 *   layer              the layer at fault of a failed test, for all its items (network | proxy | gateway | backend | page;
 *                      backend: the services behind the gateway, its AI server, LLM, Home Assistant)
 *   diagnosis          why, in one line
 *   item layer         `<id>: <layer>: <why>`: the layer at fault of one item of the test, stated by
 *                      that item's own check (`eachItem`); it wins over the test's `layer` for that item
 *   target / target url / runtime   the deployment the test ran against, as the stack handle has it
 *   page               the page generation the test drove (reference stack)
 *   allowed            console errors allowed by a named, reported allowance
 *   item               `<id>: pass` or `<id>: fail: <why>`: one of the test's items settled on its own
 *                      (`eachItem`), so a test checking several items fails only those that failed
 *   blocked            `<part>: <root cause>`: the preflight found a part the test needs failing
 *                      (tls | page | websocket | replies), and the test was not run; its items are
 *                      BLOCKED by that root cause, not failed on evidence of their own
 */
import { stripVTControlCharacters } from "node:util";
import type { TestInfo } from "@playwright/test";
import { allureAnnotations } from "../report/allure.ts";
import type { ChecklistId } from "./items.ts";
import { isSkipCause, type SkipCauseId } from "./skip-causes.ts";

export interface Annotation {
  type: string;
  description?: string;
}

export const ANNOTATION = {
  checklist: "checklist",
  partial: "checklist-partial",
  skipCause: "skip cause",
  measured: "measured",
  layer: "layer",
  diagnosis: "diagnosis",
  itemLayer: "item layer",
  target: "target",
  targetUrl: "target url",
  runtime: "runtime",
  page: "page",
  allowed: "allowed console errors",
  item: "item",
  blocked: "blocked",
} as const;

export const LAYERS = ["network", "proxy", "gateway", "backend", "page"] as const;
export type Layer = (typeof LAYERS)[number];
const isLayer = (s: string | undefined): s is Layer => (LAYERS as readonly (string | undefined)[]).includes(s);

/** Where the reference stack ran, or that the target is a production deployment. */
export type TargetRuntime = "processes" | "containers" | "production";
const RUNTIMES: readonly TargetRuntime[] = ["processes", "containers", "production"];
const isRuntime = (s: string | undefined): s is TargetRuntime => (RUNTIMES as readonly (string | undefined)[]).includes(s);

/** The deployment a test ran against, as its stack handle describes it. */
export interface TargetFacts {
  /** e.g. "reference stack (processes)". */
  description: string;
  /** The page as users reach it. */
  url: string;
  runtime: TargetRuntime;
}

const SEP = ": ";

/** The fields of a description written as `fields.join(SEP)`: the first n-1 never hold SEP, the last may. */
function fields(description: string, n: number): string[] {
  const out: string[] = [];
  let rest = description;
  while (out.length < n - 1) {
    const at = rest.indexOf(SEP);
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + SEP.length);
  }
  return [...out, rest];
}

const a = (type: string, ...parts: string[]): Annotation => ({ type, description: parts.join(SEP) });

/** Each annotation as data: what the writers below push, and what unit tests build outcomes from. */
export const encode = {
  partial: (id: ChecklistId, cause: SkipCauseId, why: string) => a(ANNOTATION.partial, id, cause, why),
  skipCause: (cause: SkipCauseId) => a(ANNOTATION.skipCause, cause),
  layer: (layer: Layer, why: string) => [a(ANNOTATION.layer, layer), a(ANNOTATION.diagnosis, why)],
  itemLayer: (id: ChecklistId, layer: Layer, why: string) => a(ANNOTATION.itemLayer, id, layer, why),
  target: (t: TargetFacts) => [a(ANNOTATION.target, t.description), a(ANNOTATION.targetUrl, t.url), a(ANNOTATION.runtime, t.runtime)],
  blocked: (part: string, rootCause: string) => a(ANNOTATION.blocked, part, rootCause),
  settled: (id: ChecklistId, failure?: string) =>
    failure === undefined ? a(ANNOTATION.item, id, "pass") : a(ANNOTATION.item, id, "fail", stripVTControlCharacters(failure).trim()),
};

/**
 * The test's checklist items, for its details: `test(title, { annotation: checks(...) }, body)`.
 * Allure's epic (the step) and story (the item) come with them, so its Behaviours view is the checklist.
 */
export function checks(...ids: ChecklistId[]): Annotation[] {
  return [...ids.map((id) => a(ANNOTATION.checklist, id)), ...allureAnnotations(ids)];
}

const push = (info: TestInfo, ...annotations: Annotation[]) => info.annotations.push(...annotations);

/** A figure for the report's notes column (reply latencies, sizes, timings). */
export const measured = (info: TestInfo, description: string) => push(info, a(ANNOTATION.measured, description));

/** The test passed, yet covered only part of `id` (e.g. a soak shorter than the item): reported as SKIP, grouped by `cause`. */
export const partial = (info: TestInfo, id: ChecklistId, cause: SkipCauseId, why: string) => push(info, encode.partial(id, cause, why));

/** The layer at fault of the whole failed test (every item it fails that states none of its own). */
export const diagnosed = (info: TestInfo, layer: Layer, why: string) => push(info, ...encode.layer(layer, why));

/** The layer at fault of some of the test's items only: what their own check's evidence shows. */
export const itemsDiagnosed = (info: TestInfo, ids: readonly ChecklistId[], layer: Layer, why: string) =>
  push(info, ...ids.map((id) => encode.itemLayer(id, layer, why)));

/** Skips the running test (it never returns) and records why, as a typed cause beside Playwright's own `skip` detail. */
export function skipped(info: TestInfo, cause: SkipCauseId, detail: string): never {
  push(info, encode.skipCause(cause));
  info.skip(true, detail);
  throw new Error(`unreachable: Playwright's skip throws (${detail})`);
}

export const target = (info: TestInfo, facts: TargetFacts) => push(info, ...encode.target(facts));

/** The page generation the test drove (reference stack), or how the deployed one was taken. */
export const page = (info: TestInfo, generation: string) => push(info, a(ANNOTATION.page, generation));

export const allowedConsoleErrors = (info: TestInfo, description: string) => push(info, a(ANNOTATION.allowed, description));

/**
 * The test is not run: the preflight found `part` failing, for `rootCause`. Playwright records it
 * skipped with `message` (no worker restart, as a failure would cost); the annotation makes its
 * items BLOCKED, which fails the run (verdicts.ts).
 */
export function blocked(info: TestInfo, part: string, rootCause: string, message: string): void {
  push(info, encode.blocked(part, rootCause));
  info.skip(true, message);
}

/** One of the test's items settled on its own: passed, or failed with why. */
export const settled = (info: TestInfo, id: ChecklistId, failure?: string) => push(info, encode.settled(id, failure));

/** What a finished test's annotations say, read back for verdicts. */
export interface ReadAnnotations {
  ids: string[];
  /** Items the test settled on their own: undefined = passed, else why it failed. */
  settled: Map<string, { failure?: string }>;
  /** Items covered only in part: every cause and reason stated for each. */
  partial: Map<string, { causes: SkipCauseId[]; reasons: string[] }>;
  measured: string[];
  /** The layer of the whole test, and why. */
  layer?: Layer;
  diagnosis?: string;
  /** Layers stated for single items, which win over `layer` for them. */
  itemLayers: Map<string, { layer: Layer; why: string }>;
  target?: TargetFacts;
  page?: string;
  /** Playwright's skip details, and the typed causes stated with them. */
  skipReasons: string[];
  skipCauses: SkipCauseId[];
  /** Set when the preflight blocked the test: the failed part and the root cause. */
  blockedBy?: { part: string; rootCause: string };
}

export function readAnnotations(annotations: readonly Annotation[]): ReadAnnotations {
  const all = (type: string) => annotations.filter((x) => x.type === type).map((x) => x.description ?? "");
  const partial = new Map<string, { causes: SkipCauseId[]; reasons: string[] }>();
  for (const [id = "", cause, why = ""] of all(ANNOTATION.partial).map((d) => fields(d, 3))) {
    const seen = partial.get(id) ?? { causes: [], reasons: [] };
    partial.set(id, { causes: [...seen.causes, isSkipCause(cause) ? cause : "other"], reasons: [...seen.reasons, why] });
  }
  const settledItems = new Map<string, { failure?: string }>();
  for (const [id = "", verdict, why] of all(ANNOTATION.item).map((d) => fields(d, 3))) {
    if (verdict === "pass") settledItems.set(id, {});
    else if (verdict === "fail") settledItems.set(id, { failure: why || "failed" });
  }
  const itemLayers = new Map<string, { layer: Layer; why: string }>();
  for (const [id = "", layer, why = ""] of all(ANNOTATION.itemLayer).map((d) => fields(d, 3))) {
    if (isLayer(layer) && !itemLayers.has(id)) itemLayers.set(id, { layer, why });
  }
  const [part, rootCause] = fields(all(ANNOTATION.blocked)[0] ?? "", 2);
  const [description, url, runtime] = [all(ANNOTATION.target)[0], all(ANNOTATION.targetUrl)[0], all(ANNOTATION.runtime)[0]];
  return {
    ids: all(ANNOTATION.checklist),
    settled: settledItems,
    partial,
    measured: all(ANNOTATION.measured),
    layer: all(ANNOTATION.layer).find(isLayer),
    diagnosis: all(ANNOTATION.diagnosis)[0],
    itemLayers,
    target: description !== undefined && isRuntime(runtime) ? { description, url: url ?? "", runtime } : undefined,
    page: all(ANNOTATION.page)[0],
    skipReasons: all("skip").filter(Boolean),
    skipCauses: all(ANNOTATION.skipCause).filter(isSkipCause),
    blockedBy: part ? { part, rootCause: rootCause ?? "" } : undefined,
  };
}
