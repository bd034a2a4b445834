/**
 * Renders a run's Allure results as ONE self-contained HTML file (allure 3's awesome plugin in
 * single-file mode: data, script and styles inline), so the report opens from disk or from a CI
 * artifact without a server. The awesome template always adds Google Analytics (its
 * `analyticsEnable` is hard-coded true, unlike the allure2 plugin's ALLURE_NO_ANALYTICS), and a
 * report about a production deployment must not call out to an analytics service: that block is
 * cut from the page, and the render fails if it stays (report-hosts.ts checks every report).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { suiteModule } from "../paths.ts";

export const ALLURE_CONFIG = suiteModule("harness/report/allurerc.mjs");

/** The template's analytics: a gtag.js loader and its inline configuration script. */
const ANALYTICS =
  /<script async src="https:\/\/www\.googletagmanager\.com\/gtag\/js[^"]*"><\/script>\s*<script>[^<]*?gtag\([^<]*?<\/script>/g;

/** The page without the analytics block; throws when an analytics script would remain. */
export function withoutAnalytics(html: string): string {
  const cut = html.replace(ANALYTICS, "");
  if (/googletagmanager|gtag\(/.test(cut)) throw new Error("the Allure page still loads analytics after the cut: its template changed");
  return cut;
}

function allureCli(): string {
  // allure exports no package.json: its cli.js sits above dist/index.js, the main entry.
  // (`require.resolve` by that name is also what tells knip that the allure dependency is used.)
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("allure")), "..", "cli.js");
}

/** `allure generate` with the suite's config into `outDir`/index.html. Resolves to the exit code. */
export async function renderAllure(resultsDir: string, outDir: string, name?: string): Promise<number> {
  if (!existsSync(resultsDir)) return 0;
  const args = [allureCli(), "generate", resultsDir, "--config", ALLURE_CONFIG, "--output", outDir, ...(name ? ["--name", name] : [])];
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    child.once("exit", (c) => done(c ?? 1));
  });
  const page = join(outDir, "index.html");
  if (code !== 0 || !existsSync(page)) return code || 1;
  writeFileSync(page, withoutAnalytics(readFileSync(page, "utf8")));
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [results = "reports/allure-results", out = "reports/allure-report"] = process.argv.slice(2);
  process.exitCode = await renderAllure(results, out);
  if (!process.exitCode) console.log(`Allure report: ${join(out, "index.html")} (one self-contained file: open it from disk)`);
}
