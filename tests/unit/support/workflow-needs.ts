/**
 * What a CI step needs installed on its runner, and what installs it: the rule that every job
 * (of a workflow, or the action's composite steps) installs the browser and HAProxy its steps
 * use. GitHub's hosted runners have neither Debian's HAProxy 2.6 nor a browser the suite finds.
 */
export type Need = "browser" | "haproxy";

/** Per `npm run ci -- <stage>`: what it starts. Every stage of harness/cli/ci.ts must be listed. */
export const STAGE_NEEDS: Record<string, Need[]> = {
  smoke: ["browser", "haproxy"],
  tool: ["browser", "haproxy"],
  shard: ["browser", "haproxy"],
  selftest: ["browser", "haproxy"],
  soak: ["browser", "haproxy"],
  // A production target: nothing starts locally, only the browser runs.
  verify: ["browser"],
  // Merging blob reports and rendering pages: Vega draws the charts in Node, no browser.
  merge: [],
  // Judging the full self-test's shards again: `playwright test --list` and their reports, no browser.
  "selftest-merge": [],
  summary: [],
  outputs: [],
  engine: [],
  images: [],
};

/** npm scripts that run the suite themselves. */
const SCRIPT_NEEDS: Record<string, Need[]> = {
  e2e: ["browser", "haproxy"],
  soak: ["browser", "haproxy"],
  selftest: ["browser", "haproxy"],
};

interface RunStep {
  run?: string;
  uses?: string;
}

export function stepNeeds(run: string): Need[] {
  const ci = /\bnpm run (?:--silent )?ci -- ([\w-]+)/.exec(run);
  if (ci?.[1]) return STAGE_NEEDS[ci[1]] ?? ["browser", "haproxy"];
  const script = /\bnpm (?:run (?:--silent )?([\w:-]+)|test)\b/.exec(run);
  if (script) return script[1] ? (SCRIPT_NEEDS[script[1]] ?? []) : ["browser", "haproxy"];
  if (/\b(npx )?playwright test\b/.test(run)) return ["browser", "haproxy"];
  return [];
}

export function stepInstalls(step: RunStep, ourAction: RegExp): Need[] {
  // This repository's action installs its own browser (action.yml is checked on its own).
  if (step.uses && ourAction.test(step.uses)) return ["browser"];
  const run = step.run ?? "";
  if (/\bnpm run setup\b/.test(run)) return ["browser", "haproxy"];
  const installs: Need[] = [];
  if (/\bplaywright install\b[^\n]*\bchromium\b/.test(run) || /apt-get install[^\n]*\bchromium\b/.test(run)) installs.push("browser");
  if (/apt-get install[^\n]*\bhaproxy\b/.test(run)) installs.push("haproxy");
  return installs;
}

/** Needs of a job's steps that no earlier step installs, as "need: step" strings. */
export function missingInstalls(steps: RunStep[], ourAction: RegExp): string[] {
  const installed = new Set<Need>();
  const missing: string[] = [];
  for (const step of steps) {
    for (const need of stepNeeds(step.run ?? "")) if (!installed.has(need)) missing.push(`${need}: ${step.run}`);
    for (const i of stepInstalls(step, ourAction)) installed.add(i);
  }
  return missing;
}
