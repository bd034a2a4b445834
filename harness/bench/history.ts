/**
 * The benchmark's history: one JSON line per figure per run, appended to docs/bench-history.jsonl
 * (committed), so a slowdown shows in review as a diff, with the machine it was measured on.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { cpus, hostname } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../paths.ts";

export const HISTORY = join(REPO_ROOT, "docs", "bench-history.jsonl");

export interface Entry {
  at: string;
  commit: string;
  machine: string;
  figure: string;
  /** Median of the runs, ms. */
  ms: number;
  runs: number[];
  goalMs: number;
  soakMs: number;
  rightVerdict: boolean;
  details?: Record<string, number>;
}

export const machine = () => `${hostname()}, ${cpus().length} cores, Node ${process.versions.node}`;

export function append(entries: Entry[]): void {
  if (entries.length) appendFileSync(HISTORY, `${entries.map((e) => JSON.stringify(e)).join("\n")}\n`);
}

/** The last recorded entry of each figure, for "was / now". */
export function lastOf(): Map<string, Entry> {
  const last = new Map<string, Entry>();
  if (!existsSync(HISTORY)) return last;
  for (const line of readFileSync(HISTORY, "utf8").split("\n").filter(Boolean)) {
    const e = JSON.parse(line) as Entry;
    last.set(e.figure, e);
  }
  return last;
}
