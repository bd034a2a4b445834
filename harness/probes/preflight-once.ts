/**
 * One preflight per target per run: Playwright starts a new worker after every failed test, and
 * each would probe the same production deployment again (seconds each when HAL answers late).
 * The first worker's result is kept in the run's output directory, which Playwright empties
 * when a run starts, keyed by every URL the preflight probes.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { StackHandle } from "../stack/types.ts";
import type { Preflight } from "./preflight.ts";

export async function oncePerRun(
  outputDir: string,
  stack: Pick<StackHandle, "pageUrl" | "wsUrl" | "direct">,
  run: () => Promise<Preflight>,
): Promise<Preflight> {
  const key = createHash("sha256")
    .update(JSON.stringify([stack.pageUrl, stack.wsUrl, stack.direct.staticUrl, stack.direct.gatewayUrl]))
    .digest("hex")
    .slice(0, 16);
  const dir = join(outputDir, ".preflight");
  const file = join(dir, `${key}.json`);
  const written = () => {
    try {
      return JSON.parse(readFileSync(file, "utf8")) as Preflight;
    } catch {
      return undefined;
    }
  };
  mkdirSync(dir, { recursive: true });
  // Workers that start together (the soak's and the checks') probe once: the first to take the
  // claim runs the preflight, the others wait for its result.
  let claimed = false;
  try {
    closeSync(openSync(`${file}.claim`, "wx"));
    claimed = true;
  } catch {}
  if (!claimed) {
    for (const deadline = Date.now() + CLAIM_WAIT_MS; Date.now() < deadline; await sleep(200)) {
      const preflight = written();
      if (preflight) return preflight;
    }
  }
  const preflight = written() ?? (await run());
  // Written whole, then renamed: a worker starting meanwhile reads all of it or nothing.
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(preflight));
  renameSync(`${file}.${process.pid}`, file);
  return preflight;
}

/** How long a worker waits for another's preflight before probing itself (its claim's holder died). */
const CLAIM_WAIT_MS = 120_000;
