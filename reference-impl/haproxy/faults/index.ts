/**
 * The broken HAProxy variants in this folder, as stack variants with the checklist items each
 * one turns red (shown red when they were written; see tests/config and tests/rollback).
 * harness/faults/variants.ts can spread CONFIG_FAULTS into its HAL_FAULT table.
 */
import { fileURLToPath } from "node:url";
import type { StackVariant } from "../../../harness/stack/types.ts";

const template = (name: string) => fileURLToPath(new URL(`./${name}.cfg.tmpl`, import.meta.url));

export interface ConfigFault {
  variant: StackVariant;
  /** Checklist ids that must turn red against this variant. */
  red: string[];
}

export const CONFIG_FAULTS: Record<string, ConfigFault> = {
  "round-robin-onto-gateway": {
    variant: { haproxyTemplate: template("round-robin-onto-gateway") },
    red: ["step3.review.plain-not-to-gateway", "step3.reload.http-no-failures", "routing.http-deterministic"],
  },
  "no-timeout-tunnel": { variant: { haproxyTemplate: template("no-timeout-tunnel") }, red: ["step3.review.tunnel-timeout"] },
  "short-timeout-tunnel": { variant: { haproxyTemplate: template("short-timeout-tunnel") }, red: ["step3.review.tunnel-timeout"] },
  "no-alpn-h2": { variant: { haproxyTemplate: template("no-alpn-h2") }, red: ["step3.review.alpn-h2", "step6.test1.http2"] },
  "contradicting-options": { variant: { haproxyTemplate: template("contradicting-options") }, red: ["step3.review.no-contradictions"] },
  "ignored-backend-timeout": {
    variant: { haproxyTemplate: template("ignored-backend-timeout") },
    red: ["step3.review.no-ignored-timeouts", "step3.review.tunnel-timeout"],
  },
  "host-acl-shadowing": {
    variant: { haproxyTemplate: template("host-acl-shadowing") },
    red: ["step3.review.host-acl-shadowing", "step6.test2.connected-3s"],
  },
  // Old workers are killed 500 ms after a reload, and the WebSockets they carry with them.
  "short-hard-stop-after": { variant: { haproxyValues: { hard_stop_after: "500ms" } }, red: ["step3.reload.websocket-survives"] },
  "fails-on-reload": {
    variant: { haproxyTemplate: template("fails-on-reload") },
    red: ["step3.reload.still-running", "rollback.restore-green"],
  },
};
