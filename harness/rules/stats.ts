/** Small descriptive statistics for reports: nearest-rank percentiles, medians, size summaries. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface Summary {
  n: number;
  p50: number;
  p75: number;
  p95: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p75: percentile(values, 75),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

export const fmt = (s: Summary, unit: string) =>
  `n=${s.n} p50=${Math.round(s.p50)}${unit} p95=${Math.round(s.p95)}${unit} max=${Math.round(s.max)}${unit}`;
