/**
 * Builds figures from what the checks already record (the page's timelines, exchanges, frame
 * sizes), and keeps them small: a figure carries at most MAX_POINTS points per series, so a
 * 60-minute soak's page stays well under 1 MB. Thinning is explicit (`omitted`) and keeps
 * what a reader looks for: the extremes of sizes, the worst latency of each time bin.
 */
import type { PageContract } from "../page/contract.ts";
import { sizeReport } from "../rules/message-sizes.ts";
import type {
  Budget,
  ConnectionFigure,
  LatencyFigure,
  SizesFigure,
  SoakFigure,
  SocketSpan,
  StatusKind,
  StatusPoint,
} from "./figure-types.ts";

export const MAX_POINTS = 300;

/** The parts of fixtures/timelines.ts a figure reads (structural, so harness/ imports nothing from fixtures/). */
export interface TimelineLike {
  navigationStart: number;
  status: { at: number; text: string }[];
  sockets: { openedAt: number; closedAt?: number; error?: string; frames: { at: number; dir: "sent" | "received"; type: string }[] }[];
  frames(): { at: number; dir: "sent" | "received"; type: string; bytes: number; audio?: boolean }[];
}

/** How long a drop is watched: the page reconnects 3 s after a close (HAL_SYSTEM.md), so two more cycles and a margin. */
export const LOOP_WATCH_MS = 8000;

/**
 * Evidence for a failed connection check: when a WebSocket has closed, waits (armed, bounded by
 * LOOP_WATCH_MS) for two more sockets to close, so the figure shows whether the page is in a
 * connect/disconnect loop or reconnected and stayed up. Returns at once when nothing closed.
 */
export function watchOneMoreCycle(t: Pick<TimelineLike, "sockets"> & NodeJS.EventEmitter, boundMs = LOOP_WATCH_MS): Promise<void> {
  const closed = () => t.sockets.filter((s) => s.closedAt).length;
  const before = closed();
  if (!before) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      t.off("close", onClose);
      resolve();
    };
    const onClose = () => closed() >= before + 2 && done();
    const timer = setTimeout(done, boundMs);
    t.on("close", onClose);
  });
}

export function statusKind(text: string, status: PageContract["status"]): StatusKind {
  if (text === status.connecting) return "connecting";
  if (text.startsWith(status.connectedPrefix) || text === status.thinking) return "connected";
  if (text.startsWith(status.disconnectedPrefix)) return "disconnected";
  if (/error/i.test(text)) return "error";
  return "other";
}

/** At most `max` items: the first and last halves, with how many were left out in between. */
function ends<T>(items: T[], max: number): { kept: T[]; omitted: number } {
  if (items.length <= max) return { kept: items, omitted: 0 };
  const half = Math.floor(max / 2);
  return { kept: [...items.slice(0, half), ...items.slice(items.length - half)], omitted: items.length - 2 * half };
}

/** At most `max` evenly spaced items, always keeping the smallest and the largest by `value`. */
export function thin<T>(items: T[], max: number, value: (t: T) => number): T[] {
  if (items.length <= max) return items;
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  const step = (sorted.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => sorted[Math.round(i * step)] as T);
}

/** Time series thinned to `bins` buckets, keeping each bucket's worst (largest) value. */
export function worstPerBin(points: { at: number; ms: number }[], bins: number): { at: number; ms: number }[] {
  if (points.length <= bins) return points;
  const start = points[0]?.at ?? 0;
  const width = ((points.at(-1)?.at ?? start) - start) / bins || 1;
  const worst = new Map<number, { at: number; ms: number }>();
  for (const p of points) {
    const bin = Math.min(bins - 1, Math.floor((p.at - start) / width));
    const seen = worst.get(bin);
    if (!seen || p.ms > seen.ms) worst.set(bin, p);
  }
  return [...worst.values()].sort((a, b) => a.at - b.at);
}

function statusPoints(t: TimelineLike, contract: PageContract["status"]): StatusPoint[] {
  return t.status.map((s) => ({ at: s.at, text: s.text, kind: statusKind(s.text, contract) }));
}

function socketSpans(t: TimelineLike): SocketSpan[] {
  return t.sockets.map((s, index) => ({ index, openedAt: s.openedAt, closedAt: s.closedAt ?? null, error: s.error ?? null }));
}

/** Protocol-level reply latency: each `text_input` sent to the next `response` received on the same socket. */
export function frameExchanges(t: TimelineLike): { at: number; ms: number }[] {
  const out: { at: number; ms: number }[] = [];
  for (const s of t.sockets) {
    let asked: number | undefined;
    for (const f of s.frames) {
      if (f.dir === "sent" && f.type === "text_input") asked ??= f.at;
      else if (f.dir === "received" && f.type === "response" && asked !== undefined) {
        out.push({ at: asked, ms: f.at - asked });
        asked = undefined;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

export function latencyFigure(
  title: string,
  exchanges: { message: string; latencyMs: number | undefined }[],
  budgets: Budget[],
): LatencyFigure {
  const samples = exchanges.map((e, i) => ({ label: `${i + 1}. ${e.message}`, ms: e.latencyMs ?? null }));
  return { kind: "latency", title, samples: ends(samples, MAX_POINTS).kept, budgets };
}

export function sizesFigure(title: string, frames: ReturnType<TimelineLike["frames"]>, limitBytes: number): SizesFigure {
  const byType = new Map<string, { type: string; bytes: number; audio: boolean }[]>();
  for (const f of frames) {
    // The same grouping as the size check (message-sizes.ts), so the chart's rows match its table.
    const type = Object.keys(sizeReport([f]).byType)[0] ?? f.type;
    const group = byType.get(type) ?? [];
    group.push({ type, bytes: f.bytes, audio: !!f.audio || f.type === "audio_stream" });
    byType.set(type, group);
  }
  const perType = Math.max(20, Math.floor(MAX_POINTS / Math.max(1, byType.size)));
  const messages = [...byType.values()].flatMap((m) => thin(m, perType, (x) => x.bytes));
  return { kind: "sizes", title, messages, limitBytes, omitted: frames.length - messages.length };
}

export function connectionFigure(title: string, t: TimelineLike, contract: PageContract["status"], endAt = Date.now()): ConnectionFigure {
  const status = ends(statusPoints(t, contract), MAX_POINTS);
  const sockets = ends(socketSpans(t), MAX_POINTS);
  const replies = t.frames().filter((f) => f.dir === "received" && f.type === "response");
  return {
    kind: "connection",
    title,
    t0: t.navigationStart || (t.status[0]?.at ?? endAt),
    endAt,
    status: status.kept,
    sockets: sockets.kept,
    replies: ends(
      replies.map((r) => r.at),
      MAX_POINTS,
    ).kept,
    omitted: status.omitted + sockets.omitted,
  };
}

export function soakFigure(
  title: string,
  t: TimelineLike,
  contract: PageContract["status"],
  opts: { budgetMs: number; plannedMs?: number; endAt?: number },
): SoakFigure {
  const endAt = opts.endAt ?? Date.now();
  const status = ends(statusPoints(t, contract), MAX_POINTS);
  const sockets = ends(socketSpans(t), MAX_POINTS);
  const all = frameExchanges(t);
  const replies = worstPerBin(all, MAX_POINTS);
  return {
    kind: "soak",
    title,
    t0: t.navigationStart || (t.status[0]?.at ?? endAt),
    endAt,
    plannedMs: opts.plannedMs ?? null,
    status: status.kept,
    sockets: sockets.kept,
    replies,
    budgetMs: opts.budgetMs,
    omitted: status.omitted + sockets.omitted + (all.length - replies.length),
  };
}
