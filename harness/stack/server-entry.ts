/**
 * How the reference stack's Node servers are started. In the package they are JavaScript
 * already. In a clone, tsx would transform every module at each start (about 300 ms of a 1 s
 * stack start here); instead each server is bundled once per harness process into one ES module
 * under RUN_DIR (named by its content, so parallel workers share it and never see half a file)
 * and started with plain Node, in about 110 ms. Packages stay external: Node resolves them from
 * the clone's node_modules, as it does for the sources.
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COMPILED, nodeEntry, RUN_DIR, suiteModule } from "../paths.ts";

const bundles = new Map<string, Promise<string>>();

async function bundle(entry: string): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [suiteModule(entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    target: `node${process.versions.node}`,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced nothing for ${entry}`);
  const dir = join(RUN_DIR, "servers");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, code);
  renameSync(partial, file);
  return file;
}

/** Node's arguments that start the reference server whose source is `entry` ("reference-impl/gateway/main.ts"). */
export async function serverEntry(entry: string): Promise<string[]> {
  if (COMPILED) return nodeEntry(entry);
  let file = bundles.get(entry);
  if (!file) {
    file = bundle(entry);
    bundles.set(entry, file);
    file.catch(() => bundles.delete(entry));
  }
  return [await file];
}
