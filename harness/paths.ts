import { createRequire } from "node:module";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The suite runs in two shapes: a clone, as TypeScript (Playwright's transform, tsx), and the
 * installed package, as the JavaScript `npm run build` compiled into dist/. Playwright transforms
 * nothing under node_modules, so the package must be plain JavaScript; and a package must write
 * nothing inside node_modules, so its reports go under the current directory and its scratch
 * space under the user's cache directory.
 */
export const COMPILED = import.meta.url.endsWith(".js");

/** Root of the suite's tree: the clone, or dist/ in the package (same layout below it). */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Where package.json is: the clone, or the package directory above dist/. */
export const PACKAGE_ROOT = COMPILED ? resolve(REPO_ROOT, "..") : REPO_ROOT;
export const REFERENCE_IMPL = fileURLToPath(new URL("../reference-impl/", import.meta.url));
export const REPORTS_DIR = COMPILED ? `${resolve("reports")}/` : fileURLToPath(new URL("../reports/", import.meta.url));

function cacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg) return xdg;
  const home = homedir();
  return home && home !== "/" ? join(home, ".cache") : tmpdir();
}
/** Scratch space of running stacks: rendered configs, certificates, pid registry. */
export const RUN_DIR = COMPILED ? `${join(cacheDir(), "hal-e2e", "run")}/` : fileURLToPath(new URL("../.run/", import.meta.url));

/** A module of the suite by its source path ("harness/cli/selftest.ts"): absolute, with this tree's extension. */
export function suiteModule(sourcePath: string): string {
  return join(REPO_ROOT, COMPILED ? sourcePath.replace(/\.ts$/, ".js") : sourcePath);
}

/** Node's arguments before a suite module: tsx's loader in a clone, nothing in the package. */
export const NODE_LOADER: readonly string[] = COMPILED ? [] : ["--import", "tsx"];

/** Node's arguments that run a suite entry point by its source path. */
export function nodeEntry(sourcePath: string): string[] {
  return [...NODE_LOADER, suiteModule(sourcePath)];
}

/** Playwright's CLI as Node resolves it from here: in the clone's node_modules, or hoisted beside the package. */
export const PLAYWRIGHT_CLI = join(dirname(createRequire(import.meta.url).resolve("@playwright/test/package.json")), "cli.js");
