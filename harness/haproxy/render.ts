/**
 * Renders an HAProxy config template: `{{name}}` placeholders become this run's values.
 * An unknown or missing placeholder is an error, so a template never ships half-filled.
 * `{{log_target}}` (HAProxy's global `log` line) has a default, so templates that predate it
 * and callers that do not care keep working: `log stdout format raw`.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { applyPatches, type Patch } from "../faults/patch.ts";
import { REFERENCE_IMPL } from "../paths.ts";

export const REFERENCE_TEMPLATE = join(REFERENCE_IMPL, "haproxy", "haproxy.cfg.tmpl");

/** How the reference stack's HAProxy logs (HAL_HAPROXY_LOG_MODE): through syslog as production does, or raw on stdout. */
export const HAPROXY_LOG_MODES = ["syslog", "stdout"] as const;
export type HaproxyLogMode = (typeof HAPROXY_LOG_MODES)[number];

/** Raw lines on stdout: no syslog envelope (development, and the default of {{log_target}}). */
export const LOG_TARGET_STDOUT_RAW = "log stdout format raw local0 info";
/**
 * Syslog over UDP in HAProxy's default format (`local`: RFC 3164 without a host), the format
 * production's `log /dev/log local0` sends to rsyslog.
 */
export const logTargetSyslog = (address: string) => `log ${address} local0 info`;
/** RFC 3164 datagrams' text on stdout, one a line, for a container whose console the harness reads. */
export const LOG_TARGET_STDOUT_RFC3164 = "log stdout format rfc3164 local0 info";

const DEFAULTS: Record<string, string> = { log_target: LOG_TARGET_STDOUT_RAW };

export interface HaproxyValues {
  bind_host: string;
  https_port: number;
  cert_pem: string;
  http_addr: string;
  ws_addr: string;
  /** HAProxy's global `log` line; default LOG_TARGET_STDOUT_RAW. */
  log_target?: string;
}

export function renderTemplate(template: string, values: Record<string, string | number>): string {
  const missing = new Set<string>();
  const out = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key] ?? DEFAULTS[key];
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
