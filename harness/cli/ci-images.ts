/**
 * `npm run ci -- images --cache <dir>`: the stack's images through a CI cache folder. Loads
 * <dir>/images.tar when a cache restored it, lets `npm run images:build` build whatever is
 * missing (tags are content hashes, so a stale image is never used), and saves the current
 * images back for the next run's cache.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { $ } from "zx";
import { ensureImages } from "../images/build.ts";
import { loadVersions } from "../images/versions.ts";

export async function cacheImages(cacheDir: string): Promise<number> {
  const tar = join(cacheDir, "images.tar");
  const log = (line: string) => console.log(`[images] ${line}`);
  if (existsSync(tar)) {
    log(`loading ${tar}`);
    await $`docker load --quiet --input ${tar}`;
  }
  const started = Date.now();
  const images = await ensureImages({ log });
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${images.haproxy}, ${images.servers}`);
  const v = loadVersions();
  mkdirSync(cacheDir, { recursive: true });
  await $`docker save --output ${tar} ${[images.haproxy, images.servers, ...new Set([v.HAPROXY_BASE_IMAGE, v.SERVERS_BASE_IMAGE])]}`;
  log(`saved to ${tar}`);
  return 0;
}
