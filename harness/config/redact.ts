/**
 * Secrets never reach a terminal or a report. Two layers:
 *
 * - `redact(text)`: masks what *looks* like a secret wherever configuration is echoed: credentials
 *   in URLs, `NAME=value` pairs whose name says secret, `--password x` / `--token=x` style
 *   options, `curl -u user:pass`, `sshpass -p`, secret-bearing headers (Authorization, Cookie,
 *   X-Api-Key ...), bearer tokens and secret query parameters.
 * - `secretsIn(text)`: the values those rules would mask, so that a run can mask them wherever
 *   they reappear later (a log source's stderr, a trace, an error message): secrets.ts.
 *
 * Each rule names the group that holds the secret; everything around it is kept, so the masked
 * text still says what was configured.
 */
export const MASK = "***";

interface Rule {
  pattern: RegExp;
  /** Index of the capture group holding the secret value. */
  secret: number;
}

const QUOTED_OR_WORD = String.raw`("[^"]*"|'[^']*'|[^\s'"&]+)`;
const SECRET_HEADERS = `(?:proxy-)?authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token|private-token|x-vault-token`;

const RULES: Rule[] = [
  // scheme://user:password@host -> scheme://user:***@host
  { pattern: /\b([a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+):([^/\s@]+)@/gi, secret: 3 },
  // scheme://token@host -> scheme://***@host (a bare userinfo in a URL is how tokens are passed)
  { pattern: /\b([a-z][a-z0-9+.-]*:\/\/)()([^/\s:@]+)@/gi, secret: 3 },
  // NAME=value where the name says secret (env assignments, key=value options)
  {
    pattern: new RegExp(
      String.raw`\b([A-Za-z0-9_-]*(?:pass(?:word|wd)?|token|secret|api[_-]?key|auth|credentials?)[A-Za-z0-9_-]*)(=)${QUOTED_OR_WORD}`,
      "gi",
    ),
    secret: 3,
  },
  // --password x, --token=x, -p x after sshpass; the option may follow a space, never needs \b.
  {
    pattern: new RegExp(
      String.raw`(^|\s)(--?(?:password|passwd|pass|token|secret|api-key|apikey|auth-token|bearer|access-token))(\s+|=)${QUOTED_OR_WORD}`,
      "gi",
    ),
    secret: 4,
  },
  { pattern: new RegExp(String.raw`(\bsshpass\s+-p)(\s*)()${QUOTED_OR_WORD}`, "g"), secret: 4 },
  // curl -u user:pass, --user=user:pass (only user:pass pairs: `journalctl -u haproxy` is not one)
  { pattern: /(^|\s)(-u|--user)(\s+|=)(['"]?[^\s:'"]+:)([^\s'"]+)/g, secret: 5 },
  // Authorization: Bearer x, Cookie: a=b; c=d, X-Api-Key: x (up to the end of a quote or line)
  { pattern: new RegExp(String.raw`\b(${SECRET_HEADERS})(\s*:\s*)()([^'"\r\n]+)`, "gi"), secret: 4 },
  // A bearer token anywhere else
  { pattern: /\b(Bearer)(\s+)()([A-Za-z0-9._~+/=-]{8,})/g, secret: 4 },
  // ?token=x&sig=y
  { pattern: /([?&])(access_token|token|api_key|apikey|key|password|sig|signature)(=)([^&\s'"#]+)/gi, secret: 4 },
];

/** Every match's secret span, found with the `d` flag's group indices. */
function secretSpans(text: string, { pattern, secret }: Rule): [number, number][] {
  const withIndices = new RegExp(pattern.source, `${pattern.flags.replace("d", "")}d`);
  const spans: [number, number][] = [];
  for (const m of text.matchAll(withIndices)) {
    const span = m.indices?.[secret];
    if (span && span[1] > span[0]) spans.push([span[0], span[1]]);
  }
  return spans;
}

export function redact(text: string): string {
  let out = text;
  for (const rule of RULES) {
    // From the end, so earlier spans keep their offsets.
    for (const [from, to] of secretSpans(out, rule).reverse()) out = `${out.slice(0, from)}${MASK}${out.slice(to)}`;
  }
  return out;
}

/** The secret values `redact` would mask in `text`, unquoted: to be masked wherever they reappear. */
export function secretsIn(text: string): string[] {
  const found: string[] = [];
  for (const rule of RULES) {
    for (const [from, to] of secretSpans(text, rule)) {
      const value = text
        .slice(from, to)
        .replace(/^(["'])([\s\S]*)\1$/, "$2")
        .trim();
      if (!value) continue;
      found.push(value);
      // "Bearer xyz", "Basic abc": the credential after the scheme is a secret of its own.
      const credential = /^(?:Bearer|Basic|Token|Digest)\s+(\S+)$/i.exec(value)?.[1];
      if (credential) found.push(credential);
      // "a=b; c=d" (a cookie): each value is a secret of its own.
      for (const pair of value.split(/;\s*/)) {
        const cookie = /^[^=\s]+=(.+)$/.exec(pair)?.[1];
        if (cookie && cookie !== value) found.push(cookie);
      }
    }
  }
  return [...new Set(found)];
}

/** The URL without its credentials: what may be shown, navigated to and written to reports. */
export function withoutCredentials(url: string): string {
  const u = new URL(url);
  u.username = "";
  u.password = "";
  return u.href;
}

/** Credentials from a URL, for Playwright's httpCredentials (never printed). */
export function credentialsOf(url: string): { username: string; password: string } | undefined {
  const u = new URL(url);
  if (!u.username && !u.password) return undefined;
  return { username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}
