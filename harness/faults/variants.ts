/**
 * Named variants of the reference stack, selected with HAL_FAULT=<name> (the fault self-test
 * sets it; a person can too, to see a check turn red). The full catalogue, with the items each
 * fault must turn red, lives in catalogue.ts.
 */
import { join } from "node:path";
import { CONFIG_FAULTS } from "../../reference-impl/haproxy/faults/index.ts";
import { REFERENCE_IMPL } from "../paths.ts";
import type { StackVariant } from "../stack/types.ts";

const faultTemplate = (name: string) => join(REFERENCE_IMPL, "haproxy", "faults", `${name}.cfg.tmpl`);

export const VARIANTS: Record<string, StackVariant> = {
  healthy: {},
  "gateway-down": { gatewayDown: true },
  "no-upgrade-acl": { haproxyTemplate: faultTemplate("no-upgrade-acl") },
  ...Object.fromEntries(Object.entries(CONFIG_FAULTS).map(([name, f]) => [name, f.variant])),
};

export function variantFromEnv(env: NodeJS.ProcessEnv = process.env): StackVariant {
  const name = env.HAL_FAULT;
  if (!name) return {};
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`HAL_FAULT="${name}" is not a known stack variant; known: ${Object.keys(VARIANTS).join(", ")}`);
  return variant;
}
