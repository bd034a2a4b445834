/**
 * The checklist's "WebSocket messages are small (<10KB typically)", applied the way HAL_SYSTEM.md
 * says it must be: audio is large by design (each `audio_stream` frame carries 4096 samples as
 * JSON, ~20–25 KB; a `response` with TTS carries a base64 WAV), so the rule is judged on the
 * typical, non-audio traffic, and every type's size distribution is reported.
 */
import { type Summary, summarize } from "./stats.ts";

export const SMALL_BYTES = 10 * 1024;
/** Share of typical messages that must be under SMALL_BYTES for "typically small". */
export const TYPICAL_SHARE = 0.95;

export interface SizedFrame {
  dir: "sent" | "received";
  type: string;
  bytes: number;
  /** True when the frame carries audio (audio_stream, or a response with TTS audio). */
  audio?: boolean;
}

export interface SizeReport {
  byType: Record<string, Summary>;
  typical: { n: number; small: number; share: number; largest: number };
  verdict: "small" | "large";
}

export function sizeReport(frames: SizedFrame[]): SizeReport {
  const byType: Record<string, Summary> = {};
  const groups = new Map<string, number[]>();
  for (const f of frames) {
    const key = `${f.dir === "sent" ? "→" : "←"} ${f.type}${f.audio && f.type !== "audio_stream" ? " (with audio)" : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), f.bytes]);
  }
  for (const [key, sizes] of groups) byType[key] = summarize(sizes);
  const typical = frames.filter((f) => !f.audio && f.type !== "audio_stream");
  const small = typical.filter((f) => f.bytes < SMALL_BYTES).length;
  const share = typical.length ? small / typical.length : 1;
  return {
    byType,
    typical: { n: typical.length, small, share, largest: Math.max(0, ...typical.map((f) => f.bytes)) },
    verdict: share >= TYPICAL_SHARE ? "small" : "large",
  };
}

export function renderSizes(r: SizeReport): string {
  const rows = Object.entries(r.byType).map(([k, s]) => `  ${k.padEnd(34)} n=${s.n} p50=${s.p50} B p95=${s.p95} B max=${s.max} B`);
  return [
    ...rows,
    `  typical (non-audio): ${r.typical.small}/${r.typical.n} under ${SMALL_BYTES} B (${(r.typical.share * 100).toFixed(0)}%), largest ${r.typical.largest} B → ${r.verdict}`,
  ].join("\n");
}
