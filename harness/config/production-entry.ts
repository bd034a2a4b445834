/**
 * Production is reached only on purpose: by `hal-e2e verify`, or by a Playwright run given
 * HAL_TARGET_URL in its own environment. A target left in `.env` (as .env.example shows it, for
 * verify) must never turn `npm test`, the self-test, the nightly or the soak into a run against
 * production, so those entry points refuse a target from any source, naming where it came from,
 * and a plain Playwright run refuses one that came only from `.env`.
 */
import { DOTENV_PATH, DOTENV_VARIABLES, sourceOf } from "./suite-config.ts";

/** Why `entry` (e.g. "npm test") must not run with the current environment, or undefined. */
export function productionTargetRefusal(entry: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const from = sourceOf("HAL_TARGET_URL", env);
  if (!from) return undefined;
  return [
    `${entry} runs against the reference stack only, but HAL_TARGET_URL is set (from ${from}).`,
    "A production target is verified read-only by `npx hal-e2e verify` (it reads HAL_TARGET_URL from .env too);",
    `unset HAL_TARGET_URL${from.startsWith(".env") ? ` or move it out of ${DOTENV_PATH}` : ""} to run ${entry}.`,
  ].join("\n");
}

/**
 * A plain `playwright test` may verify production when told so in its environment (verify does
 * exactly that), never because a `.env` in the working directory happens to hold a target.
 */
export function dotenvTargetRefusal(): string | undefined {
  if (!DOTENV_VARIABLES.has("HAL_TARGET_URL")) return undefined;
  return [
    `HAL_TARGET_URL comes from ${DOTENV_PATH} only: a plain Playwright run does not verify production on a file's say-so.`,
    "Run `npx hal-e2e verify` (it reads the target from .env), or set HAL_TARGET_URL in the environment of this run.",
  ].join("\n");
}

/**
 * Against production, every reporter of the run sees a test only after the scrubbing reporter
 * removed its secrets (harness/report/scrub.ts): a `--reporter` on the command line replaces the
 * configured list, so it is refused rather than trusted to include it.
 */
export function reporterOverrideRefusal(argv: readonly string[], production: boolean): string | undefined {
  if (!production) return undefined;
  const at = argv.findIndex((a) => a === "--reporter" || a.startsWith("--reporter="));
  if (at < 0) return undefined;
  const list = (argv[at]?.startsWith("--reporter=") ? argv[at].slice("--reporter=".length) : (argv[at + 1] ?? "")).split(",");
  if (/harness\/report\/scrub\.[jt]s$/.test(list[0] ?? "")) return undefined;
  return "--reporter replaces the configured reporters, among them the one that removes secrets from traces and reports: against a production target drop --reporter (`verify` prints its own summary), or name ./harness/report/scrub.ts first.";
}

/** For the CLIs: exit 2 with the refusal when there is one. */
export function exitOnProductionTarget(entry: string): void {
  const refusal = productionTargetRefusal(entry);
  if (!refusal) return;
  console.error(refusal);
  process.exit(2);
}
