/**
 * The annotations that carry a test's checklist facts to the reporter, the `verify` summary and
 * the self-test judge — written and read only here, so no consumer parses strings of its own.
 * They stay human-readable because Playwright's HTML report shows them as they are.
 *
 *   checklist          one per item the test checks (`checks(...)` in the test's details)
 *   checklist-partial  `<id>: <why>`: the test passed but covered only part of the item (a short soak)
 *   measured           a figure worth reading in the report (`measured(...)`)
 *   layer              the layer the diagnosis of a failed test names (network | proxy | gateway | page)
 *   diagnosis          the diagnosis' one-line summary
 *   target             the deployment the test ran against
 *   page               the page generation the test drove (reference stack)
 *   allowed            console errors allowed by a named, reported allowance
 *   item               `<id>: pass` or `<id>: fail: <why>`: one of the test's items settled on its own
 *                      (`eachItem`), so a test checking several items fails only those that failed
 */
import { stripVTControlCharacters } from "node:util";
import type { TestInfo } from "@playwright/test";
import { allureAnnotations } from "../report/allure.ts";
import type { ChecklistId } from "./items.ts";

export interface Annotation {
  type: string;
  description?: string;
}

export const ANNOTATION = {
  checklist: "checklist",
  partial: "checklist-partial",
  measured: "measured",
  layer: "layer",
  diagnosis: "diagnosis",
  target: "target",
  page: "page",
  allowed: "allowed console errors",
  item: "item",
} as const;

export const LAYERS = ["network", "proxy", "gateway", "page"] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * The test's checklist items, for its details: `test(title, { annotation: checks(...) }, body)`.
 * Allure's epic (the step) and story (the item) come with them, so its Behaviours view is the checklist.
 */
export function checks(...ids: ChecklistId[]): Annotation[] {
  return [...ids.map((id) => ({ type: ANNOTATION.checklist, description: id })), ...allureAnnotations(ids)];
}

const push = (info: TestInfo, type: string, description: string) => info.annotations.push({ type, description });

/** A figure for the report's notes column (reply latencies, sizes, timings). */
export function measured(info: TestInfo, description: string): void {
  push(info, ANNOTATION.measured, description);
}

/** The test passed, yet covered only part of `id` (e.g. a soak shorter than the item): reported as SKIP with `why`. */
export function partial(info: TestInfo, id: ChecklistId, why: string): void {
  push(info, ANNOTATION.partial, `${id}: ${why}`);
}

export function diagnosed(info: TestInfo, layer: Layer, summary: string): void {
  push(info, ANNOTATION.layer, layer);
  push(info, ANNOTATION.diagnosis, summary);
}

export function target(info: TestInfo, description: string): void {
  push(info, ANNOTATION.target, description);
}

/** The page generation the test drove (reference stack), or how the deployed one was taken. */
export function page(info: TestInfo, generation: string): void {
  push(info, ANNOTATION.page, generation);
}

export function allowedConsoleErrors(info: TestInfo, description: string): void {
  push(info, ANNOTATION.allowed, description);
}

/** One of the test's items settled on its own: passed, or failed with why. */
export function settled(info: TestInfo, id: ChecklistId, failure?: string): void {
  const why = failure === undefined ? undefined : stripVTControlCharacters(failure).trim();
  push(info, ANNOTATION.item, why === undefined ? `${id}: pass` : `${id}: fail: ${why}`);
}

/** What a finished test's annotations say, read back for verdicts. */
export interface ReadAnnotations {
  ids: string[];
  /** Items the test settled on their own: undefined = passed, else why it failed. */
  settled: Map<string, { failure?: string }>;
  partial: Map<string, string>;
  measured: string[];
  layer?: Layer;
  diagnosis?: string;
  target?: string;
  page?: string;
  skipReasons: string[];
}

export function readAnnotations(annotations: readonly Annotation[]): ReadAnnotations {
  const all = (type: string) => annotations.filter((a) => a.type === type).map((a) => a.description ?? "");
  const partial = new Map<string, string>();
  for (const p of all(ANNOTATION.partial)) {
    const at = p.indexOf(":");
    if (at > 0) partial.set(p.slice(0, at), p.slice(at + 1).trim());
  }
  const layer = all(ANNOTATION.layer).find((l): l is Layer => (LAYERS as readonly string[]).includes(l));
  const settledItems = new Map<string, { failure?: string }>();
  for (const a of all(ANNOTATION.item)) {
    const m = /^([^:]+): (pass|fail)(?:: ([\s\S]*))?$/.exec(a);
    if (m?.[1]) settledItems.set(m[1], m[2] === "pass" ? {} : { failure: m[3] ?? "failed" });
  }
  return {
    ids: all(ANNOTATION.checklist),
    settled: settledItems,
    partial,
    measured: all(ANNOTATION.measured),
    layer,
    diagnosis: all(ANNOTATION.diagnosis)[0],
    target: all(ANNOTATION.target)[0],
    page: all(ANNOTATION.page)[0],
    skipReasons: all("skip").filter(Boolean),
  };
}
