/**
 * Entry point of the reference voice gateway: `tsx reference-impl/gateway/main.ts`.
 * HOST/PORT choose the listen address (port 0 = any free port); HAL_GW_* seed faults.
 */
import { exitWithParent } from "../lifecycle.ts";
import { type GatewayBehaviour, HEALTHY, startGateway } from "./server.ts";

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number >= 0, got "${raw}"`);
  return value;
}

const behaviour: GatewayBehaviour = {
  replyDelayMs: intFromEnv("HAL_GW_REPLY_DELAY_MS", HEALTHY.replyDelayMs),
  answerLimit: intFromEnv("HAL_GW_ANSWER_LIMIT", HEALTHY.answerLimit),
  padResponseBytes: intFromEnv("HAL_GW_PAD_RESPONSE_BYTES", HEALTHY.padResponseBytes),
  crashOn: process.env.HAL_GW_CRASH_ON ?? HEALTHY.crashOn,
  rejectUpgradeStatus: intFromEnv("HAL_GW_REJECT_UPGRADE_STATUS", HEALTHY.rejectUpgradeStatus),
};

const gateway = await startGateway({
  host: process.env.HOST ?? "0.0.0.0",
  port: intFromEnv("PORT", 8768),
  maxFrameBytes: intFromEnv("HAL_GW_MAX_FRAME_BYTES", 1024 * 1024),
  pingIntervalMs: intFromEnv("HAL_GW_PING_INTERVAL_MS", 20_000),
  behaviour,
  log: (line) => console.log(line),
});

exitWithParent(gateway.close);
