/**
 * A figure in words: the caption under each chart, so the numbers are there for a screen
 * reader, for a search and for anyone who does not read charts.
 */
import { summarize } from "../rules/stats.ts";
import { fmtMs, latencyStats } from "./charts.ts";
import type { ConnectionFigure, Figure, SizesFigure, SoakFigure } from "./figure-types.ts";

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The order the status went through, repeats collapsed: "Connecting... → Connected! → Disconnected..." (at most `max`). */
function statusPath(f: ConnectionFigure | SoakFigure, max = 8): string {
  const texts = f.status.map((s) => s.text).filter((t, i, all) => t !== all[i - 1]);
  const shown = texts.slice(0, max).map((t) => `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`);
  return `${shown.join(" → ")}${texts.length > max ? ` → … (${texts.length - max} more)` : ""}`;
}

function sizes(f: SizesFigure): string {
  const typical = f.messages.filter((m) => !m.audio);
  const audio = f.messages.filter((m) => m.audio);
  const over = typical.filter((m) => m.bytes >= f.limitBytes).length;
  const largest = (ms: { bytes: number }[]) => Math.max(0, ...ms.map((m) => m.bytes));
  return [
    `${typical.length - over} of ${typical.length} typical messages under ${Math.round(f.limitBytes / 1024)} KB, largest ${largest(typical)} B`,
    audio.length ? `${audio.length} audio messages (large by design), largest ${largest(audio)} B` : "no audio messages",
    f.omitted ? `${f.omitted} messages not drawn` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

export function describeFigure(f: Figure): string {
  switch (f.kind) {
    case "latency": {
      const s = latencyStats(f);
      const budgets = f.budgets.map((b) => `${b.label}: ${f.samples.filter((x) => x.ms === null || x.ms > b.ms).length} over`).join("; ");
      return `${s.n} replies timed: p50 ${fmtMs(s.p50)}, p95 ${fmtMs(s.p95)}, max ${fmtMs(s.max)}${s.missing ? `, ${s.missing} without a reply` : ""}. Budgets — ${budgets}.`;
    }
    case "sizes":
      return `${sizes(f)}.`;
    case "connection":
      return `Over ${secs(f.endAt - f.t0)} from navigation: ${f.sockets.length} WebSocket(s) (${Math.max(0, f.sockets.length - 1)} reconnects), ${f.replies.length} replies. Status: ${statusPath(f)}.`;
    case "soak": {
      const s = summarize(f.replies.map((r) => r.ms));
      return `Ran ${secs(f.endAt - f.t0)}${f.plannedMs ? ` of ${secs(f.plannedMs)} planned` : ""}: ${f.sockets.length} WebSocket(s) (${Math.max(0, f.sockets.length - 1)} reconnects); replies ${f.omitted ? "(worst per time bin) " : ""}p50 ${fmtMs(s.p50)}, max ${fmtMs(s.max)} against ${fmtMs(f.budgetMs)}. Status: ${statusPath(f)}.`;
    }
  }
}
