/**
 * One reaper per process that starts containers: a small detached Node process holding an IPC
 * channel to its owner. When the owner ends — normally, or killed with SIGKILL, which runs no
 * teardown — the channel closes and the reaper removes the owner's containers and networks.
 * Detached, it is in its own process group, so the Ctrl-C that interrupts a run does not reach
 * it. This is what Ryuk does for testcontainers where its image can be pulled.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { nodeEntry, REPO_ROOT } from "../../paths.ts";

// Per process by nature: the reaper watches the process that holds this module.
let reaper: ChildProcess | undefined;

export function ensureReaper(): void {
  if (reaper && reaper.exitCode === null && reaper.connected) return;
  reaper = spawn(process.execPath, nodeEntry("harness/stack/containers/reaper-main.ts"), {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "ignore", "ipc"],
    env: { ...process.env, HAL_REAPER_OWNER: String(process.pid) },
  });
  // Neither the child nor its channel may keep the owner alive.
  reaper.channel?.unref();
  reaper.unref();
}
