/**
 * A reference stack's log as a production log file: every line the reader gets is appended to
 * `path`, as a service's log grows, so a `verify` run can follow it with a log command exactly as
 * it follows production's (`tail -F`, an ssh tail). Used by the tests that point `verify` at a
 * reference stack.
 */
import { appendFileSync, writeFileSync } from "node:fs";
import type { LogReader } from "./log-reader.ts";

/** Starts mirroring from now; returns the function that stops it. */
export function mirrorToFile(log: LogReader | undefined, path: string, everyMs = 200): () => void {
  writeFileSync(path, "");
  let mark = log?.mark() ?? 0;
  const flush = () => {
    const lines = log?.since(mark) ?? [];
    mark += lines.length;
    if (lines.length) appendFileSync(path, `${lines.map((l) => l.text).join("\n")}\n`);
  };
  const timer = setInterval(flush, everyMs);
  return () => {
    clearInterval(timer);
    flush();
  };
}
