/**
 * Console errors of a healthy HAL page are not zero (HAL_SYSTEM.md): the static server has no
 * favicon, and a browser without a microphone logs that. These are the only allowed errors;
 * every allowance is named and reported, never silently ignored.
 */
export interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
}

export interface Allowance {
  id: string;
  reason: string;
  matches: (e: ConsoleEntry) => boolean;
}

export const ALLOWED_CONSOLE_ERRORS: Allowance[] = [
  {
    id: "favicon-404",
    reason: "the static server (python -m http.server) has no favicon; Chromium logs its 404 on every load",
    matches: (e) => /\b404\b/.test(e.text) && /\/favicon\.ico$/.test(e.url),
  },
  {
    id: "no-microphone",
    reason: "the page asks for a microphone at connect; a browser without one logs this and text chat still works",
    matches: (e) => /^\[ERROR\] (Microphone access denied|Failed to start listening)/.test(e.text),
  },
];

export interface ConsoleVerdict {
  unexpected: ConsoleEntry[];
  allowed: { entry: ConsoleEntry; allowance: string }[];
}

export function classifyConsole(entries: ConsoleEntry[], allowances = ALLOWED_CONSOLE_ERRORS): ConsoleVerdict {
  const verdict: ConsoleVerdict = { unexpected: [], allowed: [] };
  for (const entry of entries.filter((e) => e.type === "error")) {
    const allowance = allowances.find((a) => a.matches(entry));
    if (allowance) verdict.allowed.push({ entry, allowance: allowance.id });
    else verdict.unexpected.push(entry);
  }
  return verdict;
}
