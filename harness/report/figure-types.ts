/**
 * The figure types: the measured data behind a chart. Apart from the modules that build,
 * attach and draw figures (figure-data.ts, figures.ts, charts.ts, svg.ts), so none of them
 * imports another for a type. All times are epoch ms; charts place them relative to `t0`.
 */
export interface Budget {
  label: string;
  ms: number;
}

/** Reply latency of each exchange, against the checklist's budgets (3 s for "hello", 5 s for any reply). */
export interface LatencyFigure {
  kind: "latency";
  title: string;
  samples: { label: string; ms: number | null }[];
  budgets: Budget[];
}

/** Every WebSocket message's size by type, against the 10 KB line. */
export interface SizesFigure {
  kind: "sizes";
  title: string;
  /** `type` as in message-sizes.ts: "→ text_input", "← response (with audio)". */
  messages: { type: string; bytes: number; audio: boolean }[];
  limitBytes: number;
  /** Messages left out to keep the page small (evenly thinned per type, extremes kept). */
  omitted: number;
}

export type StatusKind = "connecting" | "connected" | "disconnected" | "error" | "other";

export interface StatusPoint {
  at: number;
  text: string;
  kind: StatusKind;
}

export interface SocketSpan {
  index: number;
  openedAt: number;
  closedAt: number | null;
  error: string | null;
}

/** What a connection check saw: status changes, sockets opening and closing, replies. */
export interface ConnectionFigure {
  kind: "connection";
  title: string;
  t0: number;
  endAt: number;
  status: StatusPoint[];
  sockets: SocketSpan[];
  replies: number[];
  omitted: number;
}

/** A soak: socket state, status changes and reply latency over the whole run. */
export interface SoakFigure {
  kind: "soak";
  title: string;
  t0: number;
  endAt: number;
  plannedMs: number | null;
  status: StatusPoint[];
  sockets: SocketSpan[];
  /** Reply latency over time; binned (max per bin) when the soak exchanged many messages. */
  replies: { at: number; ms: number }[];
  budgetMs: number;
  omitted: number;
}

export type Figure = LatencyFigure | SizesFigure | ConnectionFigure | SoakFigure;
