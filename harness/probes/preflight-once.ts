/**
 * One preflight per target per run: Playwright starts a new worker after every failed test, and
 * each would probe the same production deployment again (seconds each when HAL answers late).
 * The first worker's result is kept in the run's output directory, which Playwright empties
 * when a run starts, keyed by every URL the preflight probes.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Preflight;
  } catch {
    const preflight = await run();
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: a worker starting meanwhile reads all of it or nothing.
    writeFileSync(`${file}.${process.pid}`, JSON.stringify(preflight));
    renameSync(`${file}.${process.pid}`, file);
    return preflight;
  }
}
