/**
 * `npm run images:build [-- --cold]`: builds (or finds cached) the Dockerised stack's images and
 * prints their tags and the time it took. `--cold` removes them and the base images first.
 */
import { ensureImages } from "./build.ts";

const cold = process.argv.includes("--cold");
const started = Date.now();
const images = await ensureImages({ cold, log: (line) => console.log(`[images] ${line}`) });
console.log(`[images] ${cold ? "cold" : "cached/incremental"} build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`[images] haproxy: ${images.haproxy}\n[images] servers: ${images.servers}`);
