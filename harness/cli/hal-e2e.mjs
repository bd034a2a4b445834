#!/usr/bin/env node
// The `hal-e2e` command by its path in the suite's tree, for callers that run it so (the specs
// that start their own verify). Beside TypeScript sources it loads them through tsx; in the
// compiled package (dist/harness/cli/) it loads the JavaScript. The package's bin: bin/hal-e2e.mjs.
import { existsSync } from "node:fs";

const source = new URL("./main.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import(new URL("./main.js", import.meta.url).href);
}
