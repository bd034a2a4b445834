/**
 * `hal-e2e verify`: read-only post-deploy verification of any HAL deployment.
 *
 *   npx hal-e2e verify --target https://hal.example.com/ [--soak 10m] [--resolve host:port:addr] [--ca ca.pem] [--strict]
 *
 * Options become HAL_* variables, validated by the suite's own config before anything runs;
 * then the `production` Playwright project runs (nothing starts locally, @destructive checks
 * are skipped), soak progress is shown while it runs, and the checklist summary is printed and
 * written next to the other reports. Checks are never retried. Skipped items are counted and
 * grouped by cause ("PASSED with N items unverified"); --strict (HAL_STRICT=1) fails on them.
 * Exit codes: see EXIT in verify-summary.ts and --help.
 *
 * Every report of a run (HTML, JUnit, Allure results, checklist.*, traces) goes under one
 * directory, printed at the end: --reports when given (locked, so a second verify into the same
 * directory is refused rather than mixing two runs' files), else a new reports/verify-<time>-<pid>.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { stripVTControlCharacters } from "node:util";
import { Command } from "commander";
import { lock } from "proper-lockfile";
import { withoutCredentials } from "../config/redact.ts";
import { type Secrets, secretsOfConfig } from "../config/secrets.ts";
import { ConfigError, loadConfig } from "../config/suite-config.ts";
import { chooseChromium } from "../infra/browser.ts";
import { formatMapping } from "../infra/resolve.ts";
import { describeLogSource } from "../logs/log-sources.ts";
import { PLAYWRIGHT_CLI, REPO_ROOT, REPORTS_DIR } from "../paths.ts";
import { renderAllure } from "../report/allure-render.ts";
import { type ReportPaths, reportPaths, writeAtomic } from "../report/outputs.ts";
import { productionProjects } from "../stack/production-project.ts";
import { soakProgress } from "./soak-progress.ts";
import { EXIT, summarizeRun } from "./verify-summary.ts";

interface VerifyOptions {
  target?: string;
  soak?: string;
  resolve: string[];
  ca?: string;
  ws?: string;
  static?: string;
  gateway?: string;
  haproxyLog?: string;
  gatewayLog?: string;
  haproxyConfig?: string;
  reports?: string;
  grep?: string;
  strict?: boolean;
}

const EXIT_HELP = `
Exit codes:
  ${EXIT.PASSED}    every applicable checklist item passed ("PASSED with N items unverified" when some were skipped)
  ${EXIT.FAILED}    at least one checklist item (or test) failed, or --strict met a skipped item: see the summary
  ${EXIT.CONFIG}    invalid configuration or usage; nothing was run
  ${EXIT.INCOMPLETE}    the run did not complete or nothing passed (crash, no test ran)
  ${EXIT.INTERRUPTED}  interrupted (Ctrl-C)`;

/** Options map onto the suite's variables; unset options leave .env / the environment alone. */
function environment(o: VerifyOptions): NodeJS.ProcessEnv {
  const set: Record<string, string | undefined> = {
    HAL_TARGET_URL: o.target,
    HAL_SOAK: o.soak,
    HAL_RESOLVE: o.resolve.length ? o.resolve.join(",") : undefined,
    HAL_CA_FILE: o.ca && resolve(o.ca),
    HAL_WS_URL: o.ws,
    HAL_STATIC_URL: o.static,
    HAL_GATEWAY_URL: o.gateway,
    HAL_HAPROXY_LOG: o.haproxyLog,
    HAL_GATEWAY_LOG: o.gatewayLog,
    HAL_HAPROXY_CONFIG: o.haproxyConfig && resolve(o.haproxyConfig),
    HAL_REPORTS_DIR: o.reports,
    HAL_STRICT: o.strict ? "1" : undefined,
  };
  const env = { ...process.env };
  for (const [k, v] of Object.entries(set)) if (v !== undefined) env[k] = v;
  // Unless told where, each run gets its own directory: two verify runs never share one.
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  env.HAL_REPORTS_DIR = resolve(env.HAL_REPORTS_DIR ?? join(REPORTS_DIR, `verify-${stamp}-${process.pid}`));
  return env;
}

/**
 * Holds the reports directory for this run. A second verify into the same --reports directory
 * is refused while this one runs; a lock left by a killed run goes stale after a minute.
 */
async function lockReports(dir: string): Promise<(() => Promise<void>) | string> {
  mkdirSync(dir, { recursive: true });
  try {
    return await lock(dir, { lockfilePath: join(dir, ".verify.lock"), stale: 60_000, update: 15_000 });
  } catch (err) {
    if ((err as { code?: string }).code !== "ELOCKED") throw err;
    return `another verify is writing its reports into ${dir}; give this one another --reports directory (or none: each run then gets its own)`;
  }
}

/** Where each report of the run is, for the last lines of the output. */
function reportList(paths: ReportPaths): string {
  const rows: [string, string, string?][] = [
    ["checklist page", paths.checklistHtml],
    ["checklist", paths.checklistMd],
    ["checklist (JSON)", paths.checklistJson],
    ["HTML report", join(paths.html, "index.html"), `npx playwright show-report ${paths.html}`],
    ["JUnit", paths.junit],
    ["Allure report", join(paths.allureReport, "index.html"), `npx hal-e2e report open ${paths.dir} (or the file from disk)`],
    ["traces, screenshots", paths.testResults],
    ["this summary", paths.verifySummary],
  ];
  const lines = rows.map(([label, path, how]) => {
    const state = path === paths.verifySummary || existsSync(path) ? "" : " (not written)";
    return `  ${label.padEnd(20)} ${path}${state}${how && !state ? `\n  ${"".padEnd(20)} open: ${how}` : ""}`;
  });
  return [`Reports (${paths.dir}):`, ...lines].join("\n");
}

async function runVerify(o: VerifyOptions): Promise<number> {
  const env = environment(o);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    return EXIT.CONFIG;
  }
  if (!config.HAL_TARGET_URL) {
    console.error("verify needs a target: --target https://host/ (or HAL_TARGET_URL).");
    return EXIT.CONFIG;
  }
  try {
    chooseChromium(config);
  } catch (err) {
    console.error((err as Error).message);
    return EXIT.CONFIG;
  }
  const paths = reportPaths(config.HAL_REPORTS_DIR);
  const reportsDir = paths.dir;
  const unlock = await lockReports(reportsDir);
  if (typeof unlock === "string") {
    console.error(unlock);
    return EXIT.CONFIG;
  }
  try {
    return await verifyInto(paths, config, o, env);
  } finally {
    await unlock();
  }
}

async function verifyInto(
  paths: ReportPaths,
  config: ReturnType<typeof loadConfig>,
  o: VerifyOptions,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const reportsDir = paths.dir;
  const secrets = secretsOfConfig(config);
  // A directory given again with --reports: this run's files replace the last run's, and until
  // they are written none of the last run's verdicts may stand beside this run's partial files.
  for (const stale of [paths.checklistJson, paths.checklistMd, paths.checklistHtml, paths.verifySummary]) rmSync(stale, { force: true });
  const banner = [
    `hal-e2e verify — read-only post-deploy verification`,
    `  target:     ${withoutCredentials(config.HAL_TARGET_URL ?? "")}`,
    `  resolve:    ${config.HAL_RESOLVE.map(formatMapping).join(", ") || "(DNS)"}`,
    `  TLS:        strict; trusted: ${config.HAL_CA_FILE ? `public CAs + ${config.HAL_CA_FILE.path}` : "public CAs"}`,
    `  soak:       ${Math.round(config.HAL_SOAK / 1000)} s`,
    `  logs:       haproxy ${config.HAL_HAPROXY_LOG ? describeLogSource(config.HAL_HAPROXY_LOG) : "-"}; gateway ${config.HAL_GATEWAY_LOG ? describeLogSource(config.HAL_GATEWAY_LOG) : "-"}`,
    `  load cap:   ${config.HAL_LOAD_CAP}; @destructive checks (reload, rollback, faults) are skipped`,
    `  strict:     ${config.HAL_STRICT ? "yes: every skipped item fails the run" : "no: skipped items are listed as unverified (--strict refuses them)"}`,
    `  reports:    ${reportsDir}`,
  ].join("\n");
  console.log(`${secrets.mask(banner)}\n`);

  const started = Date.now();
  // playwright.config.ts puts every output of the run under HAL_REPORTS_DIR, test-results too: a
  // Playwright run empties its output dir at start, and another run must not delete this one's traces.
  // Never retried: a check that passes only on a second try is an intermittent fault, not a pass.
  const projects = productionProjects(config).map((p) => `--project=${p.name}`);
  const args = [PLAYWRIGHT_CLI, "test", ...projects, "--retries=0", ...(o.grep ? ["--grep", o.grep] : [])];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    child.kill("SIGINT");
  };
  process.on("SIGINT", onSigint);
  relay(child, secrets);
  const code = await new Promise<number | null>((done) => child.once("exit", (c) => done(c)));
  process.off("SIGINT", onSigint);
  if (interrupted) {
    const text = `VERIFY INTERRUPTED: the run was stopped before it finished; the reports in ${reportsDir} hold partial results, not a verdict.\nexit code ${EXIT.INTERRUPTED}`;
    writeAtomic(paths.verifySummary, `${secrets.mask(banner)}\n\n${text}\n`);
    console.log(`\n${text}`);
    return EXIT.INTERRUPTED;
  }
  // The Allure report as one file beside the others; a failed render costs that report, not the verdict.
  if ((await renderAllure(paths.allureResults, paths.allureReport)) !== 0) console.error("verify: the Allure report was not rendered");

  const outcome = summarizeRun({
    checklistPath: paths.checklistJson,
    junitPath: paths.junit,
    since: started,
    playwrightCode: code,
    strict: config.HAL_STRICT,
  });
  const text = secrets.mask(`${outcome.text}\nexit code ${outcome.exitCode}`);
  writeAtomic(paths.verifySummary, `${secrets.mask(banner)}\n\n${text}\n\n${reportList(paths)}\n`);
  console.log(`\n${text}\n\n${reportList(paths)}`);
  return outcome.exitCode;
}

/**
 * Playwright's output, line by line, with the run's secrets masked (the scrubbing reporter cleans
 * what reporters see; this covers what the runner and its workers print). Soak lines become
 * progress lines; everything else passes through as Playwright wrote it.
 */
function relay(child: ReturnType<typeof spawn>, secrets: Secrets): void {
  if (child.stdout)
    createInterface({ input: child.stdout }).on("line", (line) => {
      const progress = soakProgress(stripVTControlCharacters(line));
      console.log(secrets.mask(progress ? `  ⏱ ${progress}` : line));
    });
  if (child.stderr) createInterface({ input: child.stderr }).on("line", (line) => console.error(secrets.mask(line)));
}

export function verifyCommand(): Command {
  return (
    new Command("verify")
      .description("verify a HAL deployment read-only: the production project of the suite, against --target")
      .option("--target <url>", "the page URL of the deployment (HAL_TARGET_URL)")
      .option("--soak <duration>", 'soak duration, e.g. "10m" (HAL_SOAK)')
      .option(
        "--resolve <host:port:addr>",
        "reach host:port at addr, like curl --resolve; repeatable (HAL_RESOLVE)",
        (v, all: string[]) => [...all, v],
        [],
      )
      .option("--ca <file>", "PEM of a private CA or self-signed certificate to trust (HAL_CA_FILE)")
      .option("--ws <url>", "WebSocket URL if not derived from the page (HAL_WS_URL)")
      .option("--static <url>", "direct URL of the static server, for diagnosis (HAL_STATIC_URL)")
      .option("--gateway <url>", "direct URL of the gateway, for diagnosis (HAL_GATEWAY_URL)")
      .option("--haproxy-log <source>", "HAProxy log: a file, or a command such as an ssh tail (HAL_HAPROXY_LOG)")
      .option("--gateway-log <source>", "gateway log: a file or a command (HAL_GATEWAY_LOG)")
      .option("--haproxy-config <file>", "a copy of the deployment's haproxy.cfg for the static review (HAL_HAPROXY_CONFIG)")
      .option("--reports <dir>", "where every report of the run goes (HAL_REPORTS_DIR); default: a new reports/verify-<time>-<pid>")
      .option("--grep <pattern>", "run only matching checks (@destructive ones are still skipped)")
      .option("--strict", "every skipped (unverified) checklist item fails the run, exit 1 (HAL_STRICT=1)")
      .addHelpText("after", EXIT_HELP)
      // Usage errors exit 2 like configuration errors; 1 means "the deployment failed".
      .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : EXIT.CONFIG))
      .action(async (o: VerifyOptions) => {
        process.exitCode = await runVerify(o);
      })
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  await verifyCommand().name("verify").parseAsync(process.argv);
}
