/**
 * Spawns one component as a managed child: its own process group (so stop() takes its
 * children too), output captured into a LogReader, an entry in the pid registry, and an
 * `exited` promise so readiness waits fail fast when the component dies during start.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { LogReader } from "../logs/log-reader.ts";
import { register, unregister } from "./pid-registry.ts";

export interface ManagedProcess {
  name: string;
  pid: number;
  log: LogReader;
  /** Resolves with the exit code (or signal) when the process ends, whenever that is. */
  exited: Promise<string>;
  signal(sig: NodeJS.Signals): void;
  /** Messages the child sends on its IPC channel (spawned with `ipc: true`). */
  onMessage(listener: (message: unknown) => void): void;
  /** Sends a message on the IPC channel; false when there is none (or it closed). */
  send(message: unknown): boolean;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Open an IPC channel: reference servers exit when it closes (their parent died). */
  ipc?: boolean;
  log?: LogReader;
}

export function spawnManaged(name: string, command: string, args: string[], opts: SpawnOptions = {}): ManagedProcess {
  const log = opts.log ?? new LogReader(name);
  const child: ChildProcess = spawn(command, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    detached: true,
    stdio: opts.ipc ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`could not start ${name}: ${command} ${args.join(" ")}`);
  const pid = child.pid;
  register(pid, name);
  child.stdout?.on("data", (d: Buffer) => log.write(d));
  child.stderr?.on("data", (d: Buffer) => log.write(d));
  // The IPC channel must not keep the harness alive on its own.
  child.channel?.unref();
  child.unref();
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, sig) => {
      unregister(pid);
      resolve(sig ?? String(code));
    });
  });

  const killGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // The group is already gone.
    }
  };

  return {
    name,
    pid,
    log,
    exited,
    signal: (sig) => child.kill(sig),
    onMessage: (listener) => child.on("message", listener),
    send: (message) => (child.connected ? child.send(message as object) : false),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup("SIGTERM");
      const timeout = new Promise<"timeout">((r) => setTimeout(r, 3000));
      if ((await Promise.race([exited, timeout])) === "timeout") {
        killGroup("SIGKILL");
        await exited;
      }
      // Stragglers of the group (an old HAProxy worker after a reload, tsx's inner node).
      killGroup("SIGKILL");
    },
  };
}
