/**
 * `hal-e2e report open [dir]`: serves a run's reports directory on loopback and prints where each
 * report is. The checklist page and the Allure file also open from disk; Playwright's HTML report
 * and its trace viewer need HTTP (a service worker), hence a server. Renders the Allure file first
 * when the run left only its results. Loopback only: reports of a production run stay on this machine.
 */
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { REPORTS_DIR } from "../paths.ts";
import { renderAllure } from "../report/allure-render.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpeg": "image/jpeg",
  ".zip": "application/zip",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

/** The directory asked for, else ./reports when a run wrote there, else its newest run directory. */
export function reportsDirectory(asked: string | undefined, base = REPORTS_DIR): string | undefined {
  if (asked) return resolve(asked);
  if (existsSync(join(base, "checklist.json"))) return resolve(base);
  const runs = existsSync(base)
    ? readdirSync(base, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(base, e.name, "checklist.json")))
        .map((e) => join(base, e.name))
    : [];
  return runs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

export async function openReports(asked: string | undefined, port = 0): Promise<number> {
  const dir = reportsDirectory(asked);
  if (!dir || !existsSync(dir)) {
    console.error(`no reports found${asked ? ` in ${asked}` : ` under ${REPORTS_DIR}`}: run verify first, or name the directory`);
    return 2;
  }
  const allure = join(dir, "allure-report", "index.html");
  if (!existsSync(allure) && existsSync(join(dir, "allure-results")))
    await renderAllure(join(dir, "allure-results"), join(dir, "allure-report"));
  const root = `${resolve(dir)}${sep}`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    // The checklist page is where a run's reports start.
    let file = normalize(join(root, path === "/" ? "checklist.html" : path));
    if (!file.startsWith(root) && `${file}${sep}` !== root) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
  const links = [
    ["checklist", "checklist.html"],
    ["HTML report", "html/index.html"],
    ["Allure", "allure-report/index.html"],
  ].filter(([, f]) => existsSync(join(dir, f as string)));
  console.log(`Reports of ${dir}, served at ${base}/ (Ctrl-C stops):`);
  for (const [label, f] of links) console.log(`  ${(label as string).padEnd(12)} ${base}/${f}`);
  await new Promise<void>((done) => process.once("SIGINT", done).once("SIGTERM", done));
  server.close();
  return 0;
}
