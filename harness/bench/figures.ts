/**
 * The figures issue 21 sets goals for, each measured the way a user meets it: the reference
 * stack's cold start; `npx playwright test` on the reference stack; `verify` of a healthy
 * deployment; `verify` of a deployment broken at each layer (time to the preflight's diagnosis
 * and to the verdict); the fault self-test. Goals are ratios of the soak where the soak is what
 * the run waits for, so they hold on any machine; the absolute figures are printed beside them.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SuiteConfig } from "../config/suite-config.ts";
import { faultVariant } from "../faults/variants.ts";
import { REPO_ROOT } from "../paths.ts";
import { probe } from "../probes/http-probe.ts";
import { startReferenceStack } from "../stack/start.ts";
import { throughProxy } from "../stack/through-proxy.ts";
import { cleanEnv, verifyAgainst } from "../stack/verify-run.ts";

export interface Measurement {
  /** Wall time of the figure, ms. */
  ms: number;
  /** Whether the run gave the verdict it must (a healthy run passes, a broken one fails). */
  rightVerdict: boolean;
  /** Secondary figures, e.g. when the preflight's diagnosis was printed. */
  details?: Record<string, number>;
}

export interface Figure {
  name: string;
  what: string;
  /** The goal in ms, given the soak. */
  goalMs: (soakMs: number) => number;
  goal: string;
  measure: (config: SuiteConfig) => Promise<Measurement>;
}

const processes = (config: SuiteConfig): SuiteConfig => ({ ...config, HAL_RUNTIME: "processes" });

/** A line of the preflight's verdict, as verify relays it. */
const PREFLIGHT_LINE = /preflight|blocked:/i;

function brokenVerify(fault: string, goalS: number, what: string): Figure {
  return {
    name: `red:${fault}`,
    what,
    goal: `≤ ${goalS} s to the verdict; the diagnosis within 10 s`,
    goalMs: () => goalS * 1000,
    measure: async (config) => {
      const stack = await startReferenceStack(processes(config), faultVariant(fault));
      try {
        const run = await verifyAgainst(stack);
        const diagnosisAt = run.lines.find((l) => PREFLIGHT_LINE.test(l.text))?.at ?? Number.NaN;
        return { ms: run.ms, rightVerdict: run.code === 1, details: { "diagnosis printed (ms)": diagnosisAt } };
      } finally {
        await stack.stop();
      }
    },
  };
}

function wallOf(command: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; code: number | null }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { cwd: REPO_ROOT, env: cleanEnv(env), stdio: "ignore" });
    child.once("close", (code) => resolve({ ms: Date.now() - started, code }));
  });
}

export const FIGURES: Figure[] = [
  {
    name: "stack-start",
    what: "reference stack (processes): cold start to the first proxied 200",
    goal: "≤ 0.5 s",
    goalMs: () => 500,
    measure: async (config) => {
      const started = performance.now();
      const stack = await startReferenceStack(processes(config));
      try {
        const res = await probe(stack.pageUrl, { ...throughProxy(stack), method: "GET" });
        return { ms: performance.now() - started, rightVerdict: res.status === 200 };
      } finally {
        await stack.stop();
      }
    },
  },
  {
    name: "healthy-run",
    what: "`npx playwright test` on the reference stack (processes, both generations, the soak)",
    goal: "≤ 60 s",
    goalMs: () => 60_000,
    measure: async (config) => {
      const reports = mkdtempSync(join(tmpdir(), "hal-bench-run-"));
      const cli = join(REPO_ROOT, "node_modules/@playwright/test/cli.js");
      const run = await wallOf([cli, "test", "--retries=0"], {
        HAL_RUNTIME: "processes",
        HAL_REPORTS_DIR: reports,
        HAL_SOAK: `${config.HAL_SOAK}ms`,
      });
      if (run.code !== 0) console.error(`healthy-run: exit ${run.code}; its reports are in ${reports}`);
      return { ms: run.ms, rightVerdict: run.code === 0 };
    },
  },
  {
    name: "healthy-verify",
    what: "`verify` of a healthy deployment (the reference stack, its logs as log commands)",
    goal: "≤ soak + 15 s",
    goalMs: (soak) => soak + 15_000,
    measure: async (config) => {
      const stack = await startReferenceStack(processes(config));
      try {
        const run = await verifyAgainst(stack, { args: ["--soak", `${config.HAL_SOAK}ms`] });
        return { ms: run.ms, rightVerdict: run.code === 0 };
      } finally {
        await stack.stop();
      }
    },
  },
  brokenVerify("servers-in-maintenance", 30, "`verify`, proxy broken: HAProxy answers 503 to everything"),
  brokenVerify("cert-wrong-name", 30, "`verify`, TLS broken: the certificate is for another name"),
  brokenVerify("page-no-client-script", 30, "`verify`, page broken: client.js is missing"),
  brokenVerify("no-upgrade-acl", 30, "`verify`, connection broken: upgrades go to the static server"),
  brokenVerify("gateway-slow", 45, "`verify`, late answers: the gateway answers in 6 s"),
  {
    name: "selftest",
    what: "the fault self-test (every seeded fault)",
    goal: "≤ 6 min",
    goalMs: () => 360_000,
    measure: async () => {
      const run = await wallOf(["--import", "tsx", join(REPO_ROOT, "harness/cli/selftest.ts")], {});
      return { ms: run.ms, rightVerdict: run.code === 0 };
    },
  },
];

/** Figures run unless asked for: the self-test takes minutes of both cores. */
export const OPTIONAL = new Set(["selftest"]);
