/**
 * HAProxy's ACL matching of request headers, for the review to evaluate a rule's condition
 * against the requests browsers send (browser-requests.ts). Only criteria on Connection and
 * Upgrade are judged (what browsers and HTTP versions differ in); any other criterion (host,
 * path, source, a pattern file) is unknown and the condition is evaluated in three-valued logic,
 * so the review reports a browser only when the condition is false for it whatever the unknowns are.
 *
 * The semantics follow HAProxy's configuration manual and were measured on 2.6.12:
 * - `hdr(name)` / `req.hdr(name)` and their `hdr_<method>` forms split each header line at commas
 *   and an ACL tries every value: `hdr(Connection) -i upgrade` matches `keep-alive, Upgrade`;
 * - `hdr(name,occ)` looks at one value only (1 the first, -1 the last);
 * - `fhdr(name)` / `req.fhdr(name)` compare whole lines: `req.fhdr(connection) -i upgrade` does
 *   not match `foo, Upgrade`;
 * - `-i` ignores case; the default method of `hdr`/`fhdr` is `str` (exact), `hdr_<m>` uses `<m>`
 *   (str, sub, beg, end, reg, len and found are modelled; dom, dir and the integer forms are unknown).
 */
import { type Condition, criteria, type Term } from "./review-config.ts";

/** true, false, or undefined when the review cannot tell. */
export type Truth = boolean | undefined;

const FETCH = /^(?:req\.)?(f?hdr)(?:_(beg|end|sub|reg|dom|dir|len|cnt|val))?\(\s*([\w-]+)\s*(?:,\s*(-?\d+)\s*)?\)((?:,(?:lower|upper))*)$/i;

export interface HeaderCriterion {
  header: string;
  /** `fhdr`: whole lines; `hdr`: comma-separated values. */
  whole: boolean;
  occurrence?: number;
  method: string;
  ignoreCase: boolean;
  convert?: "lower" | "upper";
  patterns: string[];
}

/** Reads an ACL criterion (`fetch [flags] patterns`) on a header; undefined for other fetches or forms the review does not model. */
export function headerCriterion(c: readonly string[]): HeaderCriterion | undefined {
  const m = FETCH.exec(c[0] ?? "");
  if (!m) return undefined;
  const [, fetch = "", suffix, header = "", occ, converters = ""] = m;
  let method = suffix?.toLowerCase() ?? "str";
  let ignoreCase = false;
  const patterns: string[] = [];
  for (let i = 1; i < c.length; i++) {
    const w = c[i] ?? "";
    if (w === "--") {
      patterns.push(...c.slice(i + 1));
      break;
    }
    if (w === "-i") ignoreCase = true;
    else if (w === "-m") method = (c[++i] ?? "").toLowerCase();
    else if (w === "-f" || w === "-M" || w === "-u")
      return undefined; // patterns from a file or a map
    else if (w !== "-n") patterns.push(w);
  }
  if (["cnt", "val"].includes(method)) return undefined; // integer fetches: not about the header's words
  const convert = converters.toLowerCase().split(",").filter(Boolean).at(-1) as "lower" | "upper" | undefined;
  return {
    header: header.toLowerCase(),
    whole: fetch.toLowerCase() === "fhdr",
    occurrence: occ === undefined ? undefined : Number(occ),
    method,
    ignoreCase,
    convert,
    patterns,
  };
}

/** The values a criterion's fetch returns for these header lines. */
function values(k: HeaderCriterion, lines: readonly string[]): string[] {
  const all = k.whole ? lines.map((l) => l.trim()) : lines.flatMap((l) => l.split(",").map((v) => v.trim()));
  if (k.occurrence === undefined || k.occurrence === 0) return all;
  const v = k.occurrence > 0 ? all[k.occurrence - 1] : all[all.length + k.occurrence];
  return v === undefined ? [] : [v];
}

/** One value against one pattern with HAProxy's match method; undefined for methods the review does not model. */
function matches(method: string, value: string, pattern: string, ignoreCase: boolean): Truth {
  const [v, p] = ignoreCase ? [value.toLowerCase(), pattern.toLowerCase()] : [value, pattern];
  switch (method) {
    case "str":
      return v === p;
    case "sub":
      return v.includes(p);
    case "beg":
      return v.startsWith(p);
    case "end":
      return v.endsWith(p);
    case "len":
      return v.length === Number(p);
    case "reg":
      try {
        return new RegExp(pattern, ignoreCase ? "i" : "").test(value);
      } catch {
        return undefined;
      }
    default:
      return undefined;
  }
}

/** Whether a header criterion matches the request (lower-case header name → lines). */
export function matchHeader(k: HeaderCriterion, request: ReadonlyMap<string, readonly string[]>): Truth {
  const vals = values(k, request.get(k.header) ?? []).map((v) =>
    k.convert === "lower" ? v.toLowerCase() : k.convert === "upper" ? v.toUpperCase() : v,
  );
  if (k.method === "found") return vals.length > 0;
  const results = vals.flatMap((v) => k.patterns.map((p) => matches(k.method, v, p, k.ignoreCase)));
  if (results.includes(true)) return true;
  return results.includes(undefined) ? undefined : false;
}

/** Headers the browser families differ on: criteria on any other header are unknown to the review. */
const JUDGED = new Set(["connection", "upgrade"]);

/** A criterion against the request: judged only when it reads Connection or Upgrade (a missing header fails it). */
export function matchCriterion(c: readonly string[], request: ReadonlyMap<string, readonly string[]>): Truth {
  const k = headerCriterion(c);
  return k && JUDGED.has(k.header) ? matchHeader(k, request) : undefined;
}

const or = (xs: Truth[]): Truth => (xs.includes(true) ? true : xs.every((x) => x === false) ? false : undefined);
const and = (xs: Truth[]): Truth => (xs.includes(false) ? false : xs.every((x) => x === true) ? true : undefined);
const not = (x: Truth): Truth => (x === undefined ? undefined : !x);

/** A term: its ACL's lines are OR-ed (a predefined or undefined ACL is unknown). */
export function evaluateTerm(t: Term, defined: Map<string, string[][]>, request: ReadonlyMap<string, readonly string[]>): Truth {
  const lines = criteria(t, defined);
  const v = lines.length ? or(lines.map((c) => matchCriterion(c, request))) : undefined;
  return t.negated ? not(v) : v;
}

/** A rule's condition (OR of AND-groups; `unless` negates it) for the request. */
export function evaluateCondition(
  cond: Condition | undefined,
  defined: Map<string, string[][]>,
  request: ReadonlyMap<string, readonly string[]>,
): Truth {
  if (!cond) return true;
  const v = or(cond.groups.map((g) => and(g.map((t) => evaluateTerm(t, defined, request)))));
  return cond.unless ? not(v) : v;
}

/** The criteria of the condition's terms that are false for the request: what a finding quotes. */
export function failingCriteria(
  cond: Condition,
  defined: Map<string, string[][]>,
  request: ReadonlyMap<string, readonly string[]>,
): { term: Term; criterion: string[] }[] {
  return cond.groups
    .flat()
    .flatMap((term) =>
      evaluateTerm(term, defined, request) === false ? criteria(term, defined).map((criterion) => ({ term, criterion })) : [],
    );
}
