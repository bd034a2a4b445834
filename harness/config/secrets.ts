/**
 * The secrets of a run, known by value: the target's password (with the forms it travels in:
 * the base64 of `user:password` a browser sends, its URL encoding) and whatever the log-source
 * commands carry (tokens, cookies, `-u user:pass`). `mask` replaces every one of them wherever
 * it reappears, then applies `redact` for what only looks like a secret. Every output boundary
 * of a run goes through it: the verify banner and relay, the job summary, and the scrubbing
 * reporter that cleans attachments, traces and errors before any other reporter sees them.
 */
import { MASK, redact, secretsIn } from "./redact.ts";

/** Shorter values are not masked by value (they would mask ordinary words); `redact` still applies. */
const MIN_SECRET_LENGTH = 4;

export class Secrets {
  readonly #values: string[];

  constructor(values: Iterable<string>) {
    const unique = new Set([...values].filter((v) => v.length >= MIN_SECRET_LENGTH && v !== MASK));
    // Longest first: a secret that contains another is masked whole.
    this.#values = [...unique].sort((a, b) => b.length - a.length);
  }

  get size(): number {
    return this.#values.length;
  }

  /** Every known secret replaced by the mask, then anything that looks like one. */
  mask(text: string): string {
    let out = text;
    for (const v of this.#values) out = out.replaceAll(v, MASK);
    return redact(out);
  }

  /** Whether `text` still holds a known secret (for tests and for a last check before writing). */
  leaks(text: string): string[] {
    return this.#values.filter((v) => text.includes(v));
  }

  /** Known secrets in a binary buffer (a trace's resources), each replaced by as many `*`; undefined when none. */
  maskBytes(buffer: Buffer): Buffer | undefined {
    let out: Buffer | undefined;
    for (const value of this.#values) {
      const secret = Buffer.from(value, "utf8");
      let at = (out ?? buffer).indexOf(secret);
      while (at >= 0) {
        out ??= Buffer.from(buffer);
        out.fill("*", at, at + secret.length);
        at = out.indexOf(secret, at + secret.length);
      }
    }
    return out;
  }
}

/** A password and the forms it is sent in: raw, URL-encoded, and inside HTTP basic's base64. */
export function credentialForms(username: string, password: string): string[] {
  if (!password) return [];
  const basic = Buffer.from(`${username}:${password}`).toString("base64");
  return [password, encodeURIComponent(password), `${username}:${password}`, basic, `Basic ${basic}`];
}

export interface SecretSources {
  /** Values known to be secrets as they are. */
  extra?: string[];
  /** The target URL as configured, credentials included. */
  targetUrl?: string;
  /** Other configured values that may carry secrets (log-source commands, bypass URLs). */
  values?: (string | undefined)[];
}

export function secretsOf({ targetUrl, values = [], extra = [] }: SecretSources): Secrets {
  const found: string[] = [...extra];
  if (targetUrl) {
    const u = new URL(targetUrl);
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    found.push(...credentialForms(user, password));
    // A bare userinfo (https://token@host) is a token.
    if (user && !password) found.push(user, u.username);
  }
  for (const v of values) if (v) found.push(...secretsIn(v));
  return new Secrets(found);
}

/** The secrets a configured run carries: the target's credentials and whatever its log sources and bypass URLs hold. */
export function secretsOfConfig(config: {
  HAL_TARGET_URL?: string;
  HAL_STACK_BASIC_AUTH?: { username: string; password: string };
  HAL_WS_URL?: string;
  HAL_STATIC_URL?: string;
  HAL_GATEWAY_URL?: string;
  HAL_HAPROXY_LOG?: { kind: string; command?: string; path?: string };
  HAL_GATEWAY_LOG?: { kind: string; command?: string; path?: string };
}): Secrets {
  const command = (s?: { command?: string }) => s?.command;
  const stack = config.HAL_STACK_BASIC_AUTH;
  const forms = stack ? credentialForms(stack.username, stack.password) : [];
  return secretsOf({
    extra: forms,
    targetUrl: config.HAL_TARGET_URL,
    values: [
      config.HAL_WS_URL,
      config.HAL_STATIC_URL,
      config.HAL_GATEWAY_URL,
      command(config.HAL_HAPROXY_LOG),
      command(config.HAL_GATEWAY_LOG),
    ],
  });
}
