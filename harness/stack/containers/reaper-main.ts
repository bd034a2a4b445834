/**
 * The reaper process (see reaper.ts): waits for its owner's IPC channel to close, then removes
 * what the owner started. Failures go to .run/reaper.log, as nobody reads its output.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { RUN_DIR } from "../../paths.ts";
import { sweepContainers } from "./sweep.ts";

const owner = Number(process.env.HAL_REAPER_OWNER);

function note(text: string): void {
  mkdirSync(RUN_DIR, { recursive: true });
  appendFileSync(join(RUN_DIR, "reaper.log"), `${new Date().toISOString()} [owner ${owner}] ${text}\n`);
}

if (!process.send || !Number.isInteger(owner)) {
  console.error("reaper-main.ts is started by reaper.ts with an IPC channel and HAL_REAPER_OWNER");
  process.exit(2);
}
const reap = () => {
  // An engine that does not answer must not leave the reaper hanging forever.
  setTimeout(() => process.exit(1), 60_000).unref();
  sweepContainers({ owner })
    .then((removed) => {
      if (removed.length) note(`removed ${removed.join(", ")}`);
      process.exit(0);
    })
    .catch((err: Error) => {
      note(`sweep failed: ${err.message}`);
      process.exit(1);
    });
};
// The owner may already be gone by the time this process has loaded.
if (process.connected) process.once("disconnect", reap);
else reap();
