/**
 * HAProxy's master CLI (master-worker mode, `-S <socket>`): `show proc` and `reload`.
 * The same text protocol is used whether the socket is a local file or reached inside a
 * container, so callers pass a `send` function.
 */
import net from "node:net";

export type MasterSend = (command: string) => Promise<string>;

export function unixSocketSender(path: string, timeoutMs = 5000): MasterSend {
  return (command) =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = net.connect(path, () => socket.end(`${command}\n`));
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`master CLI "${command}" timed out`)));
      socket.on("data", (d: Buffer) => chunks.push(d));
      socket.on("error", reject);
      socket.on("close", () => resolve(Buffer.concat(chunks).toString()));
    });
}

export interface ProcEntry {
  pid: number;
  type: "master" | "worker" | string;
  reloads: number;
  /** True for workers listed under "# old workers" (still draining after a reload). */
  old: boolean;
}

export interface ProcTable {
  master?: ProcEntry;
  failedReloads: number;
  current: ProcEntry[];
  old: ProcEntry[];
}

/** Parses `show proc` output (HAProxy 2.6 format). */
export function parseShowProc(text: string): ProcTable {
  const table: ProcTable = { failedReloads: 0, current: [], old: [] };
  let section: "current" | "old" | "other" = "current";
  for (const line of text.split("\n")) {
    if (/^#\s*old workers/.test(line)) section = "old";
    else if (/^#\s*workers/.test(line)) section = "current";
    else if (/^#\s*programs/.test(line)) section = "other";
    const m = /^(\d+)\s+(\S+)\s+(\d+)(?:\s+\[failed:\s*(\d+)\])?/.exec(line);
    if (!m) continue;
    const entry: ProcEntry = { pid: Number(m[1]), type: m[2] ?? "", reloads: Number(m[3]), old: section === "old" };
    if (entry.type === "master") {
      table.master = entry;
      table.failedReloads = Number(m[4] ?? 0);
    } else if (section === "old") table.old.push(entry);
    else if (section === "current") table.current.push(entry);
  }
  return table;
}
