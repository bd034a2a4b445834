/**
 * The soak's schedule and what it covers. The schedule: periodic messages separated by idle
 * gaps longer than common proxy idle timeouts (HAProxy's `timeout client/server` 30 s in the
 * reference config, many load balancers 60 s), so a proxy that drops idle WebSockets is caught.
 * The gap is capped by the soak's length so short soaks still alternate activity and idleness.
 * What it covers: each soak item needs the connection watched for its own length, and "no
 * errors in any logs" needs the HAProxy and gateway logs; a soak without either leaves the item
 * unverified, with a typed cause.
 */
import type { SkipCauseId } from "../checklist/skip-causes.ts";
import { formatDuration } from "../config/duration.ts";
import { SAFE_ROTATION as QUESTIONS } from "./questions.ts";
import { find, parseConfig } from "./review-config.ts";

export const LONG_IDLE_MS = 65_000;

const MINUTE = 60_000;

/** The checklist's soak items, each with how long the connection must be watched for it. */
export const SOAK_ITEMS = [
  { id: "step6.test5.stable-5min", ms: 5 * MINUTE },
  { id: "pdv.stable-10min", ms: 10 * MINUTE },
  { id: "success.stable-1h", ms: 60 * MINUTE },
  { id: "success.no-log-errors-1h", ms: 60 * MINUTE },
] as const;

export type SoakItemId = (typeof SOAK_ITEMS)[number]["id"];

/** The item judged on the logs rather than on the connection. */
export const LOG_ITEM = "success.no-log-errors-1h" satisfies SoakItemId;

/** The logs "no errors in any logs" is about, with the variable that configures each. */
const JUDGED_LOGS = [
  { name: "haproxy", label: "HAProxy", variable: "HAL_HAPROXY_LOG" },
  { name: "gateway", label: "gateway", variable: "HAL_GATEWAY_LOG" },
] as const;

/** An item a soak covers only in part, why, and the typed cause that groups it in every report. */
export interface Uncovered {
  id: SoakItemId;
  cause: Extract<SkipCauseId, "no-log-source" | "soak-too-short">;
  why: string;
}

/** What a soak of `durationMs` leaves unverified, given which of the judged logs have a source. */
export function soakCoverage(durationMs: number, hasLog: (name: "haproxy" | "gateway") => boolean): Uncovered[] {
  const noLog = JUDGED_LOGS.filter((l) => !hasLog(l.name)).map(
    (l): Uncovered => ({
      id: LOG_ITEM,
      cause: "no-log-source",
      why: `no ${l.label} log source is configured (${l.variable}), so its errors were not looked for`,
    }),
  );
  const tooShort = SOAK_ITEMS.filter((t) => durationMs < t.ms).map(
    (t): Uncovered => ({
      id: t.id,
      cause: "soak-too-short",
      why: `the soak ran ${formatDuration(durationMs)}, this item needs ${formatDuration(t.ms)} (HAL_SOAK=${formatDuration(t.ms)}, or the soak project)`,
    }),
  );
  return [...noLog, ...tooShort];
}

export type SoakStep = { kind: "message"; text: string } | { kind: "idle"; ms: number };

export function soakPlan(durationMs: number): SoakStep[] {
  const gap = Math.max(1000, Math.min(LONG_IDLE_MS, Math.floor(durationMs / 2)));
  const steps: SoakStep[] = [];
  let planned = 0;
  let q = 0;
  while (planned < durationMs) {
    steps.push({ kind: "message", text: QUESTIONS[q++ % QUESTIONS.length] as string });
    const idle = Math.min(gap, durationMs - planned);
    steps.push({ kind: "idle", ms: idle });
    planned += idle;
  }
  steps.push({ kind: "message", text: "hello" });
  return steps;
}

const IDLE = ["tunnel", "client", "server"];

/** The timeouts HAProxy would apply to an idle WebSocket, as its config writes them, for a message. */
export function idleTimeouts(config: string | undefined): string {
  if (config === undefined) return "HAProxy config not available";
  const found = parseConfig(config)
    .sections.flatMap((s) => find(s, "timeout"))
    .filter((d) => IDLE.includes(d.words[1]?.toLowerCase() ?? "") && d.words[2] !== undefined)
    .map((d) => d.words.slice(0, 3).join(" "));
  return found.length ? [...new Set(found)].join(", ") : "no client/server/tunnel timeouts set";
}
