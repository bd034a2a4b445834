/**
 * Which Chromium to drive. Playwright's own build where it is installed; otherwise Debian's
 * `chromium` package (its /usr/lib binary starts faster than the /usr/bin wrapper); or the
 * path in HAL_CHROMIUM_PATH. A missing browser is one clear error with the install command.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { RUN_DIR } from "../paths.ts";
import type { StackHandle } from "../stack/types.ts";
import { hostResolverRules, parseResolve } from "./resolve.ts";

const SYSTEM_CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export interface BrowserChoice {
  /** undefined = Playwright's bundled Chromium. */
  executablePath?: string;
  source: "HAL_CHROMIUM_PATH" | "playwright" | "system";
}

export function chooseChromium(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const configured = env.HAL_CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`HAL_CHROMIUM_PATH points to "${configured}", which does not exist.`);
    return { executablePath: configured, source: "HAL_CHROMIUM_PATH" };
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return { source: "playwright" };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return { executablePath: system, source: "system" };
  throw new Error(
    "No Chromium found. Install one of:\n" +
      "  - Debian/Ubuntu: apt-get install chromium\n" +
      "  - anywhere with a browser download: npx playwright install chromium\n" +
      "or set HAL_CHROMIUM_PATH to a Chromium executable.",
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

/** A private HOME, so the browser never touches the user's profile or keyring. */
export function browserHome(): string {
  const home = join(RUN_DIR, "browser-home");
  mkdirSync(home, { recursive: true });
  return home;
}

/** Per-stack flags: curl-style host mappings. Trust comes from the NSS database (browser-trust.ts). */
export function stackLaunchArgs(stack: StackHandle): string[] {
  const args: string[] = [];
  // curl-style --resolve for the browser; Node clients get the same mappings (infra/resolve.ts).
  if (stack.tls.resolve.length) args.push(`--host-resolver-rules=${hostResolverRules(parseResolve(stack.tls.resolve.join(",")))}`);
  return args;
}
