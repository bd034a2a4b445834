/**
 * The catalogue of seeded faults the suite must catch: the healthy stack, then every fault as
 * declared whole in the file of its kind (define.ts says how). `npm run selftest` runs, for
 * each, exactly the tests that check the items it names, against its variant (HAL_FAULT=<name>),
 * and judges the verdicts (judge.ts). A new fault is one more entry in its kind's file; a new
 * file of faults is one more line here.
 *
 * A fault that breaks a part of the preflight (TLS, the page with its assets, a WebSocket through
 * the proxy: harness/probes/preflight.ts) turns red, at once and with the preflight's diagnosis,
 * every item that needs that part (harness/checklist/dependencies.ts): such an item is `red` in
 * its own right when its test checks nothing else the fault names.
 */
import { CERTIFICATE_FAULTS } from "./certificate.ts";
import { defineFaults, EVERY_OTHER_ITEM, type FaultCase } from "./define.ts";
import { GATEWAY_FAULTS } from "./gateway.ts";
import { NO_MESSAGE_LINES } from "./groups.ts";
import { HAPROXY_RELOAD_FAULTS } from "./haproxy-reload.ts";
import { HAPROXY_SERVER_FAULTS } from "./haproxy-servers.ts";
import { HAPROXY_TIMEOUT_FAULTS } from "./haproxy-timeouts.ts";
import { HAPROXY_UPGRADE_FAULTS } from "./haproxy-upgrades.ts";
import { LOG_HISTORY_FAULTS } from "./history.ts";
import { PAGE_FAULTS } from "./page.ts";
import { PAGE_LOOKALIKE_FAULTS } from "./page-lookalikes.ts";
import { STATIC_FAULTS } from "./static.ts";

const HEALTHY = defineFaults("healthy", {
  healthy: {
    description: "the reference stack as shipped: every check it runs must pass",
    variant: {},
    red: [],
    layer: "n/a",
    // Every checkable item but the long soaks', from the suite listing (expectations.ts).
    green: EVERY_OTHER_ITEM,
    unverified: NO_MESSAGE_LINES,
  },
});

export const CATALOGUE = [
  ...HEALTHY,
  ...HAPROXY_SERVER_FAULTS,
  ...HAPROXY_UPGRADE_FAULTS,
  ...HAPROXY_TIMEOUT_FAULTS,
  ...HAPROXY_RELOAD_FAULTS,
  ...GATEWAY_FAULTS,
  ...STATIC_FAULTS,
  ...PAGE_FAULTS,
  ...PAGE_LOOKALIKE_FAULTS,
  ...CERTIFICATE_FAULTS,
  ...LOG_HISTORY_FAULTS,
] as const;

/** The union of every declared fault's name. */
export type FaultName = (typeof CATALOGUE)[number]["name"];

export const FAULT_NAMES: readonly FaultName[] = CATALOGUE.map((f) => f.name);

export const isFaultName = (name: string): name is FaultName => (FAULT_NAMES as readonly string[]).includes(name);

const BY_NAME = new Map<string, FaultCase<FaultName>>(CATALOGUE.map((f) => [f.name, f]));

/** The fault called `name`; an unknown name (from HAL_FAULT or a command line) is an error listing the known ones. */
export function faultNamed(name: string): FaultCase<FaultName> {
  const fault = BY_NAME.get(name);
  if (!fault) throw new Error(`HAL_FAULT="${name}" is not a known fault; known: ${FAULT_NAMES.join(", ")}`);
  return fault;
}
