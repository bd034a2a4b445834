/**
 * A small model of HAProxy's configuration language for the static review: sections with
 * their directives (words after HAProxy's own quoting rules), `defaults` inheritance, ACLs and
 * conditions, time values. Hand-rolled because no maintained npm parser of haproxy.cfg exists,
 * and the review needs only this much. Time values are read by harness/config/duration.ts.
 */
import { parseDuration } from "../config/duration.ts";

export type SectionKind = "global" | "defaults" | "frontend" | "backend" | "listen" | "other";

export interface Directive {
  /** 1-based line number in the file. */
  line: number;
  words: string[];
}

export interface Section {
  kind: SectionKind;
  name: string;
  line: number;
  directives: Directive[];
  /** The defaults section this proxy inherits from (the last one before it, or `from <name>`). */
  defaults?: Section;
}

export interface ParsedConfig {
  sections: Section[];
}

const KINDS: Record<string, SectionKind> = {
  global: "global",
  defaults: "defaults",
  frontend: "frontend",
  backend: "backend",
  listen: "listen",
};
// Other section keywords: their content is irrelevant to the review but must not leak into a proxy.
const OTHER = new Set(["resolvers", "peers", "userlist", "mailers", "program", "http-errors", "ring", "cache", "fcgi-app", "crt-store"]);

/** Splits one line into words as HAProxy does: `#` starts a comment, quotes and `\` escape. */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === "\\" && i + 1 < line.length && quote !== "'") {
      word += line.charAt(++i);
      inWord = true;
    } else if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === "#") break;
    else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

export function parseConfig(text: string): ParsedConfig {
  const sections: Section[] = [];
  let current: Section | undefined;
  let lastDefaults: Section | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const words = tokenize(raw);
    const head = words[0];
    if (!head) return;
    const kind = KINDS[head] ?? (OTHER.has(head) ? "other" : undefined);
    if (!kind) {
      current?.directives.push({ line: i + 1, words });
      return;
    }
    const name = words[1] && words[1] !== "from" ? words[1] : "";
    const fromIdx = words.indexOf("from");
    const fromName = fromIdx > 0 ? words[fromIdx + 1] : undefined;
    current = { kind, name, line: i + 1, directives: [] };
    if (kind === "frontend" || kind === "backend" || kind === "listen" || kind === "defaults") {
      const inherited = fromName
        ? sections.find((s) => s.kind === "defaults" && s.name === fromName)
        : kind === "defaults"
          ? undefined
          : lastDefaults;
      if (inherited) current.defaults = inherited;
    }
    if (kind === "defaults") lastDefaults = current;
    sections.push(current);
  });
  return { sections };
}

export const isProxy = (s: Section) => s.kind === "frontend" || s.kind === "backend" || s.kind === "listen";
export const label = (s: Section) => `${s.kind}${s.name ? ` ${s.name}` : ""}`;

/** Directives of `section` whose first words are `prefix` (e.g. ["timeout", "tunnel"]). */
export function find(section: Section, ...prefix: string[]): Directive[] {
  return section.directives.filter((d) => prefix.every((p, i) => d.words[i]?.toLowerCase() === p));
}

/** The last matching directive of the section, else of the defaults it inherits (HAProxy: last one wins). */
export function effective(section: Section, ...prefix: string[]): { directive: Directive; from: Section } | undefined {
  for (let s: Section | undefined = section; s; s = s.defaults) {
    const found = find(s, ...prefix).at(-1);
    if (found) return { directive: found, from: s };
  }
  return undefined;
}

export function effectiveTimeout(section: Section, which: string): number | undefined {
  const d = effective(section, "timeout", which)?.directive;
  return d?.words[2] ? parseDuration(d.words[2], { bare: "ms" }) : undefined;
}

/** A term of an `if`/`unless` condition: a named ACL or an anonymous `{ fetch patterns }`. */
export interface Term {
  negated: boolean;
  name?: string;
  inline?: string[];
}

/** Condition of a rule: OR of AND-groups of terms (`||`/`or` separate groups), `unless` flips it. */
export interface Condition {
  unless: boolean;
  groups: Term[][];
}

/** The words after `if`/`unless` of a rule, or undefined when the rule is unconditional. */
export function condition(words: string[]): Condition | undefined {
  const at = words.findIndex((w) => w === "if" || w === "unless");
  if (at < 0) return undefined;
  const groups: Term[][] = [[]];
  let negated = false;
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i] ?? "";
    if (w === "||" || w === "or") {
      groups.push([]);
    } else if (w === "!") negated = true;
    else if (w === "{") {
      const close = words.indexOf("}", i);
      groups.at(-1)?.push({ negated, inline: words.slice(i + 1, close < 0 ? undefined : close) });
      i = close < 0 ? words.length : close;
      negated = false;
    } else {
      const neg = w.startsWith("!");
      groups.at(-1)?.push({ negated: negated || neg, name: neg ? w.slice(1) : w });
      negated = false;
    }
  }
  return { unless: words[at] === "unless", groups };
}

/** ACL definitions of a proxy: name → the criteria of each `acl` line (several lines are OR-ed). */
export function acls(section: Section): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const d of find(section, "acl")) {
    const name = d.words[1];
    if (!name) continue;
    map.set(name, [...(map.get(name) ?? []), d.words.slice(2)]);
  }
  return map;
}

/** The criteria a term stands for (its ACL lines, or the inline ACL); predefined ACLs give []. */
export function criteria(term: Term, defined: Map<string, string[][]>): string[][] {
  if (term.inline) return [term.inline];
  return defined.get(term.name ?? "") ?? [];
}

export interface Server {
  name: string;
  line: number;
  words: string[];
  backend: Section;
}

export function servers(section: Section): Server[] {
  return find(section, "server").map((d) => ({ name: d.words[1] ?? "", line: d.line, words: d.words, backend: section }));
}

/** Value of a keyword argument on a server or bind line, e.g. `weight 0` → "0". */
export function argOf(words: string[], keyword: string): string | undefined {
  const i = words.indexOf(keyword);
  return i >= 0 ? words[i + 1] : undefined;
}
