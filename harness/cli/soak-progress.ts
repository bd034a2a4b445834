/**
 * Soak progress for the verify command. The soak spec prints one line per step,
 * `[soak] 1m20s / 10m00s elapsed, 5 messages, latency p50 … — "hello" answered`;
 * verify turns it into elapsed and remaining time, messages exchanged and latency so far.
 * Lines of any other shape pass through unchanged. The writer and the reader of that line live
 * here together, so its format is defined once.
 */
import { formatDuration, parseDuration } from "../config/duration.ts";

const LINE = /^\s*\[soak\] (\S+) \/ (\S+) elapsed, (\d+) messages(?:, latency (.+?))? — (.*)$/;

/** A duration to the second, as progress shows it. */
const seconds = (ms: number) => formatDuration(Math.max(0, ms), { round: "s" });

/** The line the soak prints at each step (tests/stability/soak.spec.ts), read back by `soakProgress`. */
export function soakLine(p: { elapsedMs: number; totalMs: number; messages: number; latency?: string; what: string }): string {
  return `[soak] ${seconds(p.elapsedMs)} / ${formatDuration(p.totalMs)} elapsed, ${p.messages} messages${p.latency ? `, latency ${p.latency}` : ""} — ${p.what}`;
}

/** The progress line to show for a soak output line, or undefined when it is not one. */
export function soakProgress(line: string): string | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const elapsed = parseDuration(m[1] ?? "");
  const total = parseDuration(m[2] ?? "");
  if (elapsed === undefined || total === undefined) return undefined;
  const pct = total > 0 ? Math.min(100, Math.floor((elapsed / total) * 100)) : 100;
  const bar = `${"#".repeat(Math.floor(pct / 5))}${".".repeat(20 - Math.floor(pct / 5))}`;
  const latency = m[4] ? `latency ${m[4]}` : "no reply yet";
  return `soak [${bar}] ${pct}% · ${seconds(elapsed)} elapsed, ${seconds(total - elapsed)} remaining · ${m[3]} messages · ${latency} · ${m[5]}`;
}
