/**
 * Named variants of the reference stack, selected with HAL_FAULT=<name> (the fault self-test
 * sets it; a person can too, to see a check turn red). The table is derived from the catalogue
 * (catalogue.ts, which states what each fault must turn red), plus any config fault of
 * reference-impl/haproxy/faults and any page build of ./page.ts not catalogued yet (a page
 * build `x` is then `page-x`).
 */
import { join } from "node:path";
import { CONFIG_FAULTS } from "../../reference-impl/haproxy/faults/index.ts";
import type { PageGeneration } from "../../reference-impl/page/generations.ts";
import { RUN_DIR } from "../paths.ts";
import type { StackVariant } from "../stack/types.ts";
import { CATALOGUE } from "./catalogue.ts";
import { buildPageFault, PAGE_FAULTS } from "./page.ts";

const cataloguedPages = new Set(CATALOGUE.flatMap((f) => (f.page ? [f.page] : [])));

/** Variant name → page build, for the variants that serve one. */
const PAGES = new Map<string, string>([
  ...Object.keys(PAGE_FAULTS)
    .filter((page) => !cataloguedPages.has(page))
    .map((page): [string, string] => [`page-${page}`, page]),
  ...CATALOGUE.flatMap((f): [string, string][] => (f.page ? [[f.name, f.page]] : [])),
]);

export const VARIANTS: Record<string, StackVariant> = {
  ...Object.fromEntries(Object.entries(CONFIG_FAULTS).map(([name, f]) => [name, f.variant])),
  ...Object.fromEntries([...PAGES.keys()].map((name) => [name, {}])),
  ...Object.fromEntries(CATALOGUE.map((f) => [f.name, f.variant])),
};

function selected(env: NodeJS.ProcessEnv): string | undefined {
  const name = env.HAL_FAULT;
  if (name && !VARIANTS[name])
    throw new Error(`HAL_FAULT="${name}" is not a known stack variant; known: ${Object.keys(VARIANTS).join(", ")}`);
  return name || undefined;
}

/** The page generation the selected variant serves, when it serves a page build (they patch one generation). */
export function faultPageGeneration(env: NodeJS.ProcessEnv = process.env): PageGeneration | undefined {
  const page = PAGES.get(selected(env) ?? "");
  return page ? PAGE_FAULTS[page]?.generation : undefined;
}

export function variantFromEnv(env: NodeJS.ProcessEnv = process.env): StackVariant {
  const name = selected(env);
  if (!name) return {};
  const variant = VARIANTS[name] as StackVariant;
  // Page builds are files: built (once per content) when their variant is selected.
  const page = PAGES.get(name);
  if (!page) return variant;
  return { ...variant, staticRoot: buildPageFault(page, join(RUN_DIR, "page-faults")), pageGeneration: PAGE_FAULTS[page]?.generation };
}
