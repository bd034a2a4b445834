/**
 * Broken variants of the HAL page (../page), made at run time as patches of the reference
 * page so they never drift from it. Each patch names the exact text it replaces and fails
 * loudly when that text is gone: a page fault can never silently become the healthy page.
 * `buildPageFault` writes the variant into a directory named by its content hash, so
 * concurrent runs share it without racing (write to a temporary directory, then rename).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PAGE_DIR = fileURLToPath(new URL("../page/", import.meta.url));

/** A file's new text, or null to leave the file out of the variant. */
type Patch = (text: string) => string | null;

export interface PageFault {
  description: string;
  patches: Record<string, Patch>;
}

function replaceOnce(anchor: string, replacement: string): Patch {
  return (text) => {
    if (!text.includes(anchor)) throw new Error(`page fault patch: the reference page no longer contains ${JSON.stringify(anchor)}`);
    return text.replace(anchor, replacement);
  };
}

export const PAGE_FAULTS: Record<string, PageFault> = {
  "console-error": {
    description: "the client logs an error on every load (a failed asset, as a broken build would); the WebSocket itself is fine",
    patches: {
      "client.js": replaceOnce("(() => {\n", '(() => {\n  console.error("[ERROR] Failed to load wake word model: HTTP 404");\n'),
    },
  },
  "reconnect-loop": {
    description:
      "the client closes its socket a second after the gateway greets it, and reconnects 3 s later: the original connect-then-disconnect loop",
    patches: {
      "client.js": replaceOnce(
        "sessionId = data.session_id;\n",
        "sessionId = data.session_id;\n        setTimeout(() => ws.close(), 1000);\n",
      ),
    },
  },
  "slow-render": {
    description: "the client blocks the main thread for 700 ms whenever a reply arrives (a heavy render): the UI lags",
    patches: {
      "client.js": replaceOnce(
        'addMessage("hal", data.text);\n',
        'addMessage("hal", data.text);\n        for (const end = performance.now() + 700; performance.now() < end; );\n',
      ),
    },
  },
  "no-client-script": {
    description: "index.html is served, but client.js is missing (404): the page never connects",
    patches: { "client.js": () => null },
  },
};

/** Writes page fault `name` (reference page + its patches) under `root` and returns its directory. */
export function buildPageFault(name: string, root: string): string {
  const fault = PAGE_FAULTS[name];
  if (!fault) throw new Error(`unknown page fault "${name}"; known: ${Object.keys(PAGE_FAULTS).join(", ")}`);
  const files = new Map<string, string>();
  for (const file of readdirSync(PAGE_DIR)) {
    const patch = fault.patches[file];
    const text = readFileSync(join(PAGE_DIR, file), "utf8");
    const patched = patch ? patch(text) : text;
    if (patched !== null) files.set(file, patched);
  }
  const hash = createHash("sha256");
  for (const [file, text] of [...files].sort()) hash.update(`${file}\0${text}\0`);
  const dir = join(root, `${name}-${hash.digest("hex").slice(0, 12)}`);
  if (existsSync(dir)) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  for (const [file, text] of files) writeFileSync(join(tmp, file), text);
  try {
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    // Another run built the same content first: use theirs.
    if (!existsSync(dir)) throw err;
  }
  return dir;
}
