/**
 * The production target: a deployment the suite did not start and knows only by its URL.
 * Nothing starts locally. The handle carries the configured URLs (credentials stripped: they
 * go to the browser as httpCredentials, never into a report), the CA and host mappings for
 * strict TLS, and log readers fed by the configured log sources. It offers no HAProxy control
 * (no reload, no config writes): certificate errors stay errors.
 */

import { credentialsOf, withoutCredentials } from "../config/redact.ts";
import { derivedWsUrl, type SuiteConfig } from "../config/suite-config.ts";
import { formatMapping, installNodeResolve } from "../infra/resolve.ts";
import { describeLogSource, type OpenedLogSource, openLogSource } from "../logs/log-sources.ts";
import { basicAuthHeaders } from "../probes/http-probe.ts";
import type { StackHandle, StackLogs } from "./types.ts";

export async function openProduction(config: SuiteConfig): Promise<StackHandle> {
  if (!config.HAL_TARGET_URL) throw new Error("openProduction needs HAL_TARGET_URL");
  const pageUrl = withoutCredentials(config.HAL_TARGET_URL);
  const credentials = credentialsOf(config.HAL_TARGET_URL);
  // Node clients of this worker (probes, protocol client) honour the same mappings as Chromium.
  const restoreResolver = installNodeResolve(config.HAL_RESOLVE);
  const sources: OpenedLogSource[] = [];
  const logs: StackLogs = {};
  const sourceNotes: string[] = [];
  if (config.HAL_HAPROXY_LOG) {
    const s = openLogSource("haproxy", config.HAL_HAPROXY_LOG);
    sources.push(s);
    logs.haproxy = s.log;
    sourceNotes.push(`haproxy log: ${describeLogSource(config.HAL_HAPROXY_LOG)}`);
  }
  if (config.HAL_GATEWAY_LOG) {
    const s = openLogSource("gateway", config.HAL_GATEWAY_LOG);
    sources.push(s);
    logs.gateway = s.log;
    sourceNotes.push(`gateway log: ${describeLogSource(config.HAL_GATEWAY_LOG)}`);
  }
  const resolve = config.HAL_RESOLVE.map(formatMapping);
  const extras = [...(resolve.length ? [`resolve ${resolve.join(",")}`] : []), ...sourceNotes];
  // Each source's history (what it shows of the past) is in before the run starts.
  await Promise.all(sources.map((s) => s.ready));
  return {
    description: `production deployment (read-only${extras.length ? `; ${extras.join("; ")}` : ""})`,
    target: "production",
    runtime: "remote",
    pageUrl,
    wsUrl: config.HAL_WS_URL ? withoutCredentials(config.HAL_WS_URL) : derivedWsUrl(pageUrl),
    direct: {
      staticUrl: config.HAL_STATIC_URL ? withoutCredentials(config.HAL_STATIC_URL) : undefined,
      gatewayUrl: config.HAL_GATEWAY_URL ? withoutCredentials(config.HAL_GATEWAY_URL) : undefined,
    },
    tls: { caPem: config.HAL_CA_FILE?.pem, hosts: config.HAL_RESOLVE },
    credentials,
    headers: basicAuthHeaders(credentials),
    logs,
    async stop() {
      for (const s of sources) await s.stop();
      restoreResolver();
    },
  };
}
