/**
 * The reference gateway's settings from its environment: HOST/PORT choose the listen address
 * (port 0 = any free port); HAL_GW_* seed faults and are healthy when unset. A bad value is an
 * error naming the variable, so a mistyped fault never runs as a healthy gateway.
 *
 * One table (KNOBS) names each behaviour field's variable and how it is written and read, so
 * `gatewayEnv` (typed knobs → env, for the harness) and `behaviourFromEnv` (env → knobs, for
 * the gateway) cannot drift apart, and a misspelt knob is a compile error in the harness.
 */
import { BACKENDS, type GatewayBehaviour, HEALTHY, SESSION_ID_MODES } from "./behaviour.ts";
import type { GatewayOptions } from "./server.ts";

export class GatewayConfigError extends Error {
  override name = "GatewayConfigError";
}

type Env = Readonly<Record<string, string | undefined>>;

interface Knob<T> {
  env: string;
  read: (env: Env, name: string, fallback: T) => T;
  write: (value: T, name: string) => string;
}

function wholeNumber(meaning = ""): Omit<Knob<number>, "env"> {
  const check = (value: number, name: string, raw: string) => {
    if (!Number.isInteger(value) || value < 0) throw new GatewayConfigError(`${name} must be a whole number >= 0${meaning}, got "${raw}"`);
    return value;
  };
  return {
    read: (env, name, fallback) => {
      const raw = env[name];
      return raw === undefined || raw === "" ? fallback : check(Number(raw), name, raw);
    },
    write: (value, name) => String(check(value, name, String(value))),
  };
}

const flag: Omit<Knob<boolean>, "env"> = {
  read: (env, name, fallback) => {
    const raw = (env[name] ?? "").trim().toLowerCase();
    if (raw === "") return fallback;
    if (raw === "0" || raw === "false") return false;
    if (raw === "1" || raw === "true") return true;
    throw new GatewayConfigError(`${name} must be 1 or 0, got "${env[name]}"`);
  },
  write: (value) => (value ? "1" : "0"),
};

const text: Omit<Knob<string>, "env"> = {
  read: (env, name, fallback) => env[name] ?? fallback,
  write: (value) => value,
};

function oneOf<T extends string>(values: readonly T[]): Omit<Knob<T>, "env"> {
  const check = (raw: string, name: string): T => {
    if (!(values as readonly string[]).includes(raw))
      throw new GatewayConfigError(`${name} must be one of ${values.join(", ")}, got "${raw}"`);
    return raw as T;
  };
  return {
    read: (env, name, fallback) => {
      const raw = env[name];
      return raw === undefined || raw === "" ? fallback : check(raw, name);
    },
    write: (value, name) => check(value, name),
  };
}

type Knobs = { readonly [K in keyof GatewayBehaviour]: Knob<GatewayBehaviour[K]> };

/** Every behaviour field, its HAL_GW_* variable and its kind. */
export const KNOBS: Knobs = {
  replyDelayMs: { env: "HAL_GW_REPLY_DELAY_MS", ...wholeNumber() },
  answerLimit: { env: "HAL_GW_ANSWER_LIMIT", ...wholeNumber(" (0 = no limit)") },
  padResponseBytes: { env: "HAL_GW_PAD_RESPONSE_BYTES", ...wholeNumber() },
  crashOn: { env: "HAL_GW_CRASH_ON", ...text },
  rejectUpgradeStatus: { env: "HAL_GW_REJECT_UPGRADE_STATUS", ...wholeNumber(" (0 = accept)") },
  tracebackOn: { env: "HAL_GW_TRACEBACK_ON", ...text },
  noStartLine: { env: "HAL_GW_NO_START_LINE", ...flag },
  handshakeDelayMs: { env: "HAL_GW_HANDSHAKE_DELAY_MS", ...wholeNumber() },
  connectedDelayMs: { env: "HAL_GW_CONNECTED_DELAY_MS", ...wholeNumber() },
  failEvery: { env: "HAL_GW_FAIL_EVERY", ...wholeNumber(" (0 = never)") },
  sessionIds: { env: "HAL_GW_SESSION_IDS", ...oneOf(SESSION_ID_MODES) },
  broadcastReplies: { env: "HAL_GW_BROADCAST_REPLIES", ...flag },
  sessionTraceback: { env: "HAL_GW_SESSION_TRACEBACK", ...flag },
  partialMessageLog: { env: "HAL_GW_PARTIAL_MESSAGE_LOG", ...flag },
  backend: { env: "HAL_GW_BACKEND", ...oneOf(BACKENDS) },
  seed: { env: "HAL_GW_SEED", ...wholeNumber(" (0 = a fresh seed per start)") },
  blockLoopMs: { env: "HAL_GW_BLOCK_LOOP_MS", ...wholeNumber() },
  rotateReplies: { env: "HAL_GW_ROTATE_REPLIES", ...flag },
  closeOnTextInput: { env: "HAL_GW_CLOSE_ON_TEXT_INPUT", ...flag },
};

const FIELDS = Object.keys(KNOBS) as (keyof GatewayBehaviour)[];

function readKnob<K extends keyof GatewayBehaviour>(env: Env, key: K): GatewayBehaviour[K] {
  const knob: Knob<GatewayBehaviour[K]> = KNOBS[key];
  return knob.read(env, knob.env, HEALTHY[key]);
}

export function behaviourFromEnv(env: Env = process.env): GatewayBehaviour {
  const behaviour = Object.fromEntries(FIELDS.map((key) => [key, readKnob(env, key)])) as unknown as GatewayBehaviour;
  if (behaviour.broadcastReplies && behaviour.rotateReplies)
    throw new GatewayConfigError(
      "HAL_GW_BROADCAST_REPLIES and HAL_GW_ROTATE_REPLIES cannot both be set: an answer goes to everyone or to the next session",
    );
  return behaviour;
}

function writeKnob<K extends keyof GatewayBehaviour>(key: K, value: GatewayBehaviour[K]): [string, string] {
  const knob: Knob<GatewayBehaviour[K]> = KNOBS[key];
  return [knob.env, knob.write(value, key)];
}

/**
 * The HAL_GW_* variables that make a gateway behave as `knobs` say, the inverse of
 * behaviourFromEnv: `gatewayEnv({ replyDelayMs: 6000 })` is `{ HAL_GW_REPLY_DELAY_MS: "6000" }`.
 * Fields left out stay healthy. A value the gateway would refuse throws here, naming the field.
 */
export function gatewayEnv(knobs: Partial<GatewayBehaviour>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(knobs)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(KNOBS, key)) throw new GatewayConfigError(`${key} is not a gateway knob (known: ${FIELDS.join(", ")})`);
    const [name, raw] = writeKnob(key as keyof GatewayBehaviour, value as never);
    env[name] = raw;
  }
  return env;
}

export function gatewayOptionsFromEnv(env: Env = process.env): Omit<GatewayOptions, "log" | "logError"> {
  const int = wholeNumber();
  return {
    host: env.HOST ?? "0.0.0.0",
    port: int.read(env, "PORT", 8768),
    maxFrameBytes: int.read(env, "HAL_GW_MAX_FRAME_BYTES", 1024 * 1024),
    pingIntervalMs: int.read(env, "HAL_GW_PING_INTERVAL_MS", 20_000),
    behaviour: behaviourFromEnv(env),
  };
}
