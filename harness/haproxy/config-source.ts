/**
 * The HAProxy configuration a check reads: the copy of the deployment's haproxy.cfg the operator
 * gave (HAL_HAPROXY_CONFIG), else the active config of a stack the suite operates, else none
 * (a production target without a copy). One place decides, so the static review and the soak's
 * idle timeouts always read the same file.
 */
import { readFile } from "node:fs/promises";
import type { SuiteConfig } from "../config/suite-config.ts";
import type { StackHandle } from "../stack/types.ts";

export interface HaproxyConfigText {
  text: string;
  /** Where it came from, for a report: the file's path, or the stack's active config. */
  source: string;
}

/** Why there is no config to read, for the skip that says so. */
export const NO_HAPROXY_CONFIG = "no HAProxy config to review: set HAL_HAPROXY_CONFIG to a copy of the deployment's haproxy.cfg";

export async function haproxyConfigText(
  stack: Pick<StackHandle, "haproxy" | "description">,
  config: Pick<SuiteConfig, "HAL_HAPROXY_CONFIG">,
): Promise<HaproxyConfigText | undefined> {
  if (config.HAL_HAPROXY_CONFIG) return { text: await readFile(config.HAL_HAPROXY_CONFIG, "utf8"), source: config.HAL_HAPROXY_CONFIG };
  if (stack.haproxy) return { text: await stack.haproxy.readConfig(), source: `active config of the ${stack.description}` };
  return undefined;
}
