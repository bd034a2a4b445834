/**
 * The suite's command line, `hal-e2e <command>` (bin/hal-e2e.mjs loads it):
 *
 *   verify --target URL [...]      read-only post-deploy verification (verify.ts)
 *   stack up [--runtime ...]       the reference stack in the foreground: its URL and CA file
 *   selftest [...]                 the fault self-test (selftest.ts; --help for its options)
 *   report open [dir]              serve a run's reports on loopback and print the address
 *   install-browser                Playwright's Chromium, for machines without one
 *
 * Long-running commands other than verify run their own module as a child process, so each keeps
 * one job and its own option parsing; the child gets the user's current directory.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { nodeEntry, PACKAGE_ROOT, PLAYWRIGHT_CLI, RUN_DIR } from "../paths.ts";
import { openReports } from "./report-open.ts";
import { verifyCommand } from "./verify.ts";

const version = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;

/**
 * Runs a child in the foreground and passes SIGINT and SIGTERM on (a Ctrl-C from a terminal
 * reaches it twice, which its own handlers allow), then exits with its code.
 */
function foreground(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const child = spawn(command, args, { stdio: "inherit", env });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward("SIGINT");
  const onTerm = forward("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  return new Promise((done) =>
    child.once("exit", (code, signal) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      done(code ?? (signal === "SIGINT" ? 130 : 1));
    }),
  );
}

interface StackUpOptions {
  runtime?: string;
  fault?: string;
  page?: string;
  hostname?: string;
  caOut?: string;
}

function stackCommand(): Command {
  const stack = new Command("stack").description("the reference HAL deployment (HAProxy, gateway, static server)");
  stack
    .command("up")
    .description("start the reference stack in the foreground; prints its URL and CA file; Ctrl-C stops all of it")
    .addOption(new Option("--runtime <runtime>", "where it runs (HAL_RUNTIME)").choices(["auto", "processes", "containers"]))
    .option("--fault <name>", "a seeded fault of the self-test's catalogue (HAL_FAULT)")
    .option("--page <generation>", "page generation: current or classic (HAL_PAGE)")
    .option("--hostname <name>", "one more name in the certificate (HAL_STACK_HOSTNAME)")
    .option("--ca-out <file>", "where to write the certificate to pass as verify --ca (default: a file in the cache, printed)")
    .action(async (o: StackUpOptions) => {
      const scratch = join(RUN_DIR, `stack-up-${process.pid}`);
      mkdirSync(scratch, { recursive: true });
      const env: NodeJS.ProcessEnv = { ...process.env, HAL_STACK_CERT_OUT: o.caOut ?? join(scratch, "ca.pem") };
      if (o.runtime) env.HAL_RUNTIME = o.runtime;
      if (o.fault) env.HAL_FAULT = o.fault;
      if (o.page) env.HAL_PAGE = o.page;
      if (o.hostname) env.HAL_STACK_HOSTNAME = o.hostname;
      try {
        process.exitCode = await foreground(process.execPath, nodeEntry("harness/cli/stack-up.ts"), env);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  return stack;
}

function passThrough(name: string, description: string, entry: string): Command {
  return new Command(name)
    .description(description)
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument("[args...]")
    .action(async (args: string[]) => {
      process.exitCode = await foreground(process.execPath, [...nodeEntry(entry), ...args]);
    });
}

function reportCommand(): Command {
  const report = new Command("report").description("the reports of a run");
  report
    .command("open")
    .description("serve a run's reports (checklist, HTML, Allure) on loopback and print the address; Ctrl-C stops")
    .argument("[dir]", "a reports directory; default: the newest under ./reports")
    .option("--port <port>", "port to listen on (default: a free one)", (v) => Number.parseInt(v, 10))
    .action(async (dir: string | undefined, o: { port?: number }) => {
      process.exitCode = await openReports(dir, o.port);
    });
  return report;
}

const program = new Command("hal-e2e")
  .description("HAL deployment checklist as code")
  .version(version, "-v, --version")
  .addCommand(verifyCommand())
  .addCommand(stackCommand())
  .addCommand(
    passThrough(
      "selftest",
      "the fault self-test: every seeded fault must turn its items red (--help for options)",
      "harness/cli/selftest.ts",
    ),
  )
  .addCommand(reportCommand())
  .addCommand(
    new Command("install-browser")
      .description("download Playwright's Chromium (where downloads work; else: apt-get install chromium)")
      .option("--with-deps", "also install the system libraries it needs (root or sudo)")
      .action(async (o: { withDeps?: boolean }) => {
        process.exitCode = await foreground(process.execPath, [
          PLAYWRIGHT_CLI,
          "install",
          ...(o.withDeps ? ["--with-deps"] : []),
          "chromium",
        ]);
      }),
  );
program.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
await program.parseAsync(process.argv);
