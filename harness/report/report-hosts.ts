/**
 * What a report would make a browser contact: every http(s) host named in a report's files
 * (inline `data:` scripts and styles decoded), each judged. A report of a production run is
 * opened on people's machines and attached to tickets: it must load nothing from elsewhere (no
 * analytics, fonts or CDN scripts), and name no other host but for the vendor links listed in
 * VENDOR_LINKS, each of which a person has to click.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Hosts the bundled report viewers name in links or code paths a person must start, and why each is harmless. */
export const VENDOR_LINKS: Record<string, string> = {
  "allurereport.org": "Allure's 'Powered by' link",
  "trace.playwright.dev": "the online trace viewer, opened only by its button (use the HTML report's own viewer for production traces)",
  "react.dev": "React's production error messages cite their decoder page as text",
  "aka.ms": "a documentation link in Playwright's trace viewer, shown when a trace is opened from disk",
  "www.dropbox.com": "the trace viewer rewrites a Dropbox URL a person pastes",
  "dl.dropboxusercontent.com": "the same rewrite's target",
};
/** Names that are identifiers, never contacted: XML namespaces and the trace viewer's pseudo-hosts. */
const IDENTIFIERS = new Set(["www.w3.org", "playwright.bloburl", "pw-"]);
const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/;

/** Markup and code that fetch a URL on their own, without a click. */
const LOADING = [
  /<script\b[^>]*\bsrc\s*=\s*["']?https?:\/\/([^/"'\s>:]+)/gi,
  /<link\b[^>]*\bhref\s*=\s*["']?https?:\/\/([^/"'\s>:]+)/gi,
  /<(?:img|iframe|source|embed|video|audio)\b[^>]*\bsrc\s*=\s*["']?https?:\/\/([^/"'\s>:]+)/gi,
  /url\(\s*["']?https?:\/\/([^/"'\s):]+)/gi,
  /@import\s+["']https?:\/\/([^/"'\s:]+)/gi,
];
const ANY = /https?:\/\/(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)/g;
const DATA_URI =
  /data:(?:text\/(?:javascript|css|html)|application\/javascript|image\/svg\+xml)(?:;charset=[\w-]+)?;base64,([A-Za-z0-9+/=]+)/g;
const TEXT_FILE = /\.(html?|m?js|css|json|md|txt|svg|xml)$/i;

export interface HostFinding {
  file: string;
  host: string;
  /** "loads" when the file fetches from it by itself; "names" for any other mention. */
  kind: "loads" | "names";
}

/** The text of a file and of the scripts, styles and pages inlined in it as base64 `data:` URIs. */
export function textsOf(text: string): string[] {
  const inlined = [...text.matchAll(DATA_URI)].map((m) => Buffer.from(m[1] ?? "", "base64").toString("utf8"));
  return [text, ...inlined.flatMap(textsOf)];
}

/** External hosts a text loads from or names, less the run's own (loopback, `allowed`). */
export function externalHosts(text: string, allowed: readonly string[] = []): { host: string; kind: HostFinding["kind"] }[] {
  const own = (host: string) => LOOPBACK.test(host) || allowed.includes(host);
  const found = new Map<string, HostFinding["kind"]>();
  for (const t of textsOf(text)) {
    for (const re of LOADING) for (const m of t.matchAll(re)) if (m[1] && !own(m[1])) found.set(m[1], "loads");
    for (const m of t.matchAll(ANY)) {
      const host = m[1] ?? "";
      if (!host || own(host) || IDENTIFIERS.has(host) || found.has(host)) continue;
      if (!(host in VENDOR_LINKS)) found.set(host, "names");
    }
  }
  return [...found].map(([host, kind]) => ({ host, kind }));
}

/** Every report file under `dir` (traces and raw results aside: they hold what was tested, not what a viewer loads). */
export function scanReports(dir: string, allowed: readonly string[] = []): HostFinding[] {
  const out: HostFinding[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        if (name !== "test-results" && name !== "allure-results" && name !== "blob") walk(full);
      } else if (TEXT_FILE.test(name)) {
        for (const f of externalHosts(readFileSync(full, "utf8"), allowed)) out.push({ file: relative(dir, full), ...f });
      }
    }
  };
  walk(dir);
  return out;
}
