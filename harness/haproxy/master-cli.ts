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

/**
 * Whether every health-checked server has settled: its first check done (`show stat`'s
 * check_status no longer `INI`) and no longer on its way up or down (a status like `UP 1/3`).
 * Before that HAProxy still counts a dead server UP and retries it for seconds, and sends
 * upgrades to a gateway its check is about to mark DOWN. A deployment under test has been up
 * longer than that, so a reference stack is ready only once its servers have settled.
 */
export async function firstChecksDone(send: MasterSend): Promise<void> {
  const csv = await send("@1 show stat");
  const header = csv.split("\n")[0]?.replace(/^# /, "").split(",") ?? [];
  const col = (name: string) => header.indexOf(name);
  const [sv, check, status] = [col("svname"), col("check_status"), col("status")];
  if (sv < 0 || check < 0 || status < 0) throw new Error(`show stat without svname/status/check_status columns: ${csv.slice(0, 200)}`);
  const pending = csv
    .split("\n")
    .slice(1)
    .map((l) => l.split(","))
    .filter((f) => f[sv] && f[sv] !== "FRONTEND" && f[sv] !== "BACKEND")
    .filter((f) => (f[check] ?? "").startsWith("INI") || /\d+\/\d+/.test(f[status] ?? ""))
    .map((f) => `${f[sv]} (${f[status]}, ${f[check] || "no check"})`);
  if (pending.length) throw new Error(`health checks not settled for ${pending.join(", ")}`);
}
