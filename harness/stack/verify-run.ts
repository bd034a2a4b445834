/**
 * `hal-e2e verify` pointed at a reference stack exactly as a user points it at production: the
 * page URL (credentials in it when the stack asks for them), the stack's certificate as `--ca`,
 * its logs as files that grow (followed by log commands), its servers as bypass URLs. For the
 * tests that prove what a verify run does (no secret leaks, no acting question) and for the
 * benchmark of how long a verdict takes. Records when each output line arrived, so a figure can
 * say when the preflight's diagnosis was printed, not only when the run ended.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { mirrorToFile } from "../logs/log-file-mirror.ts";
import { REPO_ROOT } from "../paths.ts";
import type { StackHandle } from "./types.ts";

export interface VerifyRunOptions {
  /** Extra verify options (`--grep`, `--soak`, `--reports`). */
  args?: string[];
  /** Log commands: `(file) => command`, e.g. to put a token in it; default `tail -n 0 -F <file>`. */
  logCommand?: (file: string, log: "haproxy" | "gateway") => string;
  /** Extra environment of the verify process (e.g. GITHUB_STEP_SUMMARY). */
  env?: NodeJS.ProcessEnv;
  /** Called once the log files exist, before verify starts (to put other people's traffic in them). */
  beforeRun?: (logFiles: { haproxy: string; gateway: string }) => void;
  /** Leave out the direct URLs (as for a production target that offers none). */
  noBypass?: boolean;
  dir?: string;
}

export interface VerifyRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Every output line with its time since the start, in ms. */
  lines: { at: number; text: string }[];
  dir: string;
  reports: string;
  logFiles: { haproxy: string; gateway: string };
}

/** The environment of the child: this process's, without any HAL_* of the run that starts it. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HAL_"))), ...extra };
}

export async function verifyAgainst(stack: StackHandle, opts: VerifyRunOptions = {}): Promise<VerifyRun> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), "hal-verify-"));
  mkdirSync(join(dir, "logs"), { recursive: true });
  const logFiles = { haproxy: join(dir, "logs", "haproxy.log"), gateway: join(dir, "logs", "gateway.log") };
  const stops = [mirrorToFile(stack.logs.haproxy, logFiles.haproxy), mirrorToFile(stack.logs.gateway, logFiles.gateway)];
  opts.beforeRun?.(logFiles);
  const ca = join(dir, "ca.pem");
  writeFileSync(ca, stack.tls.caPem ?? "");
  const target = new URL(stack.pageUrl);
  if (stack.credentials) {
    target.username = encodeURIComponent(stack.credentials.username);
    target.password = encodeURIComponent(stack.credentials.password);
  }
  const command = opts.logCommand ?? ((file: string) => `tail -n 0 -F ${file}`);
  const reports = join(dir, "reports");
  const args = [
    join(REPO_ROOT, "harness/cli/hal-e2e.mjs"),
    "verify",
    ...["--target", target.href, "--ca", ca, "--reports", reports],
    ...["--haproxy-log", `cmd:${command(logFiles.haproxy, "haproxy")}`, "--gateway-log", `cmd:${command(logFiles.gateway, "gateway")}`],
    ...(opts.noBypass ? [] : ["--static", stack.direct.staticUrl ?? "", "--gateway", stack.direct.gatewayUrl ?? ""]),
    ...(opts.args ?? []),
  ];
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: cleanEnv(opts.env), stdio: ["ignore", "pipe", "pipe"] });
  const lines: VerifyRun["lines"] = [];
  const out: string[] = [];
  const err: string[] = [];
  createInterface({ input: child.stdout }).on("line", (text) => {
    lines.push({ at: Date.now() - started, text });
    out.push(text);
  });
  createInterface({ input: child.stderr }).on("line", (text) => err.push(text));
  try {
    const code = await new Promise<number | null>((done) => child.once("close", (c) => done(c)));
    return { code, stdout: out.join("\n"), stderr: err.join("\n"), ms: Date.now() - started, lines, dir, reports, logFiles };
  } finally {
    for (const stop of stops) stop();
  }
}
