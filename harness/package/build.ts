/**
 * `npm run build`: the installable package's JavaScript. tsc compiles the whole tree that
 * tsconfig.build.json names (its `include`, less its `exclude`) into dist/ with the same layout,
 * rewriting `.ts` import specifiers to `.js`; every other file under those roots (the page, the
 * HAProxy template, Dockerfiles, scripts, the Allure config) is copied beside it. Nothing here
 * names a module: files move, the build follows.
 */
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { PACKAGE_ROOT } from "../paths.ts";

interface TsConfig {
  extends?: string;
  include?: string[];
  exclude?: string[];
  compilerOptions?: { outDir?: string };
}

const BUILD_CONFIG = "tsconfig.build.json";
const read = (file: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, file), "utf8")) as TsConfig;

/** The roots and exclusions the compiler uses, read from the build config and the config it extends. */
export function buildTree(): { roots: string[]; exclude: string[]; outDir: string } {
  const build = read(BUILD_CONFIG);
  const base = build.extends ? read(build.extends) : {};
  const outDir = build.compilerOptions?.outDir ?? "dist";
  return { roots: build.include ?? base.include ?? [], exclude: build.exclude ?? base.exclude ?? [], outDir };
}

/** Files under `root` that the compiler does not emit (not TypeScript), outside the exclusions. */
export function assets(root: string, exclude: string[]): string[] {
  const excluded = (path: string) => exclude.some((e) => path === e || path.startsWith(`${e}/`));
  const out: string[] = [];
  const walk = (path: string) => {
    if (excluded(path)) return;
    if (statSync(join(PACKAGE_ROOT, path)).isDirectory()) {
      for (const name of readdirSync(join(PACKAGE_ROOT, path))) walk(`${path}/${name}`);
    } else if (!path.endsWith(".ts")) out.push(path);
  };
  walk(root);
  return out;
}

export function build(): void {
  const { roots, exclude, outDir } = buildTree();
  rmSync(join(PACKAGE_ROOT, outDir), { recursive: true, force: true });
  const tsc = join(createRequire(import.meta.url).resolve("typescript/package.json"), "..", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", BUILD_CONFIG], { cwd: PACKAGE_ROOT, stdio: "inherit" });
  let copied = 0;
  for (const root of roots) {
    for (const file of assets(root, exclude)) {
      cpSync(join(PACKAGE_ROOT, file), join(PACKAGE_ROOT, outDir, file));
      copied++;
    }
  }
  console.log(`build: ${relative(PACKAGE_ROOT, join(PACKAGE_ROOT, outDir)) || outDir}${sep} compiled, ${copied} other files copied`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) build();
