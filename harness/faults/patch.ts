/**
 * Faults are patches of the real thing (the reference page, the reference HAProxy template),
 * made at run time so they never drift from it. Each patch names the exact text it changes and
 * fails loudly when that text is gone: a fault can never silently become the healthy stack.
 */
export type Patch = (text: string) => string;

function anchored(anchor: string, what: string, edit: (text: string, at: number) => string): Patch {
  return (text) => {
    const at = text.indexOf(anchor);
    if (at < 0) throw new Error(`fault patch (${what}): the reference no longer contains ${JSON.stringify(anchor)}`);
    if (text.indexOf(anchor, at + 1) >= 0) throw new Error(`fault patch (${what}): ${JSON.stringify(anchor)} occurs more than once`);
    return edit(text, at);
  };
}

/** Replaces the one occurrence of `anchor`; a pattern (for CSS blocks) is replaced where it first matches, `$1` allowed. */
export function replace(anchor: string | RegExp, replacement: string): Patch {
  if (typeof anchor === "string")
    return anchored(anchor, "replace", (text, at) => text.slice(0, at) + replacement + text.slice(at + anchor.length));
  return (text) => {
    if (!anchor.test(text)) throw new Error(`fault patch (replace): the reference no longer matches ${String(anchor)}`);
    return text.replace(anchor, replacement);
  };
}

/** Inserts `addition` right after the one occurrence of `anchor`. */
export const insertAfter = (anchor: string, addition: string): Patch =>
  anchored(anchor, "insert after", (text, at) => text.slice(0, at + anchor.length) + addition + text.slice(at + anchor.length));

/** Removes the one occurrence of `anchor`. */
export const remove = (anchor: string): Patch => replace(anchor, "");

export const applyPatches = (text: string, patches: readonly Patch[]): string => patches.reduce((t, p) => p(t), text);
