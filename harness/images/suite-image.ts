/**
 * `npm run image:build`: the `hal-e2e` image (hal-e2e.Dockerfile). The context is the packed
 * tarball installed with its production dependencies by the host's npm, without install scripts
 * (the optional native helpers of ssh2 are not needed): the build then needs no registry but
 * Debian's, and the image holds what `npm install hal-e2e-x.y.z.tgz` gives a user. Prints the
 * tag, the size and the time taken.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { $ } from "zx";
import { PACKAGE_ROOT } from "../paths.ts";
import { buildArgs, ensureBase, IMAGE_LABEL } from "./build.ts";
import { loadVersions } from "./versions.ts";

export const SUITE_DOCKERFILE = join(PACKAGE_ROOT, "harness", "images", "hal-e2e.Dockerfile");
const docker = $({ env: { ...process.env, DOCKER_BUILDKIT: "0" } });

async function stageApp(dir: string): Promise<string> {
  const app = join(dir, "app");
  await mkdir(app, { recursive: true });
  await $({ cwd: PACKAGE_ROOT })`npm pack --silent --pack-destination ${dir}`.quiet();
  const tarball = (await readdir(dir)).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack left no tarball in ${dir}`);
  await writeFile(join(app, "package.json"), `${JSON.stringify({ name: "hal-e2e-image", private: true }, null, 2)}\n`);
  await $({ cwd: app })`npm install --omit=dev --ignore-scripts --no-audit --no-fund --no-package-lock ${join(dir, tarball)}`.quiet();
  return tarball.replace(/^hal-e2e-|\.tgz$/g, "");
}

export async function buildSuiteImage(log: (line: string) => void = console.log): Promise<{ tag: string; bytes: number }> {
  const v = loadVersions();
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), "hal-e2e-image-"));
  try {
    const [version] = await Promise.all([stageApp(dir), ensureBase(v.SUITE_BASE_IMAGE, v, log)]);
    const tag = `hal-e2e:${version}`;
    log(`${tag}: docker build (${SUITE_DOCKERFILE})`);
    const out = await docker({
      nothrow: true,
    })`docker build --network host --force-rm ${buildArgs(v)} --label ${`${IMAGE_LABEL}=suite`} -f ${SUITE_DOCKERFILE} -t ${tag} -t hal-e2e:latest ${dir}`.quiet();
    if (out.exitCode !== 0) throw new Error(`building ${tag} failed:\n${out.stdout.slice(-3000)}${out.stderr.slice(-3000)}`);
    const bytes = Number((await docker`docker image inspect --format {{.Size}} ${tag}`.quiet()).stdout.trim());
    log(`${tag} (and hal-e2e:latest): ${(bytes / 1e6).toFixed(0)} MB, built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { tag, bytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await buildSuiteImage((line) => console.log(`[image] ${line}`));
