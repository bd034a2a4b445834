/**
 * The soak's schedule: periodic messages separated by idle gaps longer than common proxy idle
 * timeouts (HAProxy's `timeout client/server` 30 s in the reference config, many load
 * balancers 60 s), so a proxy that drops idle WebSockets is caught. The gap is capped by the
 * soak's length so short soaks still alternate activity and idleness.
 */
export const LONG_IDLE_MS = 65_000;

export type SoakStep = { kind: "message"; text: string } | { kind: "idle"; ms: number };

import { SAFE_ROTATION as QUESTIONS } from "./questions.ts";

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

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h ? `${h}h` : ""}${m || h ? `${String(m).padStart(h ? 2 : 1, "0")}m` : ""}${String(s % 60).padStart(m || h ? 2 : 1, "0")}s`;
}

/** The timeouts HAProxy would apply to an idle WebSocket, read from its config text. */
export function idleTimeouts(config: string | undefined): string {
  if (!config) return "HAProxy config not available";
  const found = [...config.matchAll(/^\s*timeout\s+(tunnel|client|server)\s+(\S+)/gm)].map((m) => `timeout ${m[1]} ${m[2]}`);
  return found.length ? [...new Set(found)].join(", ") : "no client/server/tunnel timeouts set";
}
