/**
 * The typed handle every spec receives, whatever the target: the reference stack as local
 * processes, the reference stack in containers, or a production deployment reached by URL.
 * Optional parts are absent where the target cannot offer them (no log source, no control of
 * HAProxy in production); checks that need them skip with the reason.
 */

import type { GatewayBehaviour } from "../../reference-impl/gateway/behaviour.ts";
import type { GatewayTraffic } from "../../reference-impl/gateway/server.ts";
import type { PageGeneration } from "../../reference-impl/page/generations.ts";
import type { StaticKnobs } from "../../reference-impl/static/config.ts";
import type { SinceVersion } from "../faults/haproxy-template.ts";
import type { Patch } from "../faults/patch.ts";
import type { HaproxyControl } from "../haproxy/control.ts";
import type { HostMapping } from "../infra/resolve.ts";
import type { LogReader } from "../logs/log-reader.ts";

export type Runtime = "processes" | "containers" | "remote";

export interface StackLogs {
  haproxy?: LogReader;
  gateway?: LogReader;
  static?: LogReader;
}

export interface StackTls {
  /** PEM of a CA (or the self-signed certificate) that Node clients must trust. */
  caPem?: string;
  /**
   * base64 SPKI hash of the server key, printed by `npm run stack:up` for a person exploring the
   * page by hand; the suite never uses it (Chromium's SPKI allowlist waives name and expiry checks).
   */
  spkiHash?: string;
  /** curl-style host mappings (`host:port:addr`), applied to the browser and Node clients. */
  hosts: HostMapping[];
}

/** HTTP basic credentials a target asks for: never printed, never in a report (harness/report/scrub.ts). */
export interface Credentials {
  username: string;
  password: string;
}

export interface StackHandle {
  /** Human-readable description for reports, e.g. "reference stack (processes)". */
  description: string;
  target: "reference" | "production";
  runtime: Runtime;
  /** The page as users reach it: through HAProxy, over HTTPS. */
  pageUrl: string;
  /** The generation of HAL's page a reference stack serves (a page build's own); production: unknown. */
  pageGeneration?: PageGeneration;
  /** The WebSocket URL the page derives from its location (same origin, no path). */
  wsUrl: string;
  /** Bypass URLs for diagnosis: the static server and the gateway without the proxy. */
  direct: { staticUrl?: string; gatewayUrl?: string };
  tls: StackTls;
  /**
   * The credentials the target asks for, if any: the browser gets them as httpCredentials scoped
   * to the page's origin, and `headers` carries them for every Node client through the proxy.
   */
  credentials?: Credentials;
  /** What every client sends to the target besides its own headers, as the browser does: the Authorization of `credentials`. */
  headers: Record<string, string>;
  logs: StackLogs;
  /**
   * What clients have sent the reference gateway so far (sessions, frames by type), where the
   * harness runs it as a process: to measure what a run costs a deployment. Never a check's input.
   */
  gatewayTraffic?: () => Promise<GatewayTraffic>;
  /** Present only where the suite may operate HAProxy (never in production). */
  haproxy?: HaproxyControl;
  stop(): Promise<void>;
}

/** Ways a reference stack can deviate from the healthy one (seeded faults use these). */
export interface StackVariant {
  /** Patches of the reference HAProxy template (harness/faults/haproxy-*.ts). */
  haproxyPatches?: readonly Patch[];
  /** Patches that replace haproxyPatches from a HAProxy version on (faults/version-dependent.ts). */
  haproxyPatchesSince?: SinceVersion;
  /** Environment of the HAProxy process (the service's; `haproxy -c` runs without it). */
  haproxyEnv?: Record<string, string>;
  /** Extra template values (override the defaults). */
  haproxyValues?: Record<string, string>;
  /** How the reference gateway misbehaves (typed knobs, set as HAL_GW_* by gatewayEnv); healthy where unset. */
  gateway?: Partial<GatewayBehaviour>;
  /** Which generation of HAL's page the static server serves (default: current). */
  pageGeneration?: PageGeneration;
  /** Directory served by the static server instead of the generation's page (a page build). */
  staticRoot?: string;
  /** How the reference static server misbehaves (typed knobs, set as HAL_STATIC_* by staticEnv). */
  static?: StaticKnobs;
  /** Do not start the gateway at all (HAProxy still points at its port). */
  gatewayDown?: boolean;
  /** Do not start the static server at all (HAProxy still points at its port). */
  staticDown?: boolean;
  /** Patches applied to the active config file once HAProxy runs: a broken file deployed but not (yet) loaded. */
  configAfterStart?: readonly Patch[];
  certificate?: { names?: string[]; notBefore?: Date; notAfter?: Date };
  /** Put the whole site behind HTTP basic authentication (HAProxy's `http-request auth`), as some deployments are. */
  basicAuth?: Credentials;
  /** Lines each log already held before the run (an earlier restart's errors): history, never evidence. */
  logHistory?: Partial<Record<"haproxy" | "gateway", string[]>>;
}
