/**
 * Starts the reference stack on the configured runtime (HAL_RUNTIME): containers when a Docker
 * engine answers (or when asked for explicitly), processes otherwise. The handle's description
 * names the runtime, and every test is annotated with it.
 */
import { randomUUID } from "node:crypto";
import type { SuiteConfig } from "../config/suite-config.ts";
import { applyPatches } from "../faults/patch.ts";
import { adaptToHaproxy, runtimeHaproxyVersion } from "../faults/version-dependent.ts";
import { basicAuthPatches } from "../haproxy/basic-auth.ts";
import { basicAuthHeaders } from "../probes/http-probe.ts";
import { startProcessesStack } from "./processes.ts";
import { resolveRuntime } from "./runtime.ts";
import type { StackHandle, StackVariant } from "./types.ts";

export async function startReferenceStack(config: SuiteConfig, requested: StackVariant = {}): Promise<StackHandle> {
  const runtime = resolveRuntime(config);
  // A fault that relies on a HAProxy default breaks the same thing on every version it knows.
  const { variant: adapted, note } = adaptToHaproxy(requested, requested.haproxyPatchesSince && runtimeHaproxyVersion(config, runtime));
  if (note) console.log(`[stack] ${note}`);
  const credentials = adapted.basicAuth ?? config.HAL_STACK_BASIC_AUTH;
  const variant: StackVariant = credentials
    ? {
        ...adapted,
        haproxyPatches: [...(adapted.haproxyPatches ?? []), ...basicAuthPatches({ ...credentials, sessionCookie: randomUUID() })],
      }
    : adapted;
  const stack =
    runtime === "processes"
      ? await startProcessesStack(config, variant)
      : // Loaded only here: a processes run never loads testcontainers.
        await import("./containers/stack.ts").then(({ startContainersStack }) => startContainersStack(config, variant));
  if (variant.configAfterStart?.length) {
    if (!stack.haproxy) throw new Error("configAfterStart needs control of HAProxy's config file");
    await stack.haproxy.writeConfig(applyPatches(await stack.haproxy.readConfig(), variant.configAfterStart));
  }
  if (credentials) {
    stack.credentials = credentials;
    stack.headers = basicAuthHeaders(credentials);
    stack.description += ", behind HTTP basic authentication";
  }
  for (const [name, lines] of Object.entries(variant.logHistory ?? {}) as [keyof StackHandle["logs"], string[]][]) {
    stack.logs[name]?.prependHistory(lines);
  }
  return stack;
}
