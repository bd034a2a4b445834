/**
 * The reference gateway's settings from its environment: HOST/PORT choose the listen address
 * (port 0 = any free port); HAL_GW_* seed faults and are healthy when unset. A bad value is an
 * error naming the variable, so a mistyped fault never runs as a healthy gateway.
 */
import { type GatewayBehaviour, type GatewayOptions, HEALTHY } from "./server.ts";

export class GatewayConfigError extends Error {
  override name = "GatewayConfigError";
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, meaning = ""): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new GatewayConfigError(`${name} must be a whole number >= 0${meaning}, got "${raw}"`);
  return value;
}

function flagFromEnv(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? "").trim().toLowerCase();
  if (raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  throw new GatewayConfigError(`${name} must be 1 or 0, got "${env[name]}"`);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(values as readonly string[]).includes(raw))
    throw new GatewayConfigError(`${name} must be one of ${values.join(", ")}, got "${raw}"`);
  return raw as T;
}

export function behaviourFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayBehaviour {
  return {
    replyDelayMs: intFromEnv(env, "HAL_GW_REPLY_DELAY_MS", HEALTHY.replyDelayMs),
    answerLimit: intFromEnv(env, "HAL_GW_ANSWER_LIMIT", HEALTHY.answerLimit, " (0 = no limit)"),
    padResponseBytes: intFromEnv(env, "HAL_GW_PAD_RESPONSE_BYTES", HEALTHY.padResponseBytes),
    crashOn: env.HAL_GW_CRASH_ON ?? HEALTHY.crashOn,
    rejectUpgradeStatus: intFromEnv(env, "HAL_GW_REJECT_UPGRADE_STATUS", HEALTHY.rejectUpgradeStatus, " (0 = accept)"),
    tracebackOn: env.HAL_GW_TRACEBACK_ON ?? HEALTHY.tracebackOn,
    noStartLine: flagFromEnv(env, "HAL_GW_NO_START_LINE"),
    handshakeDelayMs: intFromEnv(env, "HAL_GW_HANDSHAKE_DELAY_MS", HEALTHY.handshakeDelayMs),
    connectedDelayMs: intFromEnv(env, "HAL_GW_CONNECTED_DELAY_MS", HEALTHY.connectedDelayMs),
    failEvery: intFromEnv(env, "HAL_GW_FAIL_EVERY", HEALTHY.failEvery, " (0 = never)"),
    sessionIds: oneOf(env, "HAL_GW_SESSION_IDS", ["unique", "shared", "missing"] as const, HEALTHY.sessionIds),
    broadcastReplies: flagFromEnv(env, "HAL_GW_BROADCAST_REPLIES"),
    sessionTraceback: flagFromEnv(env, "HAL_GW_SESSION_TRACEBACK"),
    partialMessageLog: flagFromEnv(env, "HAL_GW_PARTIAL_MESSAGE_LOG"),
  };
}

export function gatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Omit<GatewayOptions, "log" | "logError"> {
  return {
    host: env.HOST ?? "0.0.0.0",
    port: intFromEnv(env, "PORT", 8768),
    maxFrameBytes: intFromEnv(env, "HAL_GW_MAX_FRAME_BYTES", 1024 * 1024),
    pingIntervalMs: intFromEnv(env, "HAL_GW_PING_INTERVAL_MS", 20_000),
    behaviour: behaviourFromEnv(env),
  };
}
