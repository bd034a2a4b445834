/**
 * The reference static server's seeded misbehaviour from its environment, and back: one place
 * names HAL_STATIC_FAIL_STATUS and HAL_STATIC_FAIL_PATH, so `staticEnv` (typed knobs → env, for
 * the harness) and `staticKnobsFromEnv` (env → knobs, for main.ts) cannot drift apart. A bad
 * value is an error naming the variable, so a mistyped fault never runs as a healthy server.
 */
import type { StaticServerOptions } from "./server.ts";

export type StaticKnobs = Pick<StaticServerOptions, "failStatus" | "failPath">;

type Env = Readonly<Record<string, string | undefined>>;

const FAIL_STATUS = "HAL_STATIC_FAIL_STATUS";
const FAIL_PATH = "HAL_STATIC_FAIL_PATH";

function status(raw: string): number {
  if (!/^[1-5]\d\d$/.test(raw)) throw new Error(`${FAIL_STATUS} must be an HTTP status code (100-599), got "${raw}"`);
  return Number(raw);
}

export function staticKnobsFromEnv(env: Env): StaticKnobs {
  const failStatus = env[FAIL_STATUS];
  return { failStatus: failStatus === undefined ? undefined : status(failStatus), failPath: env[FAIL_PATH] || undefined };
}

/** The variables that make a static server behave as `knobs` say; fields left out stay healthy. */
export function staticEnv(knobs: StaticKnobs): Record<string, string> {
  return {
    ...(knobs.failStatus === undefined ? {} : { [FAIL_STATUS]: String(status(String(knobs.failStatus))) }),
    ...(knobs.failPath === undefined ? {} : { [FAIL_PATH]: knobs.failPath }),
  };
}
