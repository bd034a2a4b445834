/**
 * A page is reachable when all of it loads: its HTML and every script and stylesheet it
 * references. An index.html answering 200 while client.js answers 404 is a page that never
 * connects, and a probe that stops at the HTML calls it reachable (it did, once).
 *
 * The HTML is read with parse5, the WHATWG-conformant parser (the one jsdom uses), so the
 * references found are the ones a browser would load: `<script src>`, `<link rel=stylesheet>`
 * and `<link rel=modulepreload>`, resolved against `<base href>`, and nothing inside `<template>`,
 * comments or `<noscript>` (raw text when scripting is on). Regexes get exactly those cases wrong.
 * Icons are left out: a missing favicon costs the user nothing, and HAL's static server has
 * none (HAL_SYSTEM.md: Chromium logs a 404 for /favicon.ico on every healthy load).
 */
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { type ProbeOptions, probe } from "./http-probe.ts";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export type AssetKind = "script" | "stylesheet" | "modulepreload";

export interface Asset {
  kind: AssetKind;
  /** Absolute URL, resolved as the browser resolves it. */
  url: string;
  /** False for another origin's asset (a CDN): not the deployment's, and not probed. */
  sameOrigin: boolean;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const tokens = (value: string | undefined) => (value ?? "").toLowerCase().split(/\s+/).filter(Boolean);
/** Script types a browser runs (a `type="text/template"` block with a src is not loaded). */
const RUNNABLE_SCRIPT = /^(|module|(text|application)\/(java|ecma)script)$/i;

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  // A <template>'s content is inert: parse5 keeps it apart from childNodes, as the DOM does.
  if ("childNodes" in node) for (const child of node.childNodes) yield* elements(child);
}

/** The scripts and stylesheets `html` (served at `pageUrl`) makes a browser load, in document order, each once. */
export function pageAssets(html: string, pageUrl: string): Asset[] {
  const all = [...elements(parse(html))];
  const baseHref = all.find((el) => el.tagName === "base" && attr(el, "href") !== undefined);
  const base = new URL((baseHref && attr(baseHref, "href")) ?? "", pageUrl).href;
  const origin = new URL(pageUrl).origin;
  const found = new Map<string, Asset>();
  const add = (kind: AssetKind, ref: string | undefined) => {
    if (!ref?.trim()) return;
    let url: URL;
    try {
      url = new URL(ref.trim(), base);
    } catch {
      return; // The browser skips an unparsable URL too.
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return; // data:, blob:, javascript:
    url.hash = "";
    if (!found.has(url.href)) found.set(url.href, { kind, url: url.href, sameOrigin: url.origin === origin });
  };
  for (const el of all) {
    if (el.tagName === "script" && RUNNABLE_SCRIPT.test(attr(el, "type")?.trim() ?? "")) add("script", attr(el, "src"));
    if (el.tagName !== "link") continue;
    const rel = tokens(attr(el, "rel"));
    if (rel.includes("stylesheet") && !rel.includes("alternate")) add("stylesheet", attr(el, "href"));
    if (rel.includes("modulepreload")) add("modulepreload", attr(el, "href"));
  }
  return [...found.values()];
}

/** One request of a page load: what answered, or why nothing did. */
export interface Load {
  /** The path as a person reads it: "/" for the page, "client.js" for an asset beside it. */
  name: string;
  url: string;
  status?: number;
  httpVersion?: string;
  error?: string;
}

export const loadOk = (l: Load): boolean => l.status === 200;
export const describeLoad = (l: Load): string => (l.error !== undefined ? `${l.name}: ${l.error}` : `${l.name} answers ${l.status}`);

export interface PageLoad {
  /** Every request made, in order. */
  loads: Load[];
  /** The first request that did not answer 200, if any: loading stops there. */
  failed?: Load;
  /** The page's same-origin assets (from its first 200 answer). */
  assets: Asset[];
  /** Assets of other origins, listed and not probed. */
  foreign: Asset[];
}

function nameOf(url: string, pageUrl: string): string {
  const u = new URL(url);
  const dir = new URL(".", pageUrl);
  if (u.href === new URL(pageUrl).href || u.pathname === "/") return u.pathname + u.search;
  return u.origin === dir.origin && u.pathname.startsWith(dir.pathname) ? u.pathname.slice(dir.pathname.length) + u.search : u.href;
}

/**
 * Loads the page and each of its same-origin scripts and stylesheets (GET, 200 expected),
 * `rounds` times in a row: a proxy balancing requests onto the wrong server fails some loads
 * and not others, so one round can pass by luck. Stops at the first request that fails.
 */
export async function loadPage(pageUrl: string, opts: ProbeOptions = {}, rounds = 1): Promise<PageLoad> {
  const result: PageLoad = { loads: [], assets: [], foreign: [] };
  const get = async (url: string, body = false): Promise<{ load: Load; html?: string }> => {
    const load: Load = { name: nameOf(url, pageUrl), url };
    try {
      const r = await probe(url, { ...opts, method: "GET", body });
      Object.assign(load, { status: r.status, httpVersion: r.httpVersion });
      result.loads.push(load);
      return { load, html: r.body };
    } catch (err) {
      load.error = err instanceof Error ? err.message : String(err);
      result.loads.push(load);
      return { load };
    }
  };
  for (let round = 0; round < rounds; round++) {
    const page = await get(pageUrl, round === 0);
    if (!loadOk(page.load)) return { ...result, failed: page.load };
    if (round === 0) {
      const assets = pageAssets(page.html ?? "", pageUrl);
      result.assets = assets.filter((a) => a.sameOrigin);
      result.foreign = assets.filter((a) => !a.sameOrigin);
    }
    for (const asset of result.assets) {
      const { load } = await get(asset.url);
      if (!loadOk(load)) return { ...result, failed: load };
    }
  }
  return result;
}

/** "/ 200, client.js 200 (HTTP/2)": what a page load saw, for evidence. */
export function renderPageLoad(p: PageLoad): string {
  const seen = p.loads.map((l) => (l.error !== undefined ? `${l.name} (${l.error})` : `${l.name} ${l.status}`));
  const version = p.loads.find((l) => l.httpVersion)?.httpVersion;
  const foreign = p.foreign.length ? `; not probed (another origin): ${p.foreign.map((a) => a.url).join(", ")}` : "";
  return `${seen.join(", ")}${version ? ` (HTTP/${version})` : ""}${foreign}`;
}

/**
 * The problem of a page load through the proxy, told against the same load straight from the
 * static server: `client.js answers 404 (static server)` when the static server fails it too,
 * `client.js answers 426 through the proxy, 200 from the static server (proxy)` when only the
 * proxy does, and just what the proxy answered when there is no direct URL to compare with.
 */
export function attributePageFailure(proxied: PageLoad, direct?: PageLoad): string | undefined {
  const failed = proxied.failed ?? direct?.failed;
  if (!failed) return undefined;
  if (!proxied.failed) return `${describeLoad(failed)} from the static server, yet 200 through the proxy (static server)`;
  if (!direct) return `${describeLoad(failed)} through the proxy`;
  const same = direct.loads.find((l) => l.name === failed.name);
  if (direct.failed) return `${describeLoad(direct.failed)} (static server)`;
  return `${describeLoad(failed)} through the proxy, ${same ? `${same.status} from the static server` : "while the static server serves the page and its assets"} (proxy)`;
}
