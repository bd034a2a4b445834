#!/usr/bin/env node
// The `hal-e2e` command. The installed package runs the JavaScript compiled into dist/ and needs
// nothing but Node; a clone (which ships no dist/) runs the TypeScript sources through tsx.
import { existsSync } from "node:fs";

const source = new URL("../harness/cli/main.ts", import.meta.url);
if (existsSync(source)) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import(new URL("../dist/harness/cli/main.js", import.meta.url).href);
}
