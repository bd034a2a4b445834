/**
 * Strict TLS for Chromium against a production target. Chromium has no flag that takes a CA
 * file, and `--ignore-certificate-errors-spki-list` would waive *every* certificate error
 * (wrong name, expiry) once the key matches, so it is not used in production. Instead the CA
 * file goes into an NSS database in a private browser HOME (`$HOME/.pki/nssdb`, read by Linux
 * Chromium): a CA certificate as a trusted CA ("C,,"), a self-signed server certificate as a
 * trusted peer ("P,,"). Chromium then verifies name, dates and chain as for any public site.
 */
import { execFileSync } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RUN_DIR } from "../paths.ts";

const READY = "trust-ready";

function certificates(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

function certutil(args: string[]): void {
  try {
    execFileSync("certutil", args, { stdio: ["ignore", "ignore", "pipe"] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === "ENOENT") {
      throw new Error("HAL_CA_FILE needs NSS's certutil to give Chromium the CA: apt-get install libnss3-tools");
    }
    throw new Error(`certutil ${args.join(" ")} failed: ${e.stderr?.toString() ?? e.message}`);
  }
}

/**
 * A browser HOME for a production run: its NSS database trusts exactly the certificates of
 * `caPem` (none when undefined: public CAs only). Built once per CA content, atomically, so
 * parallel workers and runs share it safely.
 */
export function browserHomeTrusting(caPem: string | undefined): string {
  mkdirSync(RUN_DIR, { recursive: true });
  const id = caPem ? createHash("sha256").update(caPem).digest("hex").slice(0, 16) : "public";
  const home = join(RUN_DIR, `browser-home-trusting-${id}`);
  if (existsSync(join(home, READY))) return home;
  const tmp = mkdtempSync(join(RUN_DIR, "browser-home-tmp-"));
  try {
    if (caPem) {
      const db = `sql:${join(tmp, ".pki", "nssdb")}`;
      mkdirSync(join(tmp, ".pki", "nssdb"), { recursive: true });
      certutil(["-N", "-d", db, "--empty-password"]);
      certificates(caPem).forEach((pem, i) => {
        const file = join(tmp, `ca-${i}.pem`);
        writeFileSync(file, pem);
        const trust = new X509Certificate(pem).ca ? "C,," : "P,,";
        certutil(["-A", "-d", db, "-n", `hal-e2e-${i}`, "-t", trust, "-i", file]);
      });
    }
    writeFileSync(join(tmp, READY), new Date().toISOString());
    renameSync(tmp, home);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    // Another worker finished first: its database is as good as ours.
    if (existsSync(join(home, READY))) return home;
    throw err;
  }
  return home;
}
