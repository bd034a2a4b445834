/**
 * Routing rules of the static review: WebSocket upgrades reach the gateway, from every browser
 * family and HTTP version (the ACLs evaluated against their requests, header-acl.ts), plain
 * requests do not, and no earlier host rule in the frontend shadows the rule sending to hal2_backend.
 * Production routes by headers (the page opens wss://host with no path), so the rules follow
 * HAProxy's own order: `use_backend` rules in file order, then `default_backend`.
 */

import { BROWSER_FAMILIES, type BrowserFamily, familyList, type HeaderView, type HttpPath, upgradeHeaders } from "./browser-requests.ts";
import { evaluateCondition, failingCriteria } from "./header-acl.ts";
import {
  acls,
  argOf,
  type Condition,
  condition as conditionOf,
  criteria,
  type Directive,
  effective,
  find,
  label,
  type ParsedConfig,
  type Section,
  type Server,
  servers,
  type Term,
} from "./review-config.ts";
import type { RuleFinding as Finding, ReviewOptions } from "./review-types.ts";

const HEADER_FETCH = /^(?:req\.)?f?hdr(?:_\w+)?\(\s*([\w-]+)\s*(?:,[^)]*)?\)$/i;
const SNI_FETCH = /^(?:ssl_fc_sni|req\.ssl_sni|ssl_sni)(?:_\w+)?$/i;

/** Pattern words of an ACL criterion: everything after the fetch except flags like `-i`, `-m sub`. */
function patterns(c: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < c.length; i++) {
    const w = c[i] ?? "";
    if (w === "-m" || w === "-f" || w === "-u" || w === "-M") i++;
    else if (!w.startsWith("-")) out.push(w);
  }
  return out;
}

const header = (c: string[]) => HEADER_FETCH.exec(c[0] ?? "")?.[1]?.toLowerCase();
const isUpgradeCriterion = (c: string[]) =>
  (header(c) === "upgrade" && patterns(c).some((p) => /websocket/i.test(p))) ||
  (header(c) === "connection" && patterns(c).some((p) => /upgrade/i.test(p)));
const hostPatterns = (c: string[]) => (header(c) === "host" || SNI_FETCH.test(c[0] ?? "") ? patterns(c) : undefined);

const isUpgradeTerm = (t: Term, defined: Map<string, string[][]>) => !t.negated && criteria(t, defined).some(isUpgradeCriterion);
const hostsOfTerm = (t: Term, defined: Map<string, string[][]>) =>
  t.negated ? undefined : criteria(t, defined).flatMap((c) => hostPatterns(c) ?? []);

/** True when the condition cannot hold for a request without upgrade headers. */
export function requiresUpgrade(cond: Condition | undefined, defined: Map<string, string[][]>): boolean {
  return !!cond && !cond.unless && cond.groups.every((g) => g.some((t) => isUpgradeTerm(t, defined)));
}

/** Host names the condition matches when it tests only the host (or SNI); undefined otherwise. */
function hostOnly(cond: Condition, defined: Map<string, string[][]>): string[] | undefined {
  if (cond.unless) return undefined;
  const hosts: string[] = [];
  for (const t of cond.groups.flat()) {
    const h = hostsOfTerm(t, defined);
    if (!h?.length) return undefined;
    hosts.push(...h);
  }
  return hosts;
}

const sameHost = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase().replace(/:\d+$/, ""), b.toLowerCase().replace(/:\d+$/, "")];
  return x === y || x.endsWith(`.${y.replace(/^\./, "")}`) || y.endsWith(`.${x.replace(/^\./, "")}`);
};

export interface Route {
  target: string;
  cond?: Condition;
  line: number;
  isDefault: boolean;
}

/** Where a frontend sends requests, in HAProxy's order of evaluation. */
export function routes(fe: Section): Route[] {
  const out: Route[] = find(fe, "use_backend").map((d) => ({
    target: d.words[1] ?? "",
    cond: conditionOf(d.words),
    line: d.line,
    isDefault: false,
  }));
  const def = effective(fe, "default_backend");
  if (def) out.push({ target: def.directive.words[1] ?? "", line: def.directive.line, isDefault: true });
  else if (fe.kind === "listen") out.push({ target: fe.name, line: fe.line, isDefault: true });
  return out;
}

export const frontends = (c: ParsedConfig) =>
  c.sections.filter((s) => (s.kind === "frontend" || s.kind === "listen") && find(s, "bind").length);
const backendNamed = (c: ParsedConfig, name: string) =>
  c.sections.find((s) => (s.kind === "backend" || s.kind === "listen") && s.name === name);
export const gatewayServers = (c: ParsedConfig, o: ReviewOptions) =>
  c.sections.flatMap((s) => (s.kind === "backend" || s.kind === "listen" ? servers(s) : [])).filter((s) => s.name === o.gatewayServer);

/** `use-server <gateway> if <upgrade ACLs>` inside the backend. */
const upgradeUseServer = (b: Section, o: ReviewOptions) =>
  find(b, "use-server").find((d) => d.words[1] === o.gatewayServer && requiresUpgrade(conditionOf(d.words), acls(b)));

export function upgradeRouted(c: ParsedConfig, o: ReviewOptions): Finding[] {
  if (!gatewayServers(c, o).length) {
    return [
      {
        severity: "error",
        message: `no server named \`${o.gatewayServer}\` in any backend: WebSocket upgrades cannot reach the gateway`,
      },
    ];
  }
  return frontends(c).flatMap((fe): Finding[] => {
    for (const r of routes(fe)) {
      const b = backendNamed(c, r.target);
      if (b && servers(b).some((s) => s.name === o.gatewayServer)) {
        if (requiresUpgrade(r.cond, acls(fe)) || upgradeUseServer(b, o)) return [];
      }
      if (!r.cond) break; // later rules are never reached
    }
    return [
      {
        severity: "error",
        section: label(fe),
        line: fe.line,
        message: `no rule sends WebSocket upgrades (\`Upgrade: websocket\`, \`Connection: upgrade\`) to server \`${o.gatewayServer}\`: expected \`use-server ${o.gatewayServer} if <upgrade ACLs>\` in the backend, or \`use_backend <gateway backend> if <upgrade ACLs>\``,
      },
    ];
  });
}

/** A server's weight: its own `weight`, else the last `default-server weight` of its backend or defaults. */
function weight(s: Server): number {
  const own = argOf(s.words, "weight");
  if (own !== undefined) return Number(own);
  for (let sec: Section | undefined = s.backend; sec; sec = sec.defaults) {
    const w = find(sec, "default-server")
      .map((d) => argOf(d.words, "weight"))
      .filter((x) => x !== undefined)
      .at(-1);
    if (w !== undefined) return Number(w);
  }
  return 1;
}

export function plainNotToGateway(c: ParsedConfig, o: ReviewOptions): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const fe of frontends(c)) {
    for (const r of routes(fe)) {
      const b = backendNamed(c, r.target);
      const gw = b && servers(b).find((s) => s.name === o.gatewayServer);
      if (!b || !gw || requiresUpgrade(r.cond, acls(fe)) || seen.has(b.name)) continue;
      seen.add(b.name);
      const balanced = servers(b).filter((s) => !s.words.includes("backup") && !s.words.includes("disabled") && weight(s) > 0);
      const algo = effective(b, "balance")?.directive.words[1] ?? "roundrobin";
      if (balanced.some((s) => s.name === gw.name)) {
        findings.push({
          severity: "error",
          section: label(b),
          line: gw.line,
          message: `plain requests reach backend \`${b.name}\` (${r.isDefault ? "default_backend" : `use_backend, line ${r.line}`}) and are balanced (${algo}) over ${balanced.map((s) => `\`${s.name}\``).join(" and ")}: the gateway server \`${o.gatewayServer}\` has weight ${weight(gw)}, so page and asset requests land on the WebSocket port. Give it \`weight 0\` or move it to a backend used only for upgrades`,
        });
      } else if (gw.words.includes("backup")) {
        findings.push({
          severity: "warning",
          section: label(b),
          line: gw.line,
          message: `\`${o.gatewayServer}\` is a backup server: plain requests go to the gateway whenever the static server is down`,
        });
      }
      for (const d of find(b, "use-server").filter(
        (u) => u.words[1] === o.gatewayServer && !requiresUpgrade(conditionOf(u.words), acls(b)),
      )) {
        findings.push({
          severity: "error",
          section: label(b),
          line: d.line,
          message: `\`${d.words.join(" ")}\` can send requests without upgrade headers to the gateway`,
        });
      }
    }
  }
  return findings;
}

export function hostAclShadowing(c: ParsedConfig, o: ReviewOptions): Finding[] {
  return frontends(c).flatMap((fe): Finding[] => {
    const rs = routes(fe);
    const defined = acls(fe);
    const site = rs.findIndex((r) => r.target === o.siteBackend);
    if (site < 0) return [];
    const siteRule = rs[site];
    const hosts = o.siteHost ? [o.siteHost] : siteRule?.cond ? (hostOnly(siteRule.cond, defined) ?? []) : [];
    const findings: Finding[] = [];
    for (const r of rs.slice(0, site)) {
      if (r.target === o.siteBackend) continue;
      const where = `\`use_backend ${r.target}\` (line ${r.line}) comes before the rule sending to \`${o.siteBackend}\` (line ${siteRule?.line})`;
      if (!r.cond) {
        findings.push({
          severity: "error",
          section: label(fe),
          line: r.line,
          message: `${where} and has no condition: \`${o.siteBackend}\` is never reached`,
        });
        continue;
      }
      const theirs = hostOnly(r.cond, defined);
      if (!theirs) continue;
      if (!hosts.length) {
        findings.push({
          severity: "warning",
          section: label(fe),
          line: r.line,
          message: `${where} and matches hosts ${theirs.join(", ")}; the site's host is unknown, so it may shadow it`,
        });
      } else if (theirs.some((h) => hosts.some((s) => sameHost(h, s)))) {
        findings.push({
          severity: "error",
          section: label(fe),
          line: r.line,
          message: `${where} and matches the same host (${theirs.join(", ")}): requests for the site never reach \`${o.siteBackend}\``,
        });
      }
    }
    return findings;
  });
}

interface UpgradeRoute {
  section: Section;
  rule: Directive;
  cond: Condition;
}

/** Where a config sends upgrades to the gateway: the rules whose condition requires upgrade headers, with the ACLs they see. */
function upgradeRoutesToGateway(c: ParsedConfig, o: ReviewOptions): UpgradeRoute[] {
  const out: UpgradeRoute[] = [];
  for (const s of c.sections) {
    if (hasGateway(s, o))
      for (const d of find(s, "use-server")) {
        const cond = conditionOf(d.words);
        if (d.words[1] === o.gatewayServer && cond && requiresUpgrade(cond, acls(s))) out.push({ section: s, rule: d, cond });
      }
  }
  for (const fe of frontends(c)) {
    for (const d of find(fe, "use_backend")) {
      const b = backendNamed(c, d.words[1] ?? "");
      const cond = conditionOf(d.words);
      if (b && hasGateway(b, o) && cond && requiresUpgrade(cond, acls(fe))) out.push({ section: fe, rule: d, cond });
    }
  }
  return out;
}

const hasGateway = (s: Section, o: ReviewOptions) => servers(s).some((x) => x.name === o.gatewayServer);

/** Whether a TLS bind offers h2 (its own `alpn`, else `ssl-default-bind-alpn`, else HAProxy 2.8+'s default). */
function offersH2(c: ParsedConfig, o: ReviewOptions): boolean {
  const global = c.sections.find((s) => s.kind === "global");
  const defaultAlpn = global ? find(global, "ssl-default-bind-alpn").at(-1)?.words[1] : undefined;
  const [major = 0, minor = 0] = (o.haproxyVersion ?? "").split(".").map(Number);
  const builtIn = major > 2 || (major === 2 && minor >= 8) ? "h2,http/1.1" : undefined;
  return frontends(c).some((fe) =>
    find(fe, "bind").some(
      (d) => d.words.includes("ssl") && (argOf(d.words, "alpn") ?? defaultAlpn ?? builtIn ?? "").split(",").includes("h2"),
    ),
  );
}

/** The ACL lines (or inline ACLs) behind the criteria a browser's request fails, quoted with their place. */
function quoteFailing(routes: UpgradeRoute[], request: HeaderView): string {
  return [...new Set(routes.flatMap((r) => quoteRoute(r, request)))].join(" and ");
}

function quoteRoute(route: UpgradeRoute, request: HeaderView): string[] {
  const defined = acls(route.section);
  const quoted = failingCriteria(route.cond, defined, request).map(({ term, criterion }) => {
    if (term.inline) return `\`{ ${criterion.join(" ")} }\` (${label(route.section)}, line ${route.rule.line})`;
    const acl = find(route.section, "acl").find((d) => d.words[1] === term.name && d.words.slice(2).join(" ") === criterion.join(" "));
    return `\`${(acl?.words ?? ["acl", term.name ?? "", ...criterion]).join(" ")}\` (${label(route.section)}${acl ? `, line ${acl.line}` : ""})`;
  });
  return quoted.length ? quoted : [`\`${route.rule.words.join(" ")}\` (${label(route.section)}, line ${route.rule.line})`];
}

const TOKEN_ADVICE =
  "match the `upgrade` token, whatever else the header holds and in any case: `hdr(Connection) -i upgrade` (hdr() tries each comma-separated value) or `hdr(Connection) -i -m sub upgrade`";

const show = (h: HeaderView, name: string) => `\`${name}: ${(h.get(name.toLowerCase()) ?? ["(absent)"]).join(", ")}\``;

/** "Chromium and Safari send `Connection: Upgrade`, Firefox sends `Connection: keep-alive, Upgrade`". */
function whatTheySend(families: readonly BrowserFamily[]): string {
  const byValue = new Map<string, string[]>();
  for (const f of families) byValue.set(f.connection, [...(byValue.get(f.connection) ?? []), f.name]);
  return [...byValue]
    .map(([value, names]) => `${familyList(names)} ${names.length > 1 ? "send" : "sends"} \`Connection: ${value}\``)
    .join(", ");
}

/**
 * Every browser family's upgrade must satisfy a rule that sends upgrades to the gateway, over
 * HTTP/1.1 and, where the bind offers h2, over HTTP/2 (browser-requests.ts says what each sends
 * and what HAProxy's ACLs see). An error names the families that cannot connect; a warning, a
 * condition that fails Firefox's header as sent and holds only because HAProxy drops
 * `keep-alive` from it first. On HAProxy 2.x every HTTP/1.1 family reaches the ACLs with the same
 * `Connection: Upgrade`, so what tells families apart is the HTTP version each one uses.
 */
export function upgradeAnyBrowser(c: ParsedConfig, o: ReviewOptions): Finding[] {
  const routes = upgradeRoutesToGateway(c, o);
  const primary = routes[0];
  if (!primary) return []; // upgrade-routed reports it
  const served = (request: HeaderView) => routes.some((r) => evaluateCondition(r.cond, acls(r.section), request) !== false);
  const at = { section: label(primary.section), line: primary.rule.line };
  const paths: HttpPath[] = offersH2(c, o) ? ["HTTP/1.1", "HTTP/2"] : ["HTTP/1.1"];
  return paths.flatMap((path): Finding[] => {
    const families = BROWSER_FAMILIES.filter((f) => path === "HTTP/1.1" || f.http2);
    const failing = families.filter((f) => !served(upgradeHeaders(f, path)));
    const lucky = path === "HTTP/1.1" ? families.filter((f) => !failing.includes(f) && !served(upgradeHeaders(f, path, "raw"))) : [];
    const findings: Finding[] = [];
    if (failing[0]) {
      const seen = upgradeHeaders(failing[0], path);
      const sent =
        path === "HTTP/2"
          ? `over HTTP/2 HAProxy presents the extended CONNECT to its ACLs as ${show(seen, "connection")} and ${show(seen, "upgrade")}, headers it writes itself`
          : `${whatTheySend(failing)}, which HAProxy's ACLs see as ${show(seen, "Connection")}`;
      findings.push({
        severity: "error",
        ...at,
        message: `${familyList(failing.map((f) => f.name))} users cannot connect over ${path}: ${quoteFailing(routes, seen)} does not match their upgrade request (${sent}); ${TOKEN_ADVICE}`,
      });
    }
    if (lucky[0]) {
      findings.push({
        severity: "warning",
        ...at,
        message: `${quoteFailing(routes, upgradeHeaders(lucky[0], path, "raw"))} does not hold for the upgrade as ${whatTheySend(lucky).replace(/ sends? /, " sends it: ")}; it is routed only because HAProxy 2.x drops \`keep-alive\` from Connection before any ACL runs (measured on 2.6.12), and the same rule where the header arrives unchanged fails ${familyList(lucky.map((f) => f.name))} users; better ${TOKEN_ADVICE}`,
      });
    }
    return findings;
  });
}
