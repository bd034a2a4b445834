/**
 * Operating one HAProxy the way the checklist does by hand: `haproxy -c`, a graceful reload,
 * "is it running", and swapping its config file (backup/restore for the rollback drill).
 * The handle is runtime-neutral: processes and containers supply `exec`, `send` and file access.
 */
import { setTimeout as delay } from "node:timers/promises";
import { type MasterSend, type ProcTable, parseShowProc } from "./master-cli.ts";

export interface CheckResult {
  /** `haproxy -c` exited with status 0: the verdict (judgeConfigCheck, config-check.ts). */
  valid: boolean;
  /** What it printed (stdout then stderr): alerts, warnings, notices; nothing on success from 2.9. */
  output: string;
}

export interface ReloadResult {
  ok: boolean;
  before: ProcTable;
  after: ProcTable;
  ms: number;
}

export interface HaproxyControl {
  /** Path of the active configuration, as HAProxy sees it. */
  configPath: string;
  readConfig(): Promise<string>;
  writeConfig(text: string): Promise<void>;
  /** `haproxy -c -f <path>`; defaults to the active config. */
  check(path?: string): Promise<CheckResult>;
  /** Master CLI `reload`; resolves when a new worker serves or the reload failed. */
  reload(): Promise<ReloadResult>;
  processes(): Promise<ProcTable>;
}

/** A reload is complete when the master counts one more reload and a fresh worker is current. */
export async function reloadViaMaster(send: MasterSend, timeoutMs = 10_000): Promise<ReloadResult> {
  const started = Date.now();
  const before = parseShowProc(await send("show proc"));
  await send("reload");
  const deadline = started + timeoutMs;
  for (;;) {
    let after: ProcTable | undefined;
    try {
      after = parseShowProc(await send("show proc"));
    } catch {
      // The master re-executes itself during a reload; its socket is briefly unavailable.
    }
    if (after?.master && after.master.reloads > (before.master?.reloads ?? 0)) {
      const failed = after.failedReloads > before.failedReloads;
      const fresh = after.current.some((w) => !before.current.some((b) => b.pid === w.pid));
      if (failed || fresh) return { ok: !failed && fresh, before, after, ms: Date.now() - started };
    }
    if (Date.now() > deadline) {
      return { ok: false, before, after: after ?? before, ms: Date.now() - started };
    }
    await delay(50);
  }
}
