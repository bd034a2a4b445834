/**
 * Named variants of the reference stack, selected with HAL_FAULT=<name> (the fault self-test
 * sets it; a person can too, to see a check turn red). The table is derived from the catalogue
 * (catalogue.ts, which states what each fault must turn red), plus any config fault of
 * reference-impl/haproxy/faults not catalogued yet.
 */
import { join } from "node:path";
import { CONFIG_FAULTS } from "../../reference-impl/haproxy/faults/index.ts";
import { buildPageFault } from "../../reference-impl/page-faults/index.ts";
import { RUN_DIR } from "../paths.ts";
import type { StackVariant } from "../stack/types.ts";
import { CATALOGUE } from "./catalogue.ts";

export const VARIANTS: Record<string, StackVariant> = {
  ...Object.fromEntries(Object.entries(CONFIG_FAULTS).map(([name, f]) => [name, f.variant])),
  ...Object.fromEntries(CATALOGUE.map((f) => [f.name, f.variant])),
};

/** Page variants are files: built (once per content) when their variant is selected. */
const PAGES = new Map(CATALOGUE.filter((f) => f.page).map((f) => [f.name, f.page as string]));

export function variantFromEnv(env: NodeJS.ProcessEnv = process.env): StackVariant {
  const name = env.HAL_FAULT;
  if (!name) return {};
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`HAL_FAULT="${name}" is not a known stack variant; known: ${Object.keys(VARIANTS).join(", ")}`);
  const page = PAGES.get(name);
  return page ? { ...variant, staticRoot: buildPageFault(page, join(RUN_DIR, "page-faults")) } : variant;
}
