/**
 * `npm run pack:smoke [-- --full]`: the package as a user gets it. Packs the tarball, installs it
 * into an empty directory, starts the reference stack with `npx hal-e2e stack up`, and runs
 * `npx hal-e2e verify --target <its URL> --ca <its CA>` from that directory: verify must exit 0,
 * its reports must land under that directory's reports/, nothing may be written inside
 * node_modules, and no report may name an outside host. The @smoke subset by default (CI);
 * --full runs the whole read-only checklist. Prints each step's time.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PACKAGE_ROOT } from "../paths.ts";
import { scanReports } from "../report/report-hosts.ts";

const full = process.argv.includes("--full");
const started = Date.now();
const step = (what: string, since: number) => console.log(`[pack:smoke] ${what}: ${((Date.now() - since) / 1000).toFixed(1)} s`);
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

/** Starts `hal-e2e stack up` and resolves its page URL and CA file from what it prints. */
function stackUp(dir: string): Promise<{ child: ChildProcess; url: string; ca: string }> {
  // Its own process group, so the stack and its servers stop together.
  const child = spawn("npx", ["hal-e2e", "stack", "up", "--runtime", "processes"], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let url: string | undefined;
  let ca: string | undefined;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("hal-e2e stack up printed no URL and CA file within 60 s")), 60_000);
    child.once("exit", (code) => reject(new Error(`hal-e2e stack up exited (${code}) before printing its URL`)));
    createInterface({ input: child.stdout as NonNullable<typeof child.stdout> }).on("line", (line) => {
      url ??= /page \(through HAProxy\):\s+(\S+)/.exec(line)?.[1];
      ca ??= /CA file \(verify --ca\):\s+(\S+)/.exec(line)?.[1];
      if (url && ca) {
        clearTimeout(timer);
        resolve({ child, url, ca });
      }
    });
  });
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "hal-e2e-pack-smoke-"));
  let stack: ChildProcess | undefined;
  try {
    let t = Date.now();
    const tarball = run("npm", ["pack", "--silent", "--pack-destination", dir], PACKAGE_ROOT).trim().split("\n").at(-1) as string;
    step(`npm pack (${tarball})`, t);
    t = Date.now();
    run("npm", ["init", "-y"], dir);
    run("npm", ["install", "--no-audit", "--no-fund", join(dir, tarball)], dir);
    step("npm install of the tarball into an empty project", t);
    const installed = filesUnder(join(dir, "node_modules", "hal-e2e"));
    console.log(`[pack:smoke] npx hal-e2e --version: ${run("npx", ["hal-e2e", "--version"], dir).trim()}`);
    t = Date.now();
    const up = await stackUp(dir);
    stack = up.child;
    const { url, ca } = up;
    step(`hal-e2e stack up (${url})`, t);
    t = Date.now();
    const args = ["hal-e2e", "verify", "--target", url, "--ca", ca, ...(full ? [] : ["--grep", "@smoke"])];
    const code = await new Promise<number>((done) => spawn("npx", args, { cwd: dir, stdio: "inherit" }).once("exit", (c) => done(c ?? 1)));
    step(`hal-e2e verify${full ? "" : " --grep @smoke"} (exit ${code})`, t);
    const problems: string[] = [];
    if (code !== 0) problems.push(`verify exited ${code}`);
    const runs = existsSync(join(dir, "reports")) ? readdirSync(join(dir, "reports")) : [];
    const reports = runs.map((r) => join(dir, "reports", r)).find((r) => existsSync(join(r, "checklist.json")));
    if (!reports) problems.push(`no checklist.json under ${join(dir, "reports")}`);
    const added = filesUnder(join(dir, "node_modules", "hal-e2e")).filter((f) => !installed.includes(f));
    if (added.length) problems.push(`written inside node_modules/hal-e2e: ${added.slice(0, 5).join(", ")}`);
    for (const f of reports ? scanReports(reports) : []) problems.push(`${f.file} ${f.kind} ${f.host}`);
    for (const p of problems) console.error(`[pack:smoke] FAIL: ${p}`);
    step(problems.length ? "FAILED" : "passed", started);
    return problems.length ? 1 : 0;
  } finally {
    if (stack?.pid) {
      const exited = new Promise((done) => stack?.once("exit", done));
      process.kill(-stack.pid, "SIGINT");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
