/**
 * `npm run ci -- verify [verify options]`: `hal-e2e verify` as the post-deploy workflow runs it.
 * The workflow's inputs arrive as HAL_* variables (verify reads them as option defaults); its
 * secrets arrive as VERIFY_* variables, which this wrapper turns into what verify needs and
 * removes from verify's environment:
 *
 *   VERIFY_CA_PEM          PEM text of the private CA        → a 0600 file, HAL_CA_FILE
 *   VERIFY_BASIC_AUTH      "user:password" for the page      → credentials in HAL_TARGET_URL
 *   VERIFY_SSH_KEY         private key for the log sources   → a private ssh-agent (SSH_AUTH_SOCK)
 *   VERIFY_SSH_KNOWN_HOSTS known_hosts lines for them        → a file, VERIFY_KNOWN_HOSTS_FILE,
 *                          for `ssh -o UserKnownHostsFile="$VERIFY_KNOWN_HOSTS_FILE" …` in a log command
 *   VERIFY_STRICT          "true": every unverified item fails (HAL_STRICT=1, passed through)
 *
 * Verify's exit code is this command's, so a red verification fails the calling deployment.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeEntry } from "../paths.ts";
import { run } from "./ci-runs.ts";

const SECRETS = ["VERIFY_CA_PEM", "VERIFY_BASIC_AUTH", "VERIFY_SSH_KEY", "VERIFY_SSH_KNOWN_HOSTS", "VERIFY_STRICT"] as const;

/** GitHub masks a secret's exact text; the URL-encoded form that reaches the URL is masked too. */
function mask(value: string): void {
  if (process.env.GITHUB_ACTIONS === "true" && value) console.log(`::add-mask::${value}`);
}

export function withBasicAuth(target: string, auth: string): string {
  const colon = auth.indexOf(":");
  if (colon < 1) throw new Error("VERIFY_BASIC_AUTH: expected user:password");
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new Error(`HAL_TARGET_URL: not a URL (needed to add VERIFY_BASIC_AUTH to it): "${target}"`);
  }
  url.username = encodeURIComponent(auth.slice(0, colon));
  url.password = encodeURIComponent(auth.slice(colon + 1));
  mask(url.username);
  mask(url.password);
  return url.toString();
}

export interface PreparedEnv {
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/**
 * The environment verify runs in. Unset workflow inputs arrive as empty strings: an empty HAL_*
 * variable is dropped, as if unset, rather than rejected by the suite's config.
 */
export function prepareEnv(source: NodeJS.ProcessEnv): PreparedEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(source)) if (!(k.startsWith("HAL_") && v === "")) env[k] = v;
  for (const k of SECRETS) delete env[k];
  const dir = mkdtempSync(join(tmpdir(), "hal-e2e-verify-"));
  let agentPid: number | undefined;
  const cleanup = () => {
    if (agentPid) spawnSync("ssh-agent", ["-k"], { env: { ...env, SSH_AGENT_PID: String(agentPid) }, stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (source.VERIFY_CA_PEM) {
      env.HAL_CA_FILE = join(dir, "ca.pem");
      writeFileSync(env.HAL_CA_FILE, source.VERIFY_CA_PEM, { mode: 0o600 });
    }
    if (source.VERIFY_BASIC_AUTH) {
      if (!env.HAL_TARGET_URL) throw new Error("VERIFY_BASIC_AUTH is set but HAL_TARGET_URL (the target input) is not");
      env.HAL_TARGET_URL = withBasicAuth(env.HAL_TARGET_URL, source.VERIFY_BASIC_AUTH);
    }
    if (source.VERIFY_SSH_KNOWN_HOSTS) {
      env.VERIFY_KNOWN_HOSTS_FILE = join(dir, "known_hosts");
      writeFileSync(env.VERIFY_KNOWN_HOSTS_FILE, `${source.VERIFY_SSH_KNOWN_HOSTS.trim()}\n`, { mode: 0o600 });
    }
    if (source.VERIFY_SSH_KEY) {
      env.SSH_AUTH_SOCK = join(dir, "agent.sock");
      const out = execFileSync("ssh-agent", ["-a", env.SSH_AUTH_SOCK, "-s"], { encoding: "utf8" });
      agentPid = Number(/SSH_AGENT_PID=(\d+)/.exec(out)?.[1]) || undefined;
      // The key goes to the agent on stdin: never on a command line, never in a file.
      execFileSync("ssh-add", ["-q", "-"], { env, input: `${source.VERIFY_SSH_KEY.trim()}\n`, stdio: ["pipe", "inherit", "inherit"] });
    }
    if (source.VERIFY_STRICT === "true" || source.VERIFY_STRICT === "1") env.HAL_STRICT = "1";
  } catch (err) {
    cleanup();
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    throw missing ? new Error("VERIFY_SSH_KEY needs ssh-agent and ssh-add: apt-get install openssh-client") : err;
  }
  return { env, cleanup };
}

export async function verify(args: string[]): Promise<number> {
  let prepared: PreparedEnv;
  try {
    prepared = prepareEnv(process.env);
  } catch (err) {
    console.error(`ci verify: ${(err as Error).message}`);
    return 2;
  }
  try {
    return await run(process.execPath, [...nodeEntry("harness/cli/main.ts"), "verify", ...args], prepared.env);
  } finally {
    prepared.cleanup();
  }
}
