/**
 * Other builds of the HAL page (reference-impl/page/<generation>), made at run time as patches
 * of one generation of the reference page so they never drift from it: broken builds the
 * suite must catch, and healthy builds with another DOM that it must pass (a check that only
 * passes on our own DOM failed a correct deployment once). Each patch names the exact text it
 * replaces and fails loudly when that text is gone: a variant can never silently become the
 * reference page. `buildPageFault` writes the variant into a directory named by its content
 * hash, so concurrent runs share it without racing (write to a temporary directory, then rename).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type PageGeneration, pageRoot } from "../../reference-impl/page/generations.ts";
import { applyPatches, type Patch, replace } from "./patch.ts";

/** A file's patches (applied in order), or DROP to leave the file out of the build. */
const DROP = "drop";
type FilePatch = Patch | readonly Patch[] | typeof DROP;

export interface PageFault {
  description: string;
  /** The generation of the reference page this build is a patch of. */
  generation: PageGeneration;
  patches: Record<string, FilePatch>;
}

const all = (...patches: Patch[]): readonly Patch[] => patches;

function patchFile(text: string, patch: FilePatch | undefined): string | null {
  if (patch === undefined) return text;
  if (patch === DROP) return null;
  return applyPatches(text, typeof patch === "function" ? [patch] : patch);
}

// The reference page's anchors, shared by the builds below.
const ADD_MESSAGE_BODY = `    content.textContent = text;
    row.appendChild(content);
`;
const BUBBLE_CSS = / {4}\.message \{ display: flex; margin-bottom: 15px; \}[\s\S]*?\n {4}\.message\.system \.message-content \{[^}]*\}\n/;
const WELCOME_BUBBLE = /<div class="message-content">([^<]*)<\/div>/;

export const PAGE_FAULTS: Record<string, PageFault> = {
  // ── Broken builds ────────────────────────────────────────────────────────────────────────
  "console-error": {
    description: "the client logs an error on every load (a failed asset, as a broken build would); the WebSocket itself is fine",
    generation: "current",
    patches: {
      "client.js": replace("(() => {\n", '(() => {\n  console.error("[ERROR] Failed to load wake word model: HTTP 404");\n'),
    },
  },
  "reconnect-loop": {
    description:
      "the client closes its socket a second after the gateway greets it, and reconnects 3 s later: the original connect-then-disconnect loop",
    generation: "current",
    patches: {
      "client.js": replace("sessionId = data.session_id;\n", "sessionId = data.session_id;\n        setTimeout(() => ws.close(), 1000);\n"),
    },
  },
  "slow-render": {
    description: "the client blocks the main thread for 700 ms whenever a reply arrives (a heavy render): the UI lags",
    generation: "current",
    patches: {
      "client.js": replace(
        'addMessage("hal", data.text);\n',
        'addMessage("hal", data.text);\n        for (const end = performance.now() + 700; performance.now() < end; );\n',
      ),
    },
  },
  "input-not-sent": {
    description: "a build whose send handler reads the wrong field (always empty): typing and pressing Enter or Send sends nothing",
    generation: "current",
    patches: {
      "client.js": replace(
        "    const text = inputEl.value.trim();\n",
        '    const text = (document.getElementById("search")?.value ?? "").trim();\n',
      ),
    },
  },
  "other-site": {
    description: "the static server behind hal2_http serves another site (Debian's Apache default page): 200, but not HAL's page",
    generation: "current",
    patches: {
      "index.html": () =>
        [
          "<!DOCTYPE html>",
          '<html lang="en"><head><meta charset="utf-8"><title>Apache2 Debian Default Page: It works</title></head>',
          "<body><h1>Apache2 Debian Default Page</h1><p>It works!</p>",
          "<p>This is the default welcome page used to test the correct operation of the Apache2 server after installation.</p>",
          "</body></html>",
          "",
        ].join("\n"),
      "client.js": DROP,
    },
  },
  "no-client-script": {
    description: "index.html is served, but client.js is missing (404): the page never connects",
    generation: "current",
    patches: { "client.js": DROP },
  },
  "user-bubble-left": {
    description: "the classic page's CSS puts the user's bubble on the left (its row no longer justifies to the end)",
    generation: "classic",
    patches: {
      "index.html": replace(".message.user { justify-content: flex-end; }", ".message.user { justify-content: flex-start; }"),
    },
  },
  "user-bubble-grey": {
    description: "the current page's CSS draws the user's bubble grey instead of blue",
    generation: "current",
    patches: {
      "index.html": replace(
        ".message.user .message-content { background: #667eea; color: white; }",
        ".message.user .message-content { background: #e0e0e0; color: #333; }",
      ),
    },
  },

  // ── Healthy builds with another DOM (must pass) ──────────────────────────────────────────
  "rows-carry-colour": {
    description:
      "the rows themselves are the coloured bubbles (no .message-content), placed by align-self, like an older simplified page: looks the same",
    generation: "current",
    patches: {
      "index.html": all(
        replace(
          BUBBLE_CSS,
          `    .message { max-width: 70%; margin-bottom: 15px; padding: 12px 16px; border-radius: 18px; word-wrap: break-word; }
    .message.user { align-self: flex-end; background: #667eea; color: white; }
    .message.hal { align-self: flex-start; background: white; color: #333; box-shadow: 0 2px 5px rgba(0, 0, 0, 0.1); }
    .message.system { align-self: stretch; max-width: 100%; background: #ffeaa7; color: #333; text-align: center; font-size: 14px; }
`,
        ),
        replace(WELCOME_BUBBLE, "$1"),
      ),
      "client.js": replace(
        `    const content = document.createElement("div");
    content.className = "message-content";
${ADD_MESSAGE_BODY}`,
        "    row.textContent = text;\n",
      ),
    },
  },
  "extra-wrapper": {
    description:
      "one more wrapper div between each row and its bubble, and the text in a span inside the bubble: looks the same, one level deeper",
    generation: "current",
    patches: {
      "index.html": all(
        replace(
          ".message.user { justify-content: flex-end; }\n",
          `.message.user { justify-content: flex-end; }
    .message-wrapper { display: flex; flex: 1; }
    .message.user .message-wrapper { justify-content: flex-end; }
`,
        ),
        replace(
          WELCOME_BUBBLE,
          '<div class="message-wrapper"><div class="message-content"><span class="message-text">$1</span></div></div>',
        ),
      ),
      "client.js": replace(
        ADD_MESSAGE_BODY,
        `    const textEl = document.createElement("span");
    textEl.className = "message-text";
    textEl.textContent = text;
    content.appendChild(textEl);
    const wrapper = document.createElement("div");
    wrapper.className = "message-wrapper";
    wrapper.appendChild(content);
    row.appendChild(wrapper);
`,
      ),
    },
  },
};

/** Writes page variant `name` (its generation of the reference page + its patches) under `root` and returns its directory. */
export function buildPageFault(name: string, root: string): string {
  const fault = PAGE_FAULTS[name];
  if (!fault) throw new Error(`unknown page fault "${name}"; known: ${Object.keys(PAGE_FAULTS).join(", ")}`);
  const source = pageRoot(fault.generation);
  const files = new Map<string, string>();
  for (const file of readdirSync(source).filter((f) => statSync(join(source, f)).isFile())) {
    const patched = patchFile(readFileSync(join(source, file), "utf8"), fault.patches[file]);
    if (patched !== null) files.set(file, patched);
  }
  const unknown = Object.keys(fault.patches).filter((f) => !existsSync(join(source, f)));
  if (unknown.length) throw new Error(`page fault "${name}" patches ${unknown.join(", ")}, absent from the ${fault.generation} page`);
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
