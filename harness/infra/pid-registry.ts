/**
 * Every process the harness spawns is recorded here (one file per process group) so that a
 * run interrupted hard — a killed worker, a crashed runner — can be swept clean by the next
 * global setup or teardown. Normal stops remove their own entry.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RUN_DIR } from "../paths.ts";

const DIR = join(RUN_DIR, "pids");

interface Entry {
  pid: number;
  owner: number;
  name: string;
}

export function register(pid: number, name: string): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, String(pid)), JSON.stringify({ pid, owner: process.pid, name } satisfies Entry));
}

export function unregister(pid: number): void {
  rmSync(join(DIR, String(pid)), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Kills the process group of every registered process whose owner is gone (or all, with `all`). */
export function sweep({ all = false } = {}): string[] {
  let files: string[];
  try {
    files = readdirSync(DIR);
  } catch {
    return [];
  }
  const killed: string[] = [];
  for (const file of files) {
    const path = join(DIR, file);
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(path, "utf8")) as Entry;
    } catch {
      rmSync(path, { force: true });
      continue;
    }
    if (!all && isAlive(entry.owner)) continue;
    if (isAlive(entry.pid)) {
      try {
        process.kill(-entry.pid, "SIGKILL");
        killed.push(`${entry.name} (pid ${entry.pid})`);
      } catch {
        // Already gone between the check and the kill.
      }
    }
    rmSync(path, { force: true });
  }
  return killed;
}
