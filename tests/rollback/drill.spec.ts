/**
 * The checklist's Rollback Procedure, rehearsed: back up the active HAProxy config, apply a
 * broken one (a misspelt ACL name, the first "quick fix" the Troubleshooting guide names) and
 * show `haproxy -c` rejects it, as Step 3 says ("DO NOT PROCEED - Restore backup"); restore the
 * backup and reload; the connection checks are green again. The drill is timed against the
 * checklist's "Rollback HAProxy (< 1 minute)". What the drill checks is the checklist's own
 * restore; the safety net is the `haproxy` fixture's, which puts the config file back after the
 * test whatever happened in it, so the broken file never outlives the test.
 */

import { checks, eachItem, expect, helloProbe, measured, replyWaitMs, test } from "../../fixtures/index.ts";

const ROLLBACK_BUDGET_MS = 60_000;

/** The active config with its first ACL reference in a routing rule misspelt (rejected by `haproxy -c`). */
function breakConfig(text: string): { text: string; what: string } {
  const rule = /^(\s*(?:use-server|use_backend)\s+\S+\s+(?:if|unless)\s+!?)([\w.-]+)/m.exec(text);
  if (rule?.[2]) {
    const line = text.slice(0, rule.index).split("\n").length;
    return {
      text: `${text.slice(0, rule.index)}${rule[1]}${rule[2]}_typo${text.slice(rule.index + rule[0].length)}`,
      what: `ACL name \`${rule[2]}\` misspelt as \`${rule[2]}_typo\` on line ${line}`,
    };
  }
  return { text: `${text.trimEnd()}\n    use_backend hal2_backend if acl_typo\n`, what: "a rule using an undefined ACL appended" };
}

test.describe("Rollback drill", { tag: ["@destructive"] }, () => {
  test.use({ troubleshooting: { probe: helloProbe, layer: "proxy", why: "the drill operates HAProxy's configuration and reload" } });
  test("back up, reject a broken config, restore and reload: green again within 1 minute", {
    annotation: checks(
      "rollback.backup",
      "rollback.broken-rejected",
      "rollback.restore-green",
      "rollback.timing",
      "troubleshooting.syntax-error",
    ),
  }, async ({ haproxy: control, hal, halClient, suiteConfig }) => {
    const started = Date.now();
    const laps: { stage: string; atMs: number }[] = [];
    const lap = (stage: string) => laps.push({ stage, atMs: Date.now() - started });
    const backup = await control.readConfig();
    let restoreStart = Date.now();
    // Each stage settles its own item; a later stage still runs when an earlier one failed.
    await eachItem(
      [
        "rollback.backup",
        async () => {
          await test.info().attach("haproxy.cfg.backup", { body: backup, contentType: "text/plain" });
          const valid = await control.check();
          expect(valid.valid, `Rollback: the active config being backed up should be valid\n${valid.output}`).toBe(true);
          lap("backed up");
        },
      ],
      [
        "rollback.broken-rejected",
        async () => {
          const broken = breakConfig(backup);
          await control.writeConfig(broken.text);
          const result = await control.check();
          await test
            .info()
            .attach("haproxy -c of the broken config", { body: `${broken.what}\n\n${result.output}`, contentType: "text/plain" });
          expect(result.valid, `Rollback: \`haproxy -c\` should reject the broken config (${broken.what})`).toBe(false);
          lap("broken config rejected");
        },
      ],
      [
        ["rollback.restore-green", "troubleshooting.syntax-error"],
        async () => {
          restoreStart = Date.now();
          await control.writeConfig(backup);
          expect(await control.readConfig(), "Rollback: the restored config should be byte-identical to the backup").toBe(backup);
          const valid = await control.check();
          expect(valid.valid, `Rollback: the restored backup should pass \`haproxy -c\`\n${valid.output}`).toBe(true);
          const reload = await control.reload();
          expect(reload.ok, `Rollback: the reload of the restored config should succeed\n${JSON.stringify(reload.after)}`).toBe(true);
          lap(`restored and reloaded (reload ${reload.ms} ms)`);
          const client = await halClient().catch((e: Error) => e);
          expect(
            client instanceof Error ? client.message : "",
            "Rollback: a WebSocket handshake through HAProxy should succeed after the rollback",
          ).toBe("");
          if (!(client instanceof Error)) {
            // HAL may take its reply budget: a late answer is the latency checks' verdict, not the rollback's.
            const reply = await client.ask("hello", replyWaitMs(suiteConfig.HAL_REPLY_BUDGET_MS));
            expect(reply.frame.type, "Rollback: HAL should reply through HAProxy after the rollback").toBe("response");
          }
          expect(await hal.connect(), 'Rollback: the page should load and show "Connected!" after the rollback').toBeDefined();
          lap("connection checks green");
        },
      ],
      [
        "rollback.timing",
        async () => {
          const rollbackMs = Date.now() - restoreStart;
          const timing = { drillMs: Date.now() - started, rollbackMs, budgetMs: ROLLBACK_BUDGET_MS, laps };
          measured(`rollback (restore, reload, green) ${rollbackMs} ms; whole drill ${timing.drillMs} ms`);
          await test.info().attach("rollback drill timing", { body: JSON.stringify(timing, null, 2), contentType: "application/json" });
          expect(laps.at(-1)?.stage, "Rollback: the drill should reach green connection checks to be timed").toBe(
            "connection checks green",
          );
          expect(rollbackMs, "Rollback: HAProxy rollback should take < 1 minute (checklist Rollback Procedure)").toBeLessThan(
            ROLLBACK_BUDGET_MS,
          );
        },
      ],
    );
  });
});
