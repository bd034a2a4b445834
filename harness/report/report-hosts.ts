/**
 * What a report would make a browser contact: every http(s) host named in a report's files
 * (inline `data:` scripts and styles, and the Allure file's embedded data, decoded), each judged. A report of a production run is
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

/** Markup and code that fetch a URL on their own, without a click (quotes may be escaped: markup inside JSON). */
const LOADING = [
  /<script\b[^>]*\bsrc\s*=\s*\\?["']?https?:\/\/([^/"'\s>:]+)/gi,
  /<link\b[^>]*\bhref\s*=\s*\\?["']?https?:\/\/([^/"'\s>:]+)/gi,
  /<(?:img|iframe|source|embed|video|audio)\b[^>]*\bsrc\s*=\s*\\?["']?https?:\/\/([^/"'\s>:]+)/gi,
  /url\(\s*["']?https?:\/\/([^/"'\s):]+)/gi,
  /@import\s+["']https?:\/\/([^/"'\s:]+)/gi,
];
const ANY = /https?:\/\/(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)/g;
const DATA_URI =
  /data:(?:text\/(?:javascript|css|html)|application\/javascript|image\/svg\+xml)(?:;charset=[\w-]+)?;base64,([A-Za-z0-9+/=]+)/g;
/** The single-file Allure report's data files: `d("widgets/x.json","<base64>")`. */
const ALLURE_DATA = /\bd\("[^"]+","([A-Za-z0-9+/=]+)"\)/g;
const TEXT_FILE = /\.(html?|m?js|css|json|md|txt|svg|xml)$/i;

export interface HostFinding {
  file: string;
  host: string;
  /** "loads" when the file fetches from it by itself; "names" for any other mention. */
  kind: "loads" | "names";
}

/** A text to judge; `evidence` when it is the run's data (what the page and servers said), not the viewer's. */
export interface Text {
  text: string;
  evidence: boolean;
}

/**
 * The text of a file and of what it inlines as base64: `data:` scripts, styles and pages (the
 * viewer's own code), and Allure's data files (the run's evidence: a console line quoting a URL
 * is what the page said, judged only for what it would load).
 */
export function textsOf(text: string, evidence = false): Text[] {
  const decode = (m: RegExpMatchArray) => Buffer.from(m[1] ?? "", "base64").toString("utf8");
  return [
    { text, evidence },
    ...[...text.matchAll(DATA_URI)].flatMap((m) => textsOf(decode(m), evidence)),
    ...[...text.matchAll(ALLURE_DATA)].flatMap((m) => textsOf(decode(m), true)),
  ];
}

/** External hosts a text loads from or names, less the run's own (loopback, `allowed`). */
export function externalHosts(text: string, allowed: readonly string[] = []): { host: string; kind: HostFinding["kind"] }[] {
  const own = (host: string) => LOOPBACK.test(host) || allowed.includes(host);
  const found = new Map<string, HostFinding["kind"]>();
  for (const t of textsOf(text)) {
    for (const re of LOADING) for (const m of t.text.matchAll(re)) if (m[1] && !own(m[1])) found.set(m[1], "loads");
    if (t.evidence) continue;
    for (const m of t.text.matchAll(ANY)) {
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
