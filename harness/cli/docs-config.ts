/**
 * `npm run docs:config`: writes the table of every configuration variable between the README's
 * `variables:start` and `variables:end` markers (harness/config/variables.ts). `--check` exits 1
 * when the README's table is not the generated one.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { variablesMarkdown } from "../config/variables.ts";
import { REPO_ROOT } from "../paths.ts";

const README = join(REPO_ROOT, "README.md");
const BLOCK = /(<!-- variables:start[^>]*-->\n)[\s\S]*?(<!-- variables:end -->)/;

export function withVariablesTable(readme: string): string {
  if (!BLOCK.test(readme)) throw new Error("README.md has no variables:start/variables:end markers");
  return readme.replace(BLOCK, (_, start: string, end: string) => `${start}${variablesMarkdown()}\n${end}`);
}

if (process.argv[1]?.endsWith("docs-config.ts")) {
  const readme = readFileSync(README, "utf8");
  const next = withVariablesTable(readme);
  if (process.argv.includes("--check")) {
    if (next !== readme) {
      console.error("README.md's variable table is out of date: run `npm run docs:config`");
      process.exit(1);
    }
  } else writeFileSync(README, next);
}
