/**
 * Soak progress for the verify command. The soak spec prints one line per step,
 * `[soak] 1m20s / 10m00s elapsed, 5 messages, latency p50 … — "hello" answered`;
 * verify turns it into elapsed and remaining time, messages exchanged and latency so far.
 * Lines of any other shape pass through unchanged.
 */
const LINE = /^\s*\[soak\] (\S+) \/ (\S+) elapsed, (\d+) messages(?:, latency (.+?))? — (.*)$/;

/** "1h02m03s", "4m05s", "9s" (the soak spec's formatDuration) to ms. */
export function parseClock(text: string): number | undefined {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!m || text === "") return undefined;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h ? `${h}h` : ""}${String(m).padStart(h ? 2 : 1, "0")}m${String(s % 60).padStart(2, "0")}s`;
}

/** The progress line to show for a soak output line, or undefined when it is not one. */
export function soakProgress(line: string): string | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const elapsed = parseClock(m[1] ?? "");
  const total = parseClock(m[2] ?? "");
  if (elapsed === undefined || total === undefined) return undefined;
  const pct = total > 0 ? Math.min(100, Math.floor((elapsed / total) * 100)) : 100;
  const bar = `${"#".repeat(Math.floor(pct / 5))}${".".repeat(20 - Math.floor(pct / 5))}`;
  const latency = m[4] ? `latency ${m[4]}` : "no reply yet";
  return `soak [${bar}] ${pct}% · ${clock(elapsed)} elapsed, ${clock(total - elapsed)} remaining · ${m[3]} messages · ${latency} · ${m[5]}`;
}
