/**
 * HAProxy faults of reloading and deploying a configuration: a reload that cuts sockets or
 * fails in the live process, a routing rule `haproxy -c` cannot see, and a broken file copied
 * over the running one (Step 3's "DO NOT PROCEED").
 */
import { defineFaults } from "./define.ts";
import { except, RELOAD } from "./groups.ts";
import { USE_SERVER } from "./haproxy-template.ts";
import { insertAfter, replace } from "./patch.ts";

export const HAPROXY_RELOAD_FAULTS = defineFaults("haproxy", {
  "hard-stop-after-30s": {
    description: "`hard-stop-after 30s` in global: 30 s after a reload the old worker is killed, and every WebSocket it still carries",
    variant: { haproxyPatches: [insertAfter("    master-worker\n", "    hard-stop-after 30s\n")] },
    // A socket that looks fine 3 s after the reload is cut at 30 s: only a watch past the bound sees it.
    red: ["step3.reload.websocket-survives"],
    layer: "proxy",
    green: except(RELOAD, "step3.reload.websocket-survives"),
  },
  "hard-stop-immediate": {
    description: "`hard-stop-after 1ms` in global: a reload kills the old worker at once, with every WebSocket it carries",
    variant: { haproxyPatches: [insertAfter("    master-worker\n", "    hard-stop-after 1ms\n")] },
    // Seen without waiting: no old worker is left to hold the sockets (`show proc`), and they are cut.
    red: ["step3.reload.websocket-survives"],
    layer: "proxy",
    green: except(RELOAD, "step3.reload.websocket-survives"),
  },
  "fails-on-reload": {
    description: "valid for `haproxy -c` and at start, rejected when the running master re-reads it on reload",
    variant: {
      haproxyPatches: [
        insertAfter(
          "    tune.ssl.default-dh-param 2048\n",
          [
            "    # The running master sets HAPROXY_MWORKER_REEXEC when it re-reads the file on reload, so",
            "    # this block stands for any config that passes `haproxy -c` and a fresh start but breaks in",
            "    # the live process (different environment, a file only the operator's shell can see ...).",
            ".if defined(HAPROXY_MWORKER_REEXEC)",
            "    reload-breaks-here",
            ".endif",
            "",
          ].join("\n"),
        ),
      ],
    },
    // The rollback's reload fails too: restoring never turns green, so it is never done in a minute.
    red: [
      "step3.reload.still-running",
      "pdv.haproxy-reloaded",
      "pdv.haproxy-running",
      "rollback.restore-green",
      "troubleshooting.syntax-error",
      "rollback.timing",
    ],
    // Tests of their own, each of which first asserts that the reload itself succeeded: with a
    // failing reload they go red too, rightly.
    collateral: except(RELOAD, "step3.reload.still-running", "pdv.haproxy-reloaded", "pdv.haproxy-running"),
    layer: "proxy",
    green: ["rollback.backup", "rollback.broken-rejected"],
  },
  "check-skips-routing": {
    description:
      "the routing rule sits in `.if defined(HAL_SERVICE_ENV)`, a variable only the service has: `haproxy -c` run by hand skips the block, so a typo in it passes the check",
    variant: {
      haproxyPatches: [replace(USE_SERVER, `.if defined(HAL_SERVICE_ENV)\n${USE_SERVER}.endif\n`)],
      haproxyEnv: { HAL_SERVICE_ENV: "1" },
    },
    // The drill's broken rule hides in the block `haproxy -c` skips: the check cannot reject it.
    red: ["rollback.broken-rejected"],
    layer: "proxy",
    green: ["step3.config-valid", "rollback.backup", "rollback.restore-green", "troubleshooting.syntax-error", "rollback.timing"],
  },
  "broken-config-deployed": {
    description:
      "a config with a typo in an ACL name copied over the running one: `haproxy -c` rejects it, so it must not be reloaded (Step 3: DO NOT PROCEED)",
    variant: {
      configAfterStart: [replace(USE_SERVER, "    use-server hal2_ws if hdr_connection_upgrad hdr_upgrade_websocket\n")],
    },
    red: ["step3.config-valid", "pdv.haproxy-updated", "rollback.backup", "rollback.restore-green", "troubleshooting.syntax-error"],
    // The drill times a restore that never turned green (its own check fails), and the reload
    // tests of their own reload the broken file.
    collateral: ["rollback.timing", ...RELOAD],
    layer: "proxy",
    green: ["rollback.broken-rejected"],
  },
});
