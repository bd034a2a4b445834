/**
 * Faults whose effect depends on the HAProxy version (harness/faults/haproxy-template.ts, `SinceVersion`): the
 * variant a stack starts with, for the HAProxy it runs. An unknown version keeps the fault as
 * written (for 2.6, what production runs), and says so in the returned note.
 */
import type { SuiteConfig } from "../config/suite-config.ts";
import { localHaproxyVersion, pinnedHaproxyVersion } from "../haproxy/version.ts";
import { atLeast, formatVersion, type HaproxyVersion } from "../haproxy/version-number.ts";
import type { LocalRuntime } from "../stack/runtime.ts";
import type { StackVariant } from "../stack/types.ts";

export interface Adapted {
  variant: StackVariant;
  /** Why the patches changed, or why they could not be chosen; undefined when nothing depended on it. */
  note?: string;
}

export function adaptToHaproxy(variant: StackVariant, version: HaproxyVersion | undefined): Adapted {
  const since = variant.haproxyPatchesSince;
  if (!since) return { variant };
  if (!version)
    return { variant, note: `HAProxy's version is unknown: the fault's patches for before ${formatVersion(since.version)} apply` };
  if (!atLeast(version, since.version)) return { variant };
  return {
    variant: { ...variant, haproxyPatches: since.patches },
    note: `HAProxy ${formatVersion(version)}: ${since.why}`,
  };
}

/** The version of HAProxy a runtime starts: the system's for processes, the pinned package's for containers. */
export function runtimeHaproxyVersion(config: Pick<SuiteConfig, "HAL_HAPROXY_BIN">, runtime: LocalRuntime): HaproxyVersion | undefined {
  return runtime === "containers" ? pinnedHaproxyVersion() : localHaproxyVersion(config);
}
