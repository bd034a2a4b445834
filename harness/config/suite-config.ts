/**
 * The suite's configuration: dotenv + environment, typed and validated in one place. A bad
 * value is one clear error naming the variable, raised when the Playwright config loads,
 * before any stack or browser starts. Values that may hold secrets are redacted in errors.
 *
 * HAL_TARGET_URL switches the target: unset, the suite starts the reference stack; set, it
 * verifies that deployment read-only and starts nothing locally (harness/stack/target.ts).
 */
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import dotenv from "dotenv";
import { z } from "zod";
import { PAGE_GENERATIONS } from "../../reference-impl/page/generations.ts";
import { FAULT_NAMES, isFaultName } from "../faults/catalogue.ts";
import { HAPROXY_LOG_MODES } from "../haproxy/render.ts";
import { type HostMapping, parseResolve } from "../infra/resolve.ts";
import { parseLogSource } from "../logs/log-sources.ts";
import { CONTRACT_VARIABLES, type ContractVariable } from "../page/contract-config.ts";
import { REPORTS_DIR } from "../paths.ts";
import { reportsDirProblem } from "../report/reports-dir.ts";
import { formatDuration, parseDuration } from "./duration.ts";
import { redact } from "./redact.ts";

/**
 * `.env` in the current directory, loaded once (values already in the environment win). Which
 * variables came from the file is kept: a production target from `.env` is read by `verify`
 * alone, never by a plain test run (harness/config/production-entry.ts).
 */
const environmentBefore = new Set(Object.keys(process.env));
const DOTENV_PATH = resolve(".env");
const fromDotenv = dotenv.config({ path: DOTENV_PATH, quiet: true }).parsed ?? {};
/** The variables this process took from `.env` (not already in its environment). */
export const DOTENV_VARIABLES: ReadonlySet<string> = new Set(Object.keys(fromDotenv).filter((k) => !environmentBefore.has(k)));
export { DOTENV_PATH };

/** Where a variable's value came from, for errors that must say so. */
export function sourceOf(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env[name] === undefined) return undefined;
  return env === process.env && DOTENV_VARIABLES.has(name) ? `.env (${DOTENV_PATH})` : "the environment";
}

/** The longest soak accepted: a day. Anything longer is a typo ("100000h"), not a plan. */
export const MAX_SOAK_MS = 24 * 60 * 60 * 1000;

const msBudget = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Wraps a parser that throws into a zod transform whose issue carries the parser's message. */
function parsed<T>(parse: (value: string) => T) {
  return z.string().transform((value, ctx): T => {
    try {
      return parse(value);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message });
      return z.NEVER;
    }
  });
}

const url = (protocols: string[]) =>
  parsed((value) => {
    const u = new URL(value);
    if (!protocols.includes(u.protocol)) throw new Error(`must be a ${protocols.join(" or ")} URL`);
    return u.href;
  });

/** "10m", "90s", "1h", "1500ms": a unit is required, so "10" is not silently 10 ms. */
function durationSetting(value: string): number {
  const n = parseDuration(value);
  if (n === undefined || !(n > 0)) throw new Error('must be a duration with a unit, e.g. "30s", "10m", "1h"');
  return n;
}

function readCaFile(path: string): { path: string; pem: string } {
  existingFile(path);
  const pem = readFileSync(path, "utf8");
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error(`"${path}" holds no PEM certificate`);
  for (const b of blocks) new X509Certificate(b);
  return { path, pem };
}

/** An absolute directory for every report of a run; it may not exist yet, but must be able to (reports-dir.ts). */
function reportsDirectory(path: string): string {
  const problem = reportsDirProblem(path);
  if (problem) throw new Error(problem);
  return resolve(path);
}

function existingFile(path: string): string {
  if (!existsSync(path)) throw new Error(`file "${path}" does not exist`);
  if (!statSync(path).isFile()) throw new Error(`"${path}" is not a file (a directory?)`);
  return path;
}

function basicCredentials(value: string): { username: string; password: string } {
  const colon = value.indexOf(":");
  if (colon < 1 || colon === value.length - 1) throw new Error("must be user:password");
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

function soakDuration(value: string): number {
  const n = durationSetting(value);
  if (n > MAX_SOAK_MS) throw new Error(`must be at most 24h (a longer soak is a typo, not a plan); got ${formatDuration(n)}`);
  return n;
}

/** HAL_EXPECT_* and HAL_SELECTOR_*: overrides of HAL's page contract (page-contract-config.ts). */
const contractShape = Object.fromEntries(Object.keys(CONTRACT_VARIABLES).map((name) => [name, z.string().min(1).optional()])) as {
  [K in ContractVariable]: z.ZodOptional<z.ZodString>;
};

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const Schema = z
  .object({
    /** Chromium executable; default: Playwright's, else Debian's chromium. */
    HAL_CHROMIUM_PATH: parsed(existingFile).optional(),
    /** HAProxy binary for the processes runtime (default: haproxy on PATH, else /usr/sbin/haproxy). */
    HAL_HAPROXY_BIN: z.string().min(1).optional(),
    /** Where the reference stack runs: containers when a Docker engine answers, else processes. */
    HAL_RUNTIME: z.enum(["auto", "processes", "containers"]).default("auto"),
    /** A seeded fault of the reference stack (harness/faults/catalogue.ts), e.g. gateway-down. */
    HAL_FAULT: z
      .string()
      .min(1)
      .optional()
      .superRefine((name, ctx) => {
        if (name !== undefined && !isFaultName(name))
          ctx.addIssue({ code: "custom", message: `is not a known fault; known: ${FAULT_NAMES.join(", ")}` });
      }),
    /** Run the real 5/10/60-minute soaks (@soak) too; `npm run soak` sets it. */
    HAL_SOAK_TESTS: flag,
    /**
     * Refuse unverified items: every SKIP of a checkable item fails the run (exit 1), in
     * `verify --strict` and any Playwright run. The nightly soak sets it.
     */
    HAL_STRICT: flag,
    /** `npm run stack:up` only: one more name for the stack's certificate, and where to write it (PEM). */
    HAL_STACK_HOSTNAME: z.string().min(1).optional(),
    HAL_STACK_CERT_OUT: z.string().min(1).optional(),
    /** `user:password`: the reference stack asks for HTTP basic authentication, as some deployments do. */
    HAL_STACK_BASIC_AUTH: parsed(basicCredentials).optional(),
    /** Internal: where the read-only guard's canary leaves its marker (tests/production). */
    HAL_GUARD_CANARY_MARKER: z.string().min(1).optional(),
    /**
     * How the reference stack's HAProxy logs: `syslog` (default) as production does, into a file
     * of rsyslog's traditional lines that checks read like production's; `stdout`: raw lines.
     */
    HAL_HAPROXY_LOG_MODE: z.enum(HAPROXY_LOG_MODES).default("syslog"),
    /** Which generation of HAL's page the reference stack serves; unset: both, one project each. */
    HAL_PAGE: z
      .enum(PAGE_GENERATIONS, { error: `must be one of ${PAGE_GENERATIONS.join(", ")} (unset: both generations, one project each)` })
      .optional(),
    /** Checklist budgets (ms): status shows Connected! / a reply to "hello" / any reply. */
    HAL_CONNECT_BUDGET_MS: msBudget(3000),
    HAL_HELLO_REPLY_BUDGET_MS: msBudget(3000),
    HAL_REPLY_BUDGET_MS: msBudget(5000),
    /** Soak duration in ms, from "30s", "10m", "1h". Short by default so `npm test` stays practical. */
    HAL_SOAK: parsed(soakDuration).default(30_000),

    /** The deployment to verify (production target). Unset: the reference stack. */
    HAL_TARGET_URL: url(["https:", "http:"]).optional(),
    /** WebSocket URL; default derived from the page URL as the page does (same origin, no path). */
    HAL_WS_URL: url(["wss:", "ws:"]).optional(),
    /** Direct bypass URLs for diagnosis (static server, gateway), when reachable. */
    HAL_STATIC_URL: url(["http:", "https:"]).optional(),
    HAL_GATEWAY_URL: url(["ws:", "wss:"]).optional(),
    /** Log sources: a file path, or a shell command (`cmd:...` or any value with spaces). */
    HAL_HAPROXY_LOG: parsed(parseLogSource).optional(),
    HAL_GATEWAY_LOG: parsed(parseLogSource).optional(),
    /**
     * What of a production log a report holds: `own` (default) the run's own lines, other
     * clients' left out and addresses masked; `full` every line as written, history included.
     */
    HAL_LOG_EXCERPTS: z.enum(["own", "full"]).default("own"),
    /** A copy of the deployment's haproxy.cfg for the static review. */
    HAL_HAPROXY_CONFIG: parsed(existingFile).optional(),
    /** PEM file of the CA (or self-signed certificate) that signs the target's certificate. */
    HAL_CA_FILE: parsed(readCaFile).optional(),
    /** curl-style host mappings `host:port:addr`, comma separated. */
    HAL_RESOLVE: parsed(parseResolve).default([] as HostMapping[]),
    /** Most concurrent sessions or requests in flight a check may put on a production target. */
    HAL_LOAD_CAP: z.coerce.number().int().positive().max(50).default(3),
    /** Where every report of a run goes (HTML, JUnit, Allure results, checklist.*), as an absolute path. */
    HAL_REPORTS_DIR: parsed(reportsDirectory).default(resolve(REPORTS_DIR)),
    ...contractShape,
  })
  .superRefine((c, ctx) => {
    if (c.HAL_TARGET_URL) {
      for (const issue of productionConflicts(c)) ctx.addIssue({ code: "custom", ...issue });
      return;
    }
    const productionOnly = [
      "HAL_WS_URL",
      "HAL_STATIC_URL",
      "HAL_GATEWAY_URL",
      "HAL_HAPROXY_LOG",
      "HAL_GATEWAY_LOG",
      "HAL_CA_FILE",
    ] as const;
    for (const name of productionOnly) {
      if (c[name] !== undefined)
        ctx.addIssue({ code: "custom", path: [name], message: "applies only to a production target: set HAL_TARGET_URL too" });
    }
    if (c.HAL_RESOLVE.length)
      ctx.addIssue({ code: "custom", path: ["HAL_RESOLVE"], message: "applies only to a production target: set HAL_TARGET_URL too" });
  });

type Parsed = z.infer<typeof Schema>;

/**
 * What must never be combined with a production target: settings that act on the reference
 * stack (a seeded fault, the long soak tests, a runtime, a page generation) would either be
 * ignored silently or, worse, be meant for a stack the user thinks is local; and credentials
 * over plain HTTP travel in cleartext.
 */
function productionConflicts(c: Parsed): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = [];
  const referenceOnly = (name: string, what: string) =>
    out.push({
      path: [name],
      message: `applies only to the reference stack (${what}), never to a production target (HAL_TARGET_URL is set)`,
    });
  if (c.HAL_PAGE) referenceOnly("HAL_PAGE", "a page generation (a production target serves the page it has deployed)");
  if (c.HAL_FAULT) referenceOnly("HAL_FAULT", "a seeded fault");
  if (c.HAL_SOAK_TESTS) referenceOnly("HAL_SOAK_TESTS", "the long soak tests (use `verify --soak` for a production soak)");
  if (c.HAL_RUNTIME !== "auto") referenceOnly("HAL_RUNTIME", "a runtime");
  if (c.HAL_STACK_BASIC_AUTH)
    referenceOnly("HAL_STACK_BASIC_AUTH", "basic authentication of the reference stack (put credentials in the target URL)");
  const target = new URL(c.HAL_TARGET_URL ?? "");
  if (target.protocol === "http:" && (target.username || target.password))
    out.push({
      path: ["HAL_TARGET_URL"],
      message: "carries credentials over http://: the password would cross the network in cleartext (use https://)",
    });
  return out;
}

export type SuiteConfig = Parsed;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** This process's own configuration, parsed once (see loadConfig). */
let processConfig: SuiteConfig | undefined;

/**
 * The configuration of `env`, validated. The process's own environment is parsed once and the
 * result shared by every caller (the Playwright config, its reporters, global setup, each
 * worker's fixtures): one process, one configuration. Any other `env` (a unit test's, the one
 * `verify` builds for its child run) is parsed each time. A refused configuration is never kept.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SuiteConfig {
  if (env !== process.env) return validated(env);
  processConfig ??= validated(env);
  return processConfig;
}

function validated(env: NodeJS.ProcessEnv): SuiteConfig {
  const result = Schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const name = String(i.path[0]);
    const fromFile = sourceOf(name, env)?.startsWith(".env") ? ` from ${sourceOf(name, env)}` : "";
    const got = env[name] === undefined ? "unset" : `got ${JSON.stringify(redact(String(env[name])))}${fromFile}`;
    return `  ${name}: ${i.message} (${got})`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}\nSee .env.example for every variable.`);
}

export function isProduction(config: SuiteConfig): boolean {
  return config.HAL_TARGET_URL !== undefined;
}

/** The WebSocket URL the page opens: `ws(s)://<host>` of its own location, no path (HAL_SYSTEM.md). */
export function derivedWsUrl(pageUrl: string): string {
  const u = new URL(pageUrl);
  return `${u.protocol === "https:" ? "wss" : "ws"}://${u.host}`;
}

/** The load a check may apply: the configured cap in production, unbounded on the reference stack. */
export function loadCap(config: SuiteConfig): number {
  return isProduction(config) ? config.HAL_LOAD_CAP : Number.POSITIVE_INFINITY;
}
