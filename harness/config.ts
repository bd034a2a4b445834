/**
 * The suite's configuration: dotenv + environment, typed and validated in one place. A bad
 * value is one clear error naming the variable, raised when the Playwright config loads,
 * before any stack or browser starts.
 */
import "dotenv/config";
import { z } from "zod";

const ms = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const Schema = z.object({
  /** Chromium executable; default: Playwright's, else Debian's chromium. */
  HAL_CHROMIUM_PATH: z.string().optional(),
  /** HAProxy binary for the processes runtime. */
  HAL_HAPROXY_BIN: z.string().optional(),
  /** Where the reference stack runs: containers when a Docker engine answers, else processes. */
  HAL_RUNTIME: z.enum(["auto", "processes", "containers"]).default("auto"),
  /** Checklist budgets (ms): status shows Connected! / a reply to "hello" / any reply. */
  HAL_CONNECT_BUDGET_MS: ms(3000),
  HAL_HELLO_REPLY_BUDGET_MS: ms(3000),
  HAL_REPLY_BUDGET_MS: ms(5000),
});

export type SuiteConfig = z.infer<typeof Schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): SuiteConfig {
  const parsed = Schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
  throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}\nSee .env.example for every variable.`);
}
