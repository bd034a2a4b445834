/**
 * Shared shutdown rules for the reference servers: stop on SIGTERM/SIGINT, and stop when the
 * harness that spawned us goes away (its IPC channel closes), so a crashed test worker never
 * leaves a server behind.
 */
export function exitWithParent(close: () => Promise<void>): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (process.send) process.on("disconnect", stop);
}
