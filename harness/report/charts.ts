/**
 * Vega-Lite specifications of the report's charts, one per figure kind. Colour is never the
 * only carrier of meaning: budgets and limits are labelled lines, lanes are named, and every
 * chart sits under a text summary on the page (page.ts).
 */
import type { TopLevelSpec } from "vega-lite";
import { percentile } from "../rules/stats.ts";
import type { ConnectionFigure, Figure, LatencyFigure, SizesFigure, SoakFigure, StatusKind } from "./figure-types.ts";

const WIDTH = 640;
const RED = "#b71c1c";
const AMBER = "#e65100";
const GREEN = "#2e7d32";
const GREY = "#757575";
const BLUE = "#1565c0";

const BASE = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  background: "white",
  padding: 8,
  // Per-mark ARIA labels would double the SVG's size; the page gives a text summary instead.
  config: {
    aria: false,
    font: "system-ui, sans-serif",
    axis: { labelFontSize: 11, titleFontSize: 11 },
    title: { fontSize: 13, anchor: "start" },
  },
} as const;

const LEGEND = { orient: "bottom", labelLimit: 320 } as const;

const STATUS_LABEL: Record<StatusKind, string> = {
  connecting: "status: Connecting...",
  connected: "status: Connected! (or thinking)",
  disconnected: "status: Disconnected",
  error: "status: error",
  other: "status: other",
};
const STATUS_COLOUR: Record<StatusKind, string> = { connecting: GREY, connected: GREEN, disconnected: RED, error: AMBER, other: BLUE };
const SOCKET_OPEN = "WebSocket open";
const SOCKET_ERROR = "WebSocket open (error)";
const SOCKET_CLOSED = "WebSocket closed";
const REPLY = "HAL reply";

export const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

export function latencyStats(f: LatencyFigure): { n: number; missing: number; p50: number; p95: number; max: number } {
  const ms = f.samples.map((s) => s.ms).filter((m): m is number => m !== null);
  return {
    n: f.samples.length,
    missing: f.samples.length - ms.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: ms.length ? Math.max(...ms) : Number.NaN,
  };
}

function latencySpec(f: LatencyFigure): TopLevelSpec {
  const s = latencyStats(f);
  const budgets = [...f.budgets].sort((a, b) => a.ms - b.ms);
  const top = Math.max(...budgets.map((b) => b.ms), Number.isFinite(s.max) ? s.max : 0) * 1.15;
  const band = (ms: number | null) =>
    ms === null
      ? "no reply"
      : budgets.every((b) => ms <= b.ms)
        ? "within every budget"
        : ms > (budgets.at(-1)?.ms ?? 0)
          ? "over every budget"
          : "over a budget";
  const samples = f.samples.map((x) => ({ label: x.label, ms: x.ms ?? top, band: band(x.ms) }));
  const marks = [
    ...budgets.map((b) => ({ ms: b.ms, label: b.label, kind: "budget" })),
    ...(Number.isFinite(s.p50) ? [{ ms: s.p50, label: "p50", kind: "stat" }] : []),
    ...(Number.isFinite(s.p95) ? [{ ms: s.p95, label: "p95", kind: "stat" }] : []),
  ];
  const x = { field: "ms", type: "quantitative", title: "reply latency (ms): send → HAL's bubble", scale: { domain: [0, top] } } as const;
  const colour = {
    field: "band",
    type: "nominal",
    title: null,
    scale: { domain: ["within every budget", "over a budget", "over every budget", "no reply"], range: [GREEN, AMBER, RED, GREY] },
    legend: LEGEND,
  } as const;
  const perExchange = samples.length <= 40;
  return {
    ...BASE,
    title: {
      text: f.title,
      subtitle: `n=${s.n}  p50 ${fmtMs(s.p50)}  p95 ${fmtMs(s.p95)}  max ${fmtMs(s.max)}${s.missing ? `  (${s.missing} without reply)` : ""}`,
    },
    width: WIDTH,
    ...(perExchange ? { height: { step: 16 } } : { height: 160 }),
    layer: [
      perExchange
        ? {
            data: { values: samples },
            mark: { type: "bar" },
            encoding: { y: { field: "label", type: "nominal", sort: null, title: null }, x, color: colour },
          }
        : {
            data: { values: samples },
            mark: { type: "bar" },
            encoding: {
              x: { ...x, bin: { maxbins: 40, extent: [0, top] } },
              y: { aggregate: "count", type: "quantitative", title: "replies" },
              color: colour,
            },
          },
      {
        data: { values: marks },
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          x: { field: "ms", type: "quantitative" },
          color: { condition: { test: "datum.kind === 'budget'", value: RED }, value: GREY },
          strokeDash: {
            field: "kind",
            type: "nominal",
            scale: {
              domain: ["budget", "stat"],
              range: [
                [6, 3],
                [2, 2],
              ],
            },
            legend: null,
          },
        },
      },
      // Budgets are labelled above the plot, p50/p95 inside it: the two never overlap.
      {
        data: { values: marks.filter((m) => m.kind === "budget") },
        mark: { type: "text", align: "left", dx: 3, baseline: "bottom", y: 0, fontSize: 10, color: RED },
        encoding: { x: { field: "ms", type: "quantitative" }, text: { field: "label" } },
      },
      {
        data: { values: marks.filter((m) => m.kind === "stat") },
        mark: { type: "text", align: "left", dx: 3, baseline: "top", y: 2, fontSize: 10, color: GREY },
        encoding: { x: { field: "ms", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}

function sizesSpec(f: SizesFigure): TopLevelSpec {
  const values = f.messages.map((m) => ({ ...m, kind: m.audio ? "audio (large by design, exempt)" : "typical message" }));
  const kb = Math.round(f.limitBytes / 1024);
  return {
    ...BASE,
    title: {
      text: f.title,
      subtitle: `each mark is one message${f.omitted ? ` (${f.omitted} more not drawn; extremes kept)` : ""}; the rule: < ${kb} KB typically`,
    },
    width: WIDTH,
    height: { step: 22 },
    layer: [
      {
        data: { values },
        mark: { type: "tick", thickness: 2, opacity: 0.7 },
        encoding: {
          y: { field: "type", type: "nominal", title: null },
          x: { field: "bytes", type: "quantitative", scale: { type: "log" }, title: "message size (bytes, log scale)" },
          color: {
            field: "kind",
            type: "nominal",
            title: null,
            scale: { domain: ["typical message", "audio (large by design, exempt)"], range: [BLUE, GREY] },
            legend: LEGEND,
          },
        },
      },
      {
        data: { values: [{ bytes: f.limitBytes, label: `${kb} KB` }] },
        mark: { type: "rule", color: RED, strokeDash: [6, 3], strokeWidth: 2 },
        encoding: { x: { field: "bytes", type: "quantitative" } },
      },
      {
        data: { values: [{ bytes: f.limitBytes, label: `${kb} KB` }] },
        mark: { type: "text", color: RED, align: "left", dx: 3, baseline: "top", y: 0, fontSize: 10 },
        encoding: { x: { field: "bytes", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}

interface Lanes {
  t0: number;
  endAt: number;
  status: ConnectionFigure["status"];
  sockets: ConnectionFigure["sockets"];
  replies: number[];
}

/** Time unit for an axis: seconds for short runs, minutes for soaks. */
function unitFor(spanMs: number): { div: number; name: string } {
  return spanMs > 180_000 ? { div: 60_000, name: "min" } : { div: 1000, name: "s" };
}

/** The lanes chart shared by connection and soak figures: page status, WebSocket, replies. */
function lanesLayer(l: Lanes, unit: { div: number; name: string }, domain: [number, number]) {
  const rel = (at: number) => (at - l.t0) / unit.div;
  const statusBars = l.status.map((s, i) => ({
    lane: "page status",
    from: rel(s.at),
    to: rel(l.status[i + 1]?.at ?? l.endAt),
    what: STATUS_LABEL[s.kind],
  }));
  const socketBars = l.sockets.map((s) => ({
    lane: `WebSocket`,
    from: rel(s.openedAt),
    to: rel(s.closedAt ?? l.endAt),
    what: s.error ? SOCKET_ERROR : SOCKET_OPEN,
  }));
  const points = [
    ...l.sockets.filter((s) => s.closedAt !== null).map((s) => ({ lane: "WebSocket", at: rel(s.closedAt as number), what: SOCKET_CLOSED })),
    ...l.replies.map((at) => ({ lane: "HAL replies", at: rel(at), what: REPLY })),
  ];
  // Fixed colours per meaning, listed in the legend only when they occur.
  const palette: [string, string][] = [
    ...(Object.keys(STATUS_LABEL) as StatusKind[]).map((k): [string, string] => [STATUS_LABEL[k], STATUS_COLOUR[k]]),
    [SOCKET_OPEN, "#66bb6a"],
    [SOCKET_ERROR, AMBER],
    [SOCKET_CLOSED, RED],
    [REPLY, BLUE],
  ];
  const present = new Set([...statusBars, ...socketBars, ...points].map((d) => d.what));
  const used = palette.filter(([label]) => present.has(label));
  const colour = {
    field: "what",
    type: "nominal",
    title: null,
    scale: { domain: used.map(([l]) => l), range: used.map(([, c]) => c) },
    legend: { ...LEGEND, columns: 3 },
  } as const;
  const y = { field: "lane", type: "nominal", title: null, sort: ["page status", "WebSocket", "HAL replies"] } as const;
  const x = { type: "quantitative", title: `time since navigation start (${unit.name})`, scale: { domain, nice: false } } as const;
  return [
    {
      data: { values: [...statusBars, ...socketBars] },
      mark: { type: "bar", height: 14 },
      encoding: { y, x: { ...x, field: "from" }, x2: { field: "to" }, color: colour },
    },
    {
      data: { values: points },
      mark: { type: "point", filled: true, size: 60, shape: "diamond" },
      encoding: { y, x: { ...x, field: "at" }, color: colour, shape: { value: "diamond" } },
    },
  ];
}

function connectionSpec(f: ConnectionFigure): TopLevelSpec {
  const unit = unitFor(f.endAt - f.t0);
  const reconnects = Math.max(0, f.sockets.length - 1);
  const drops = f.status.filter((s) => s.kind === "disconnected").length;
  return {
    ...BASE,
    title: {
      text: f.title,
      subtitle: `${f.sockets.length} WebSocket(s), ${reconnects} reconnect(s), ${drops} "Disconnected" status(es)${f.omitted ? `; ${f.omitted} events not drawn` : ""}`,
    },
    width: WIDTH,
    height: { step: 26 },
    layer: lanesLayer(f, unit, [0, (f.endAt - f.t0) / unit.div]),
  } as TopLevelSpec;
}

function soakSpec(f: SoakFigure): TopLevelSpec {
  const span = Math.max(f.endAt - f.t0, f.plannedMs ?? 0);
  const unit = unitFor(span);
  const domain: [number, number] = [0, span / unit.div];
  const replies = f.replies.map((r) => ({ at: (r.at - f.t0) / unit.div, ms: r.ms }));
  const worst = Math.max(0, ...f.replies.map((r) => r.ms));
  const reconnects = Math.max(0, f.sockets.length - 1);
  return {
    ...BASE,
    title: {
      text: f.title,
      subtitle: `${f.replies.length} replies${f.omitted ? ` (binned, worst per bin)` : ""}, worst ${fmtMs(worst)}; ${reconnects} reconnect(s)${f.plannedMs ? `; planned ${Math.round(f.plannedMs / 60_000)} min` : ""}`,
    },
    vconcat: [
      { width: WIDTH, height: { step: 26 }, layer: lanesLayer({ ...f, replies: [] }, unit, domain) },
      {
        width: WIDTH,
        height: 140,
        layer: [
          {
            data: { values: replies },
            mark: { type: "line", point: { filled: true, size: 25 }, color: BLUE },
            encoding: {
              x: { field: "at", type: "quantitative", title: `time since navigation start (${unit.name})`, scale: { domain, nice: false } },
              y: {
                field: "ms",
                type: "quantitative",
                title: "reply latency (ms)",
                scale: { domain: [0, Math.max(worst, f.budgetMs) * 1.1] },
              },
            },
          },
          {
            data: { values: [{ ms: f.budgetMs, label: `${fmtMs(f.budgetMs)} budget` }] },
            mark: { type: "rule", color: RED, strokeDash: [6, 3], strokeWidth: 2 },
            encoding: { y: { field: "ms", type: "quantitative" } },
          },
          {
            data: { values: [{ ms: f.budgetMs, label: `${fmtMs(f.budgetMs)} budget` }] },
            mark: { type: "text", color: RED, align: "right", x: WIDTH, dy: -6, fontSize: 10 },
            encoding: { y: { field: "ms", type: "quantitative" }, text: { field: "label" } },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}

export function chartSpec(f: Figure): TopLevelSpec {
  switch (f.kind) {
    case "latency":
      return latencySpec(f);
    case "sizes":
      return sizesSpec(f);
    case "connection":
      return connectionSpec(f);
    case "soak":
      return soakSpec(f);
  }
}
