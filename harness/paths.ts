import { fileURLToPath } from "node:url";

/** Absolute paths of the repository's parts, independent of the current directory. */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const REFERENCE_IMPL = fileURLToPath(new URL("../reference-impl/", import.meta.url));
export const REPORTS_DIR = fileURLToPath(new URL("../reports/", import.meta.url));
export const TSX_BIN = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
/** Scratch space of running stacks: rendered configs, certificates, pid registry. */
export const RUN_DIR = fileURLToPath(new URL("../.run/", import.meta.url));
