/**
 * A Playwright trace without secrets. The zip holds `*.trace` (actions, the context's options:
 * httpCredentials), `*.network` (every request and response with headers and cookies) and
 * `resources/` (bodies, screenshots). Headers that carry credentials lose their values whatever
 * they hold (a session cookie the target set is unknown to the run, but it is a secret); then
 * every known secret is masked in every entry: text entries as text, binary ones byte for byte.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Secrets } from "../config/secrets.ts";

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token|private-token)$/i;
const REMOVED = "(removed by hal-e2e: may carry a secret)";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Header lists ({name, value}[]) and cookie lists ({name, value}[]) anywhere in a trace event. */
function scrubEvent(node: Json, inCookies = false): Json {
  if (Array.isArray(node)) return node.map((n) => scrubEvent(n, inCookies));
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: Json } = {};
  const isHeader = typeof node.name === "string" && typeof node.value === "string";
  for (const [k, v] of Object.entries(node)) {
    if (k === "value" && isHeader && (inCookies || SECRET_HEADER.test(node.name as string))) out[k] = REMOVED;
    else if (k === "httpCredentials" && v !== null) out[k] = REMOVED;
    else out[k] = scrubEvent(v, k === "cookies");
  }
  return out;
}

function scrubJsonLines(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      if (!line.trim()) return line;
      try {
        return JSON.stringify(scrubEvent(JSON.parse(line) as Json));
      } catch {
        return line;
      }
    })
    .join("\n");
}

/** The zip rewritten without secrets, or undefined when it held none (or is not a zip). */
export function scrubTrace(zip: Buffer, secrets: Secrets): Buffer | undefined {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(zip));
  } catch {
    return secrets.maskBytes(zip);
  }
  let changed = false;
  for (const [name, data] of Object.entries(entries)) {
    let next: Uint8Array | undefined;
    if (/\.(trace|network|stacks)$/.test(name)) {
      const text = strFromU8(data);
      const masked = secrets.mask(scrubJsonLines(text));
      if (masked !== text) next = strToU8(masked);
    } else next = secrets.maskBytes(Buffer.from(data));
    if (next) {
      entries[name] = next;
      changed = true;
    }
  }
  return changed ? Buffer.from(zipSync(entries, { level: 6 })) : undefined;
}
