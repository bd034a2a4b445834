/**
 * How long a reload lets the old worker keep the connections it holds: `hard-stop-after` in the
 * global section (HAL_SYSTEM.md, "Reloads"). A WebSocket that "survives" a reload lives on the
 * old worker and is cut when that bound expires, so a reload check must watch past it: a socket
 * that is fine 3 s after the reload says nothing about the one cut at 30 s.
 *
 * Without a bound (or with one beyond the longest session) nothing in HAProxy ends the old
 * worker's sockets but their own timeouts (`timeout tunnel`, reviewed and soaked elsewhere), so
 * survival is proven by evidence, not by waiting: the old worker still listed by the master
 * (`show proc`) while it holds them, and both sockets answering after the reload. The watch then
 * only needs to cover a cut the reload itself makes (a stop instead of a soft stop, a worker
 * that closes what it holds): a few of the check's question rounds.
 */
import { formatDuration, parseDuration } from "../config/duration.ts";
import { LONGEST_SOAK_MS } from "./review.ts";
import { find, parseConfig } from "./review-config.ts";

/** Watched when no bound is set (old workers keep sockets until they close) or the bound is beyond the longest session: two question rounds. */
export const UNBOUNDED_WATCH_MS = 10_000;
/** Watched beyond a bound, so the cut (if the bound holds) happens inside the watch. */
export const PAST_BOUND_MS = 5_000;

export interface ReloadBound {
  /** `hard-stop-after` in ms, undefined when unset. */
  ms?: number;
  /** The directive as written, or "no hard-stop-after". */
  setting: string;
  /** How long to watch the sockets opened before the reload, and why that long. */
  watchMs: number;
  why: string;
}

export function reloadBound(configText: string, longestSessionMs = LONGEST_SOAK_MS): ReloadBound {
  const global = parseConfig(configText).sections.find((s) => s.kind === "global");
  const directive = global && find(global, "hard-stop-after").at(-1);
  const ms = directive?.words[1] ? parseDuration(directive.words[1], { bare: "ms" }) : undefined;
  const setting = directive ? directive.words.join(" ") : "no hard-stop-after";
  if (ms === undefined)
    return { setting, watchMs: UNBOUNDED_WATCH_MS, why: "no hard-stop-after: an old worker keeps its sockets until they close" };
  if (ms >= longestSessionMs)
    return {
      ms,
      setting,
      watchMs: UNBOUNDED_WATCH_MS,
      why: `\`${setting}\` outlasts the longest session the checklist asks for (${formatDuration(longestSessionMs)})`,
    };
  return {
    ms,
    setting,
    watchMs: ms + PAST_BOUND_MS,
    why: `\`${setting}\` cuts the sockets an old worker still holds ${formatDuration(ms)} after a reload: watched past it`,
  };
}
