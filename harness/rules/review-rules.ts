/**
 * Rules of the static review that judge timeouts, ALPN and options (routing rules live in
 * review-routing.ts; the table of all rules, with their checklist items, in review-table.ts). Each finding says why it
 * matters for HAL's WebSockets, because `haproxy -c` accepts all of these configs.
 */

import { formatDuration } from "../config/duration.ts";
import { effective, effectiveTimeout, find, isProxy, label, type ParsedConfig, type Section } from "./review-config.ts";
import { frontends, gatewayServers } from "./review-routing.ts";
import type { RuleFinding as Finding, Rule } from "./review-types.ts";

const proxies = (c: ParsedConfig) => c.sections.filter(isProxy);

/** Idle WebSockets live in HAProxy's tunnel state, where only `timeout tunnel` applies. */
export const tunnelTimeout: Rule = (c, o) => {
  const gw = [...new Set(gatewayServers(c, o).map((s) => s.backend))];
  const carriers = gw.length ? gw : proxies(c).filter((s) => s.kind !== "frontend" && find(s, "server").length);
  return carriers.flatMap((b): Finding[] => {
    const t = effectiveTimeout(b, "tunnel");
    const soak = formatDuration(o.longestSoakMs);
    if (t === undefined) {
      const client = effectiveTimeout(b, "client");
      const server = effectiveTimeout(b, "server");
      const fallback = [client && `timeout client ${formatDuration(client)}`, server && `timeout server ${formatDuration(server)}`]
        .filter(Boolean)
        .join(" / ");
      return [
        {
          severity: "error",
          section: label(b),
          line: b.line,
          message: `no \`timeout tunnel\` applies to \`${b.name}\`: idle WebSockets fall back to ${fallback || "no timeout at all"}, which must cover the longest soak (${soak})`,
        },
      ];
    }
    if (t < o.longestSoakMs) {
      const where = effective(b, "timeout", "tunnel");
      return [
        {
          severity: "error",
          section: where ? label(where.from) : label(b),
          line: where?.directive.line,
          message: `\`timeout tunnel ${formatDuration(t)}\` for \`${b.name}\` is shorter than the longest soak (${soak}); the gateway's 20 s pings hide this from behavioural checks`,
        },
      ];
    }
    return [];
  });
};

const versionAtLeast = (v: string | undefined, major: number, minor: number) => {
  const [a = 0, b = 0] = (v ?? "").split(".").map(Number);
  return a > major || (a === major && b >= minor);
};

/** Without h2 in ALPN, clients negotiate HTTP/1.1 and the checklist's `HTTP/2 200` cannot hold. */
export const alpnH2: Rule = (c, o) => {
  if (!o.expectHttp2) return [];
  const global = c.sections.find((s) => s.kind === "global");
  const defaultAlpn = global ? find(global, "ssl-default-bind-alpn").at(-1)?.words[1] : undefined;
  const binds = frontends(c).flatMap((fe) =>
    find(fe, "bind")
      .filter((d) => d.words.includes("ssl"))
      .map((d) => ({ fe, d })),
  );
  if (!binds.length) return [{ severity: "error", message: "no TLS bind line (`bind ... ssl crt ...`): HTTPS with HTTP/2 is expected" }];
  return binds.flatMap(({ fe, d }): Finding[] => {
    const i = d.words.indexOf("alpn");
    const alpn = i >= 0 ? d.words[i + 1] : defaultAlpn;
    if (alpn === undefined) {
      // HAProxy 2.8 made h2,http/1.1 the default ALPN of HTTPS binds; older versions offer none.
      const newer = versionAtLeast(o.haproxyVersion, 2, 8);
      return [
        {
          severity: newer ? "warning" : "error",
          section: label(fe),
          line: d.line,
          message: `TLS bind line has no \`alpn h2,http/1.1\`: ${newer ? "HAProxy 2.8+ offers h2 by default, but say so explicitly" : "clients negotiate HTTP/1.1, so the checklist's `HTTP/2 200` does not hold"}`,
        },
      ];
    }
    if (!alpn.split(",").includes("h2"))
      return [
        {
          severity: "error",
          section: label(fe),
          line: d.line,
          message: `TLS bind line offers \`alpn ${alpn}\` without h2: no HTTP/2`,
        },
      ];
    return [];
  });
};

/** Options that exclude each other: HAProxy silently keeps only the last, so one of them is a lie. */
const EXCLUSIVE = [
  { what: "HTTP connection mode", members: ["http-keep-alive", "http-server-close", "httpclose", "forceclose", "http-tunnel"] },
  { what: "log format", members: ["httplog", "tcplog", "httpslog"] },
];

const HTTP_MODES = new Set(EXCLUSIVE[0]?.members);

/** The connection mode a proxy runs with: its own last mode option, else its defaults'. */
function httpMode(s: Section): string | undefined {
  for (let x: Section | undefined = s; x; x = x.defaults) {
    const mode = find(x, "option")
      .map((d) => d.words[1] ?? "")
      .filter((w) => HTTP_MODES.has(w))
      .at(-1);
    if (mode) return mode;
  }
  return undefined;
}

export const noContradictions: Rule = (c) => {
  const findings: Finding[] = [];
  for (const s of c.sections.filter((x) => x.kind !== "global" && x.kind !== "other")) {
    const on = find(s, "option");
    for (const group of EXCLUSIVE) {
      const set = on.filter((d) => group.members.includes(d.words[1] ?? ""));
      if (new Set(set.map((d) => d.words[1])).size > 1) {
        findings.push({
          severity: "error",
          section: label(s),
          line: set.at(-1)?.line,
          message: `${set.map((d) => `\`option ${d.words[1]}\` (line ${d.line})`).join(" and ")} contradict each other (${group.what}); HAProxy keeps only the last`,
        });
      }
    }
    for (const d of find(s, "no", "option")) {
      const yes = on.find((x) => x.words[1] === d.words[2]);
      if (yes)
        findings.push({
          severity: "error",
          section: label(s),
          line: d.line,
          message: `\`option ${d.words[2]}\` (line ${yes.line}) and \`no option ${d.words[2]}\` (line ${d.line}) in the same section`,
        });
    }
    if (effective(s, "mode")?.directive.words[1] === "tcp" && on.some((d) => d.words[1] === "httplog")) {
      findings.push({
        severity: "warning",
        section: label(s),
        line: s.line,
        message: "`option httplog` in `mode tcp`: HAProxy falls back to tcplog",
      });
    }
  }
  return findings.concat(frontendBackendModes(c));
};

/** A frontend and the backend it routes to asking for different connection modes: the more closing one wins. */
function frontendBackendModes(c: ParsedConfig): Finding[] {
  const out: Finding[] = [];
  for (const fe of frontends(c)) {
    const feMode = httpMode(fe);
    for (const d of [...find(fe, "use_backend"), ...find(fe, "default_backend")]) {
      const be = c.sections.find((s) => s.kind === "backend" && s.name === d.words[1]);
      const beMode = be && httpMode(be);
      if (be && feMode && beMode && feMode !== beMode) {
        out.push({
          severity: "warning",
          section: label(be),
          line: be.line,
          message: `frontend \`${fe.name}\` uses \`option ${feMode}\` but backend \`${be.name}\` \`option ${beMode}\`: HAProxy applies the more closing one`,
        });
      }
    }
  }
  return out;
}

/** Timeouts HAProxy ignores in a section without the side they govern (it only warns about them). */
const FRONTEND_ONLY = new Set(["client", "client-fin"]);
const BACKEND_ONLY = new Set(["server", "server-fin", "connect", "queue", "tunnel", "check"]);

export const noIgnoredTimeouts: Rule = (c) =>
  c.sections.flatMap((s) =>
    find(s, "timeout").flatMap((d): Finding[] => {
      const which = d.words[1] ?? "";
      const ignored = (s.kind === "backend" && FRONTEND_ONLY.has(which)) || (s.kind === "frontend" && BACKEND_ONLY.has(which));
      if (!ignored) return [];
      const side = s.kind === "backend" ? "frontend" : "backend";
      return [
        {
          severity: "error",
          section: label(s),
          line: d.line,
          message: `\`timeout ${which} ${d.words[2] ?? ""}\` in ${label(s)} is ignored: it governs the ${side} side, so the value actually used comes from the ${side} or defaults`,
        },
      ];
    }),
  );
