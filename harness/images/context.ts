/**
 * Build contexts of the stack's images, staged in a scratch directory and hashed: the hash is
 * the image tag, so an image is rebuilt exactly when what goes into it changed (a gateway edit,
 * a new pin) and reused from the engine's store otherwise.
 *
 * The servers' context holds reference-impl's TypeScript transpiled to plain ESM with the
 * project's own TypeScript, the page, and ws (their one runtime dependency, pure JavaScript).
 * Running tsx in the image instead would need esbuild's native binary for the image's platform,
 * which the host's node_modules only has for the host's.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type TypeScript from "typescript";
import { COMPILED, REFERENCE_IMPL, REPO_ROOT, RUN_DIR } from "../paths.ts";
import { DOCKER_DIR, VERSIONS_FILE } from "./versions.ts";

export interface StagedContext {
  dir: string;
  dockerfile: string;
  /** sha256 over the Dockerfile, versions.env and every staged file (path and content). */
  hash: string;
}

const EXT = COMPILED ? ".js" : ".ts";
const SERVER_SOURCES = [`lifecycle${EXT}`, "gateway", "static"];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const require = createRequire(import.meta.url);

export function transpile(source: string, fileName: string): string {
  // Loaded here: the installed package ships JavaScript already and has no TypeScript.
  const ts = require("typescript") as typeof TypeScript;
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      rewriteRelativeImportExtensions: true,
    },
  }).outputText;
}

/** Hashes the Dockerfile, the pins and the context, so equal inputs give equal tags. */
export async function hashContext(dir: string, dockerfile: string): Promise<string> {
  const h = createHash("sha256");
  for (const file of [dockerfile, VERSIONS_FILE]) h.update(`${relative(REPO_ROOT, file)}\0`).update(await readFile(file));
  for (const file of await filesUnder(dir)) h.update(`${relative(dir, file)}\0`).update(await readFile(file));
  return h.digest("hex").slice(0, 16);
}

async function scratch(name: string): Promise<string> {
  const base = join(RUN_DIR, "images");
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, `${name}-`));
}

export async function stageServers(): Promise<StagedContext> {
  const dir = await scratch("servers");
  for (const part of SERVER_SOURCES) {
    const src = join(REFERENCE_IMPL, part);
    const files = part.endsWith(EXT) ? [src] : await filesUnder(src);
    for (const file of files.filter((f) => f.endsWith(EXT))) {
      const out = join(dir, relative(REFERENCE_IMPL, file)).replace(/\.ts$/, ".js");
      await mkdir(dirname(out), { recursive: true });
      const source = await readFile(file, "utf8");
      await writeFile(out, COMPILED ? source : transpile(source, file));
    }
  }
  await cp(join(REFERENCE_IMPL, "page"), join(dir, "page"), { recursive: true });
  await cp(dirname(require.resolve("ws/package.json")), join(dir, "node_modules", "ws"), { recursive: true });
  await writeFile(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "hal-reference-servers", private: true, type: "module" }, null, 2)}\n`,
  );
  const dockerfile = join(DOCKER_DIR, "servers.Dockerfile");
  return { dir, dockerfile, hash: await hashContext(dir, dockerfile) };
}

/** HAProxy's image needs no files: its configuration is copied in per container. */
export async function stageHaproxy(): Promise<StagedContext> {
  const dir = await scratch("haproxy");
  const dockerfile = join(DOCKER_DIR, "haproxy.Dockerfile");
  return { dir, dockerfile, hash: await hashContext(dir, dockerfile) };
}
