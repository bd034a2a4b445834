/**
 * Secrets never reach a terminal or a report: credentials in URLs (`https://user:pass@host`),
 * `NAME=value` pairs whose name says secret, `sshpass -p`, and Authorization headers are masked
 * wherever configuration is echoed (errors, the verify banner, log-source descriptions).
 */
const MASK = "***";

const RULES: [RegExp, string][] = [
  // scheme://user:password@host -> scheme://user:***@host ; scheme://token@host -> scheme://***@host
  [/\b([a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+):([^/\s@]+)@/gi, `$1$2:${MASK}@`],
  [/\b([a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+)@/gi, `$1${MASK}@`],
  [/\b([A-Za-z0-9_-]*(?:pass(?:word|wd)?|token|secret|api[_-]?key|auth)[A-Za-z0-9_-]*)=("[^"]*"|'[^']*'|\S+)/gi, `$1=${MASK}`],
  [/\b(sshpass\s+-p)\s*\S+/g, `$1 ${MASK}`],
  [/\b(--?(?:password|passwd|token|secret))(\s+|=)\S+/gi, `$1$2${MASK}`],
  [/\b(authorization:\s*)(?:\w+\s+)?\S+/gi, `$1${MASK}`],
];

export function redact(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
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
