/**
 * Figures: the measured data behind a chart, as structured JSON rather than strings. A test
 * attaches one with `attachFigure`; the checklist reporter collects every attachment of
 * FIGURE_CONTENT_TYPE and draws it on reports/checklist.html, and the same chart is attached
 * as SVG so the Playwright HTML report and Allure show it next to the test.
 *
 * All times are epoch ms; charts place them relative to `t0`.
 */
import type { TestInfo } from "@playwright/test";

export { connectionFigure, latencyFigure, sizesFigure, soakFigure, watchOneMoreCycle } from "./figure-data.ts";

/** The one content type the reporter recognises as a figure (JSON body). */
export const FIGURE_CONTENT_TYPE = "application/vnd.hal-e2e.figure+json";

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

/** File-name-safe slug of a figure title. */
export const figureSlug = (f: Figure) =>
  f.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * Attaches `figure` as JSON (for the checklist page) and as SVG (for the Playwright and Allure
 * reports). Drawing is evidence, not a check: a chart that cannot be drawn is reported in an
 * attachment and never changes the test's outcome.
 */
export async function attachFigure(testInfo: TestInfo, figure: Figure): Promise<void> {
  await testInfo.attach(`figure data: ${figure.title}`, { body: JSON.stringify(figure), contentType: FIGURE_CONTENT_TYPE });
  try {
    const { renderSvg } = await import("./svg.ts");
    await testInfo.attach(`${figureSlug(figure)}.svg`, { body: await renderSvg(figure), contentType: "image/svg+xml" });
  } catch (err) {
    await testInfo.attach(`chart not drawn: ${figure.title}`, { body: String(err), contentType: "text/plain" });
  }
}

/** Reads back the figures attached to a test result (reporter side). */
export function figuresOf(attachments: readonly { contentType: string; body?: Buffer }[]): Figure[] {
  return attachments
    .filter((a) => a.contentType === FIGURE_CONTENT_TYPE && a.body)
    .map((a) => JSON.parse((a.body as Buffer).toString("utf8")) as Figure);
}
