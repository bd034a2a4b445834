/**
 * Renders an HAProxy config template: `{{name}}` placeholders become this run's values.
 * An unknown or missing placeholder is an error, so a template never ships half-filled.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { applyPatches, type Patch } from "../faults/patch.ts";
import { REFERENCE_IMPL } from "../paths.ts";

export const REFERENCE_TEMPLATE = join(REFERENCE_IMPL, "haproxy", "haproxy.cfg.tmpl");

export interface HaproxyValues {
  bind_host: string;
  https_port: number;
  cert_pem: string;
  http_addr: string;
  ws_addr: string;
  hard_stop_after: string;
}

export function renderTemplate(template: string, values: Record<string, string | number>): string {
  const missing = new Set<string>();
  const out = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) {
      missing.add(key);
      return "";
    }
    return String(value);
  });
  if (missing.size) throw new Error(`HAProxy template needs values for: ${[...missing].join(", ")}`);
  return out;
}

/** The reference template with a variant's patches applied (none: the reference itself). */
export async function referenceTemplate(patches: readonly Patch[] = []): Promise<string> {
  return applyPatches(await readFile(REFERENCE_TEMPLATE, "utf8"), patches);
}

/** Renders the reference config, patched by a variant, to `outPath` and returns the text. */
export async function renderConfig(outPath: string, values: HaproxyValues, patches: readonly Patch[] = []): Promise<string> {
  const text = renderTemplate(await referenceTemplate(patches), { ...values });
  await writeFile(outPath, text);
  return text;
}
