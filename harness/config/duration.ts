/**
 * Durations, read and written one way everywhere: a configured soak (HAL_SOAK=10m, --soak 1h),
 * a time in HAProxy's configuration (`timeout tunnel 1h`, `hard-stop-after 30s`) and every
 * duration a message or a progress line shows. HAProxy's time units are the grammar (a number
 * and one unit: us, ms, s, m, h, d), so what the suite writes can be pasted into a config and
 * read back by `parseDuration`.
 */

const UNIT_MS = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
type Unit = keyof typeof UNIT_MS;

const isUnit = (u: string): u is Unit => Object.hasOwn(UNIT_MS, u);

/**
 * "30s", "10m", "1.5h", "250ms", "1m05s" in ms; undefined when `text` is not one. A bare number
 * is HAProxy's milliseconds only with `bare: "ms"` (a config value): a setting of the suite must
 * say its unit, so "10" is never silently 10 ms. Several parts read as their sum, so every
 * duration `formatDuration` writes reads back.
 */
export function parseDuration(text: string, { bare }: { bare?: "ms" } = {}): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return bare === "ms" ? Number(trimmed) : undefined;
  let total = 0;
  let rest = trimmed;
  while (rest) {
    const part = /^(\d+(?:\.\d+)?)\s*([a-z]+)\s*/.exec(rest);
    const unit = part?.[2];
    if (!part || !unit || !isUnit(unit)) return undefined;
    total += Number(part[1]) * UNIT_MS[unit];
    rest = rest.slice(part[0].length);
  }
  return rest === trimmed ? undefined : total;
}

/**
 * "1h", "10m", "30s", "1m05s", "1h00m05s", "1500ms": hours, minutes and seconds from the first
 * that is not zero to the last, later ones two digits wide; milliseconds for what is not whole
 * seconds, unless rounded to the second (`{ round: "s" }`, for a clock that is running). Round
 * numbers read as HAProxy writes them; the rest as a clock.
 */
export function formatDuration(duration: number, { round }: { round?: "s" } = {}): string {
  const ms = round === "s" ? Math.round(duration / 1000) * 1000 : duration;
  if (!Number.isFinite(ms) || ms < 0) return `${ms}ms`;
  if (ms % 1000 !== 0) return `${Math.round(ms)}ms`;
  const parts: [number, string][] = [
    [Math.floor(ms / 3_600_000), "h"],
    [Math.floor((ms % 3_600_000) / 60_000), "m"],
    [Math.floor((ms % 60_000) / 1000), "s"],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return "0s";
  const last = parts.length - 1 - [...parts].reverse().findIndex(([n]) => n > 0);
  return parts
    .slice(first, last + 1)
    .map(([n, unit], i) => `${i === 0 ? n : String(n).padStart(2, "0")}${unit}`)
    .join("");
}
