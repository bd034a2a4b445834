/**
 * The suite's configuration: dotenv + environment, typed and validated in one place. A bad
 * value is one clear error naming the variable, raised when the Playwright config loads,
 * before any stack or browser starts. Values that may hold secrets are redacted in errors.
 *
 * HAL_TARGET_URL switches the target: unset, the suite starts the reference stack; set, it
 * verifies that deployment read-only and starts nothing locally (harness/stack/target.ts).
 */
import "dotenv/config";
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import ms from "ms";
import { z } from "zod";
import { PAGE_GENERATIONS } from "../../reference-impl/page/generations.ts";
import { FAULT_NAMES } from "../faults/catalogue.ts";
import { HAPROXY_LOG_MODES } from "../haproxy/render.ts";
import { type HostMapping, parseResolve } from "../infra/resolve.ts";
import { type LogSource, parseLogSource } from "../logs/log-sources.ts";
import { CONTRACT_VARIABLES, type ContractVariable } from "../page/contract-config.ts";
import { REPORTS_DIR } from "../paths.ts";
import { redact } from "./redact.ts";

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
export function parseDuration(value: string): number {
  const n = /^\s*\d+(\.\d+)?\s*[a-z]+\s*$/i.test(value) ? ms(value.trim() as ms.StringValue) : undefined;
  if (typeof n !== "number" || !(n > 0)) throw new Error('must be a duration with a unit, e.g. "30s", "10m", "1h"');
  return n;
}

function readCaFile(path: string): { path: string; pem: string } {
  if (!existsSync(path)) throw new Error(`file "${path}" does not exist`);
  const pem = readFileSync(path, "utf8");
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error(`"${path}" holds no PEM certificate`);
  for (const b of blocks) new X509Certificate(b);
  return { path, pem };
}

/** An absolute directory for every report of a run; it may not exist yet, but must not be a file. */
function reportsDirectory(path: string): string {
  const dir = resolve(path);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`"${dir}" is a file, not a directory`);
  return dir;
}

function existingFile(path: string): string {
  if (!existsSync(path)) throw new Error(`file "${path}" does not exist`);
  return path;
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
        if (name !== undefined && !FAULT_NAMES.includes(name))
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
    HAL_SOAK: parsed(parseDuration).default(30_000),

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
    if (c.HAL_TARGET_URL && c.HAL_PAGE)
      ctx.addIssue({
        code: "custom",
        path: ["HAL_PAGE"],
        message: "applies only to the reference stack: a production target serves the page it has deployed",
      });
    if (c.HAL_TARGET_URL) return;
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

export type SuiteConfig = z.infer<typeof Schema>;
export type { LogSource };

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): SuiteConfig {
  const result = Schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const name = String(i.path[0]);
    const got = env[name] === undefined ? "unset" : `got ${JSON.stringify(redact(String(env[name])))}`;
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
