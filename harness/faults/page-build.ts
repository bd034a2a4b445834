/**
 * Page builds: other builds of the HAL page (reference-impl/page/<generation>), made at run time
 * as patches of one generation of the reference page so they never drift from it. Each patch
 * names the exact text it replaces and fails loudly when that text is gone: a build can never
 * silently become the reference page. The faults that serve them are declared in page.ts and
 * page-lookalikes.ts. `buildPage` writes a build into a directory named by its content hash, so
 * concurrent runs share it without racing (write to a temporary directory, then rename).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type PageGeneration, pageRoot } from "../../reference-impl/page/generations.ts";
import { applyPatches, type Patch } from "./patch.ts";

/** A file's patches (applied in order), or DROP to leave the file out of the build. */
export const DROP = "drop";
type FilePatch = Patch | readonly Patch[] | typeof DROP;

export interface PageBuild {
  /** The generation of the reference page this build is a patch of. */
  generation: PageGeneration;
  /** Patches by file name; files not named are served as the generation has them. */
  patches: Record<string, FilePatch>;
}

export const all = (...patches: Patch[]): readonly Patch[] => patches;

function patchFile(text: string, patch: FilePatch | undefined): string | null {
  if (patch === undefined) return text;
  if (patch === DROP) return null;
  return applyPatches(text, typeof patch === "function" ? [patch] : patch);
}

/** Writes `build` (its generation of the reference page + its patches) under `root` as `<name>-<hash>` and returns its directory. */
export function buildPage(name: string, build: PageBuild, root: string): string {
  const source = pageRoot(build.generation);
  const files = new Map<string, string>();
  for (const file of readdirSync(source).filter((f) => statSync(join(source, f)).isFile())) {
    const patched = patchFile(readFileSync(join(source, file), "utf8"), build.patches[file]);
    if (patched !== null) files.set(file, patched);
  }
  const unknown = Object.keys(build.patches).filter((f) => !existsSync(join(source, f)));
  if (unknown.length) throw new Error(`page build "${name}" patches ${unknown.join(", ")}, absent from the ${build.generation} page`);
  const hash = createHash("sha256");
  for (const [file, text] of [...files].sort()) hash.update(`${file}\0${text}\0`);
  const dir = join(root, `${name}-${hash.digest("hex").slice(0, 12)}`);
  if (existsSync(dir)) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(tmp, file), text);
  try {
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    // Another run built the same content first: use theirs.
    if (!existsSync(dir)) throw err;
  }
  return dir;
}
