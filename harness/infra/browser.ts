/**
 * Which Chromium to drive. Playwright's own build where it is installed; otherwise Debian's
 * `chromium` package (its /usr/lib binary starts faster than the /usr/bin wrapper); or the
 * path in HAL_CHROMIUM_PATH. A missing browser is one clear error with the install command.
 */
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";
import type { SuiteConfig } from "../config/suite-config.ts";
import type { StackHandle } from "../stack/types.ts";
import { browserHomeTrusting } from "./browser-trust.ts";
import { hostResolverRules } from "./resolve.ts";

const SYSTEM_CHROMIUM = [
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  // Debian 13's headless-only build (no GTK): what the hal-e2e image carries.
  "/usr/lib/chromium/chromium-headless-shell",
];

/**
 * Ubuntu's `chromium` and `chromium-browser` debs install a shell script that hands over to the
 * snap (and fails where snapd does not run: containers, CI images); a real binary is not a script.
 */
export function isSnapShim(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const buf = Buffer.alloc(4096);
    const head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString("latin1");
    return head.startsWith("#!") && /\bsnap\b/.test(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface BrowserChoice {
  /** undefined = Playwright's bundled Chromium. */
  executablePath?: string;
  source: "HAL_CHROMIUM_PATH" | "playwright" | "system";
}

export function chooseChromium(config: Pick<SuiteConfig, "HAL_CHROMIUM_PATH">): BrowserChoice {
  // The schema has checked that the file exists.
  if (config.HAL_CHROMIUM_PATH) return { executablePath: config.HAL_CHROMIUM_PATH, source: "HAL_CHROMIUM_PATH" };
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { source: "playwright" };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p) && !isSnapShim(p));
  if (system) return { executablePath: system, source: "system" };
  throw new Error(
    "No Chromium found. Install Playwright's with:\n" +
      "  npx hal-e2e install-browser\n" +
      "(where browser downloads are blocked, Debian's package: apt-get install chromium; or set HAL_CHROMIUM_PATH)",
  );
}

/**
 * Flags for a quiet, offline, headless Chromium with a fake microphone (HAL's page streams
 * audio once it has one; DESIGN.md lists why each flag is here).
 */
export function chromiumArgs(choice: BrowserChoice): string[] {
  const args = [
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
    "--disable-quic",
  ];
  if (choice.source !== "playwright") {
    args.push(
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    );
  }
  return args;
}

/**
 * The one place Chromium's launch options are built: the chosen executable, the flags above, the
 * target's host mappings (curl-style --resolve; Node clients get the same, infra/resolve.ts) and
 * a private HOME whose NSS database trusts exactly the target's CA (browser-trust.ts), so a wrong
 * name or an expired certificate stays an error.
 */
export function browserLaunch(config: Pick<SuiteConfig, "HAL_CHROMIUM_PATH">, stack: StackHandle): LaunchOptions {
  const choice = chooseChromium(config);
  const args = chromiumArgs(choice);
  if (stack.tls.hosts.length) args.push(`--host-resolver-rules=${hostResolverRules(stack.tls.hosts)}`);
  return {
    executablePath: choice.executablePath,
    args,
    env: { ...process.env, HOME: browserHomeTrusting(stack.tls.caPem) },
  };
}
