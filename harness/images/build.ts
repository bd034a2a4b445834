/**
 * The stack's images, built on demand and cached by the engine: `ensureImages()` returns their
 * tags, building only what is missing. Tags are content hashes (context.ts), so a cached image
 * is always the current one. Base images come from a registry where one answers, else from
 * Debian packages (base.ts).
 */
import { rm } from "node:fs/promises";
import { $ } from "zx";
import { buildBaseImage } from "./base.ts";
import { type StagedContext, stageHaproxy, stageServers } from "./context.ts";
import { loadVersions, type Versions } from "./versions.ts";

export const IMAGE_LABEL = "hal-e2e.image";

export interface StackImages {
  haproxy: string;
  servers: string;
}

export interface EnsureOptions {
  log?: (line: string) => void;
  /** Rebuild everything from scratch (base images included): measures a cold build. */
  cold?: boolean;
}

// The legacy builder: it honours --network host (apt reaches the mirror as the host does) and
// needs no buildx plugin, which Debian's docker.io does not ship.
const docker = $({ env: { ...process.env, DOCKER_BUILDKIT: "0" } });

export async function imageExists(tag: string): Promise<boolean> {
  return (await docker({ nothrow: true })`docker image inspect ${tag}`.quiet()).exitCode === 0;
}

async function hasDebootstrap(): Promise<boolean> {
  return (await $({ nothrow: true })`command -v debootstrap`.quiet()).exitCode === 0;
}

/** A registry's image where one answers; otherwise the same name built from Debian packages. */
export async function ensureBase(tag: string, v: Versions, log: (line: string) => void): Promise<void> {
  if (await imageExists(tag)) return;
  if (!(await hasDebootstrap())) {
    log(`${tag}: pulling (no debootstrap here to build it offline)`);
    await docker`docker pull ${tag}`.quiet();
    return;
  }
  await buildBaseImage(tag, v, log);
}

export function buildArgs(v: Versions): string[] {
  return Object.entries(v).flatMap(([k, value]) => ["--build-arg", `${k}=${value}`]);
}

async function buildImage(name: string, ctx: StagedContext, base: string, v: Versions, opts: EnsureOptions): Promise<string> {
  const log = opts.log ?? (() => {});
  const tag = `hal-e2e/${name}:${ctx.hash}`;
  if (!opts.cold && (await imageExists(tag))) return tag;
  await ensureBase(base, v, log);
  log(`${tag}: docker build (${ctx.dockerfile})`);
  const started = Date.now();
  const noCache = opts.cold ? ["--no-cache"] : [];
  const out = await docker({
    nothrow: true,
  })`docker build --network host --force-rm ${noCache} ${buildArgs(v)} --label ${`${IMAGE_LABEL}=${name}`} -f ${ctx.dockerfile} -t ${tag} ${ctx.dir}`.quiet();
  if (out.exitCode !== 0) {
    throw new Error(
      `building ${tag} failed (pins: reference-impl/docker/versions.env):\n${out.stdout.slice(-3000)}${out.stderr.slice(-3000)}`,
    );
  }
  log(`${tag}: built in ${Date.now() - started} ms`);
  return tag;
}

async function removeForColdBuild(v: Versions, log: (line: string) => void): Promise<void> {
  const ids = (await docker`docker image ls --quiet --filter ${`label=${IMAGE_LABEL}`}`.quiet()).stdout.split("\n").filter(Boolean);
  const tags = [...new Set([v.HAPROXY_BASE_IMAGE, v.SERVERS_BASE_IMAGE])];
  log(`cold build: removing ${ids.length} stack image(s) and ${tags.join(", ")}`);
  await docker({ nothrow: true })`docker image rm --force ${[...new Set(ids), ...tags]}`.quiet();
}

export async function ensureImages(opts: EnsureOptions = {}): Promise<StackImages> {
  const v = loadVersions();
  if (opts.cold) await removeForColdBuild(v, opts.log ?? (() => {}));
  const [haproxyCtx, serversCtx] = await Promise.all([stageHaproxy(), stageServers()]);
  try {
    const [haproxy, servers] = await Promise.all([
      buildImage("haproxy", haproxyCtx, v.HAPROXY_BASE_IMAGE, v, opts),
      buildImage("servers", serversCtx, v.SERVERS_BASE_IMAGE, v, opts),
    ]);
    return { haproxy, servers };
  } finally {
    await Promise.all([haproxyCtx, serversCtx].map((c) => rm(c.dir, { recursive: true, force: true })));
  }
}
