/**
 * The README's table of configuration variables is generated from harness/config/variables.ts,
 * which has an entry for every variable of the schema (a missing one is a compile error there).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { withVariablesTable } from "../../harness/cli/docs-config.ts";
import { VARIABLES } from "../../harness/config/variables.ts";

test("the README's variable table is the generated one (npm run docs:config)", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  assert.equal(readme, withVariablesTable(readme), "README.md's variable table is out of date: run `npm run docs:config`");
  for (const name of Object.keys(VARIABLES)) assert.match(readme, new RegExp(`\`${name}\``), name);
});
