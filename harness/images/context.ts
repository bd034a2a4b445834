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
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { REFERENCE_IMPL, REPO_ROOT, RUN_DIR } from "../paths.ts";
import { DOCKER_DIR, VERSIONS_FILE } from "./versions.ts";

export interface StagedContext {
  dir: string;
  dockerfile: string;
  /** sha256 over the Dockerfile, versions.env and every staged file (path and content). */
  hash: string;
}

const SERVER_SOURCES = ["lifecycle.ts", "gateway", "static"];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function transpile(source: string, fileName: string): string {
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
    const files = part.endsWith(".ts") ? [src] : await filesUnder(src);
    for (const file of files.filter((f) => f.endsWith(".ts"))) {
      const out = join(dir, relative(REFERENCE_IMPL, file)).replace(/\.ts$/, ".js");
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, transpile(await readFile(file, "utf8"), file));
    }
  }
  await cp(join(REFERENCE_IMPL, "page"), join(dir, "page"), { recursive: true });
  await cp(join(REPO_ROOT, "node_modules", "ws"), join(dir, "node_modules", "ws"), { recursive: true });
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
