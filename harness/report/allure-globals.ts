/**
 * Pages that belong to a whole run rather than to a test (the checklist page, the self-test
 * table) as Allure global attachments, written with allure-js-commons' own results writer.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { ContentType } from "allure-js-commons";
import { FileSystemWriter, ReporterRuntime } from "allure-js-commons/sdk/reporter";

const TYPES: Record<string, string> = {
  ".html": ContentType.HTML,
  ".md": "text/markdown",
  ".json": ContentType.JSON,
  ".svg": ContentType.SVG,
};

/** Global attachments already in `resultsDir` under `name`: this run's copy replaces them, not adds to them. */
function removeGlobalAttachments(resultsDir: string, name: string): void {
  let files: string[];
  try {
    files = readdirSync(resultsDir).filter((f) => f.endsWith("-globals.json"));
  } catch {
    return;
  }
  for (const file of files) {
    const globals = JSON.parse(readFileSync(join(resultsDir, file), "utf8")) as { attachments?: { name: string; source: string }[] };
    const attachments = globals.attachments ?? [];
    if (!attachments.length || attachments.some((a) => a.name !== name)) continue;
    for (const a of attachments) rmSync(join(resultsDir, a.source), { force: true });
    rmSync(join(resultsDir, file), { force: true });
  }
}

/**
 * Adds files (checklist.html, the self-test table) to an Allure results directory as global
 * attachments, replacing earlier copies of the same name (the directory outlives runs).
 */
export function writeAllureGlobalAttachments(resultsDir: string, files: { path: string; name?: string }[]): void {
  for (const f of files) removeGlobalAttachments(resultsDir, f.name ?? basename(f.path));
  const runtime = new ReporterRuntime({ writer: new FileSystemWriter({ resultsDir }) });
  runtime.applyGlobalRuntimeMessages(
    files.map((f) => ({
      type: "global_attachment_path" as const,
      data: {
        name: f.name ?? basename(f.path),
        path: f.path,
        contentType: TYPES[f.path.slice(f.path.lastIndexOf("."))] ?? ContentType.TEXT,
      },
    })),
  );
}
