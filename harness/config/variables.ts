/**
 * Every configuration variable, as a person reads about it: what it means, its default, where it
 * applies, and the `verify` option that sets it. The README's table is generated from this
 * (`npm run docs:config`), and a unit test fails when a variable of the schema has no entry here,
 * or the README's table is not the generated one.
 */
import type { SuiteConfig } from "./suite-config.ts";

export type VariableGroup = "target" | "production" | "reference" | "budgets" | "reports" | "page";

export interface VariableDoc {
  group: VariableGroup;
  meaning: string;
  default?: string;
  /** The `hal-e2e verify` option that sets it. */
  option?: string;
}

const page = (what: string): VariableDoc => ({
  group: "page",
  meaning: `another build of HAL's page: ${what}`,
  default: "HAL's (HAL_SYSTEM.md)",
});

export const VARIABLES: Record<keyof SuiteConfig, VariableDoc> = {
  HAL_TARGET_URL: {
    group: "target",
    meaning: "the deployment to verify, as users reach it; unset: the embedded reference stack. Read from .env by `verify` only",
    option: "--target",
  },
  HAL_SOAK: {
    group: "target",
    meaning: "how long the stability soak holds a session (30s, 10m, 1h; at most 24h)",
    default: "30s",
    option: "--soak",
  },
  HAL_STRICT: {
    group: "target",
    meaning: "1: every unverified (skipped) item that configuration could verify fails the run",
    option: "--strict",
  },
  HAL_REPORTS_DIR: {
    group: "reports",
    meaning: "where every report of a run goes; must be a writable directory (or creatable)",
    default: "reports/ (verify: reports/verify-<time>-<pid>)",
    option: "--reports",
  },
  HAL_LOG_EXCERPTS: {
    group: "reports",
    meaning: "production logs in reports: `own` (the run's own lines, others left out, addresses masked) or `full`",
    default: "own",
  },
  HAL_WS_URL: { group: "production", meaning: "the WebSocket URL, if not wss://<page host> as the page derives it", option: "--ws" },
  HAL_STATIC_URL: {
    group: "production",
    meaning: "the static server directly, bypassing HAProxy (names the layer at fault)",
    option: "--static",
  },
  HAL_GATEWAY_URL: {
    group: "production",
    meaning: "the gateway directly, bypassing HAProxy (names the layer at fault)",
    option: "--gateway",
  },
  HAL_HAPROXY_LOG: {
    group: "production",
    meaning: "HAProxy's log: a file, or a trusted shell command that prints it (an ssh tail); runs as you",
    option: "--haproxy-log",
  },
  HAL_GATEWAY_LOG: { group: "production", meaning: "the gateway's log: a file, or a trusted shell command", option: "--gateway-log" },
  HAL_HAPROXY_CONFIG: {
    group: "production",
    meaning: "a copy of the deployment's haproxy.cfg, for the static review",
    option: "--haproxy-config",
  },
  HAL_CA_FILE: {
    group: "production",
    meaning: "PEM of a private CA or self-signed certificate to trust (TLS stays strict)",
    option: "--ca",
  },
  HAL_RESOLVE: {
    group: "production",
    meaning: "host:port:addr mappings like curl --resolve, comma separated: verify before DNS moves",
    option: "--resolve",
  },
  HAL_LOAD_CAP: {
    group: "production",
    meaning: "most sessions or requests a check may have in flight against production (1-50)",
    default: "3",
  },
  HAL_RUNTIME: {
    group: "reference",
    meaning: "where the reference stack runs: auto, processes, containers",
    default: "auto (containers when Docker answers)",
  },
  HAL_PAGE: {
    group: "reference",
    meaning: "which generation of HAL's page the reference stack serves: current, classic",
    default: "both, one project each",
  },
  HAL_FAULT: { group: "reference", meaning: "a seeded fault of the reference stack (`npm run selftest -- --list`)" },
  HAL_SOAK_TESTS: { group: "reference", meaning: "1: also run the real 5/10/60-minute soaks (`npm run soak` sets it)" },
  HAL_STACK_BASIC_AUTH: { group: "reference", meaning: "user:password: the reference stack asks for HTTP basic authentication" },
  HAL_STACK_HOSTNAME: { group: "reference", meaning: "`stack up`: one more name in the stack's certificate" },
  HAL_STACK_CERT_OUT: { group: "reference", meaning: "`stack up`: where to write the stack's certificate (PEM, for `verify --ca`)" },
  HAL_HAPROXY_LOG_MODE: {
    group: "reference",
    meaning: "how the reference HAProxy logs: syslog (as production) or stdout",
    default: "syslog",
  },
  HAL_HAPROXY_BIN: { group: "reference", meaning: "HAProxy binary for the processes runtime", default: "haproxy on PATH" },
  HAL_CHROMIUM_PATH: { group: "reference", meaning: "the Chromium to drive", default: "Playwright's, else the system's" },
  HAL_GUARD_CANARY_MARKER: { group: "reference", meaning: "internal: the read-only guard's proof writes here" },
  HAL_CONNECT_BUDGET_MS: { group: "budgets", meaning: 'the status shows "Connected!" within this (Test 2)', default: "3000" },
  HAL_HELLO_REPLY_BUDGET_MS: { group: "budgets", meaning: 'HAL answers "hello" within this (Test 3)', default: "3000" },
  HAL_REPLY_BUDGET_MS: { group: "budgets", meaning: "every reply arrives within this (Post-Deployment)", default: "5000" },
  HAL_EXPECT_TITLE: page("its title"),
  HAL_EXPECT_STATUS_CONNECTING: page("the first status"),
  HAL_EXPECT_STATUS_CONNECTED_PREFIX: page("how a connected status begins"),
  HAL_EXPECT_STATUS_DISCONNECTED_PREFIX: page("how a disconnected status begins"),
  HAL_EXPECT_STATUS_THINKING: page("the status while HAL thinks"),
  HAL_EXPECT_CONSOLE_CONNECTED: page("the console line on connect"),
  HAL_EXPECT_CONSOLE_DISCONNECTED: page("the console line on disconnect"),
  HAL_EXPECT_CONSOLE_WS_ERROR_PREFIX: page("how a WebSocket error begins in the console"),
  HAL_EXPECT_CHAT_ERROR_PREFIX: page("how a gateway error shows in the chat"),
  HAL_SELECTOR_STATUS: page("the status element"),
  HAL_SELECTOR_INPUT: page("the text input"),
  HAL_SELECTOR_SEND: page("the Send button"),
  HAL_SELECTOR_CHAT: page("the chat"),
  HAL_SELECTOR_BUBBLE: page("one message of the chat"),
};

const GROUP_TITLES: Record<VariableGroup, string> = {
  target: "what to verify",
  production: "a production target",
  reports: "reports",
  budgets: "the checklist's budgets",
  reference: "the reference stack",
  page: "another build of the page",
};

const cell = (s: string) => s.replaceAll("|", "\\|");

/** The README's table of every variable, grouped, in this file's order. */
export function variablesMarkdown(): string {
  const rows = (Object.keys(GROUP_TITLES) as VariableGroup[]).flatMap((group) =>
    (Object.entries(VARIABLES) as [string, VariableDoc][])
      .filter(([, d]) => d.group === group)
      .map(
        ([name, d]) =>
          `| ${GROUP_TITLES[group]} | \`${name}\` | ${d.option ? `\`${d.option}\`` : ""} | ${cell(d.meaning)} | ${cell(d.default ?? "")} |`,
      ),
  );
  return ["| for | variable | verify option | meaning | default |", "|---|---|---|---|---|", ...rows].join("\n");
}
