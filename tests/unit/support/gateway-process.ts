/**
 * The reference gateway as its own process (main.ts), configured through gatewayEnv exactly as
 * the harness does: for what an in-process gateway cannot show — a crash of the process, or a
 * blocked event loop, which would block the test's own clients too.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { GatewayBehaviour } from "../../../reference-impl/gateway/behaviour.ts";
import { gatewayEnv } from "../../../reference-impl/gateway/config.ts";

const MAIN = fileURLToPath(new URL("../../../reference-impl/gateway/main.ts", import.meta.url));

export interface GatewayProcess {
  url: string;
  out: string[];
  err: string[];
  /** Resolves with the exit code if the process ends; pending while it runs. */
  exited: Promise<number | null>;
  running: () => boolean;
  stop: () => Promise<void>;
}

export async function spawnGateway(knobs: Partial<GatewayBehaviour> = {}): Promise<GatewayProcess> {
  const env = { ...process.env, ...gatewayEnv(knobs), HOST: "127.0.0.1", PORT: "0", HAL_GW_MAX_FRAME_BYTES: String(64 * 1024) };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", MAIN], { env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  const out: string[] = [];
  const err: string[] = [];
  if (child.stdout) createInterface({ input: child.stdout }).on("line", (l) => out.push(l));
  if (child.stderr) createInterface({ input: child.stderr }).on("line", (l) => err.push(l));
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (c) => {
      code = c;
      resolve(c);
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not listen within 15 s: ${err.join("\n")}`)), 15_000);
    child.on("message", (m: { listening?: number }) => {
      if (typeof m.listening !== "number") return;
      clearTimeout(timer);
      resolve(m.listening);
    });
    void exited.then((c) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${c}) before listening: ${err.join("\n")}`));
    });
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    out,
    err,
    exited,
    running: () => code === undefined,
    stop: async () => {
      if (code !== undefined) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
