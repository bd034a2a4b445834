/**
 * The reference stack in containers (testcontainers): the static server and the gateway from
 * the servers image, then HAProxy 2.6 from its image in front of them, all on a private network
 * where they find each other by alias. HAProxy's port is the entry point; the servers' ports are
 * published too, on loopback, for diagnosis only (`direct` URLs). Same handle, same variants and
 * same log readers as the processes runtime, so every spec and every fault runs on both. In
 * syslog mode HAProxy prints RFC 3164 lines on stdout and the harness writes them, with its
 * console notices, into the same traditional-format file the processes runtime writes.
 */
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import getPort from "get-port";
import type { StartedTestContainer } from "testcontainers";
import { DEFAULT_PAGE_GENERATION } from "../../../reference-impl/page/generations.ts";
import type { SuiteConfig } from "../../config/suite-config.ts";
import { firstChecksDone } from "../../haproxy/master-cli.ts";
import { referenceTemplate, renderTemplate } from "../../haproxy/render.ts";
import { ensureImages } from "../../images/build.ts";
import { makeCertificate } from "../../infra/certs.ts";
import { applyTestcontainersDefaults } from "../../infra/docker.ts";
import { waitUntil } from "../../infra/readiness.ts";
import { LogReader } from "../../logs/log-reader.ts";
import { RUN_DIR } from "../../paths.ts";
import { gatewayAnswers, proxyAnswers } from "../../probes/http-probe.ts";
import { openStackHaproxyLog, type StackHaproxyLog } from "../haproxy-log-file.ts";
import type { StackHandle, StackVariant } from "../types.ts";
import { containerHaproxyControl, execSender, HAPROXY_CERT, HAPROXY_CONFIG } from "./haproxy-control.ts";
import { LOOPBACK, LoopbackContainer } from "./loopback-container.ts";
import { createNetwork, RUN_NETWORK_ENV, removeNetwork } from "./network.ts";
import { ensureReaper } from "./reaper.ts";
import { OWNER_LABEL, STACK_LABEL } from "./sweep.ts";

const PORT = { https: 8443, http: 8080, ws: 8768 } as const;
const VARIANT_ROOT = "/srv/hal-page";
/** The page generations as the servers image holds them (harness/images/context.ts copies reference-impl/page). */
const IMAGE_PAGE_ROOT = "/opt/hal/page";
const STOP_TIMEOUT_MS = 2000;

const streamInto = (log: LogReader) => (stream: NodeJS.ReadableStream) => stream.on("data", (d: string | Buffer) => log.write(d));

/** Starts containers together; if any fails, those that started are returned for cleanup too. */
async function startAll(builders: LoopbackContainer[], started: StartedTestContainer[]): Promise<StartedTestContainer[]> {
  const results = await Promise.allSettled(builders.map((b) => b.start()));
  for (const r of results) if (r.status === "fulfilled") started.push(r.value);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<StartedTestContainer>).value);
}

/** HAProxy is the container's PID 1 (its image's CMD): the pid the journal would tag its console with. */
const HAPROXY_PID = 1;

export async function startContainersStack(config: SuiteConfig, variant: StackVariant = {}): Promise<StackHandle> {
  applyTestcontainersDefaults();
  const { Wait } = await import("testcontainers");
  ensureReaper();
  const images = await ensureImages();
  const stackId = randomUUID().slice(0, 8);
  const labels = { [OWNER_LABEL]: String(process.pid), [STACK_LABEL]: stackId };
  await mkdir(RUN_DIR, { recursive: true });
  const dir = await mkdtemp(join(RUN_DIR, "stack-"));
  const started: StartedTestContainer[] = [];
  let ownNetwork: string | undefined;
  let haproxyLog: StackHaproxyLog | undefined;
  const stopAll = async () => {
    await Promise.all(started.reverse().map((c) => c.stop({ remove: true, timeout: STOP_TIMEOUT_MS }).catch(() => {})));
    await haproxyLog?.stop();
    if (ownNetwork) await removeNetwork(ownNetwork).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (!process.env[RUN_NETWORK_ENV]) ownNetwork = await createNetwork(process.pid, stackId);
    const network = process.env[RUN_NETWORK_ENV] ?? (ownNetwork as string);
    // Aliases are per stack: several stacks may share the run's network.
    const alias = { static: `static-${stackId}`, gateway: `gateway-${stackId}` };
    const logs = { static: new LogReader("static"), gateway: new LogReader("gateway") };
    const server = (name: "static" | "gateway", port: number, env: Record<string, string>) =>
      new LoopbackContainer(images.servers)
        .withNetworkMode(network)
        .withLabels(labels)
        .withCommand(["node", `${name}/main.js`])
        .withEnvironment({ PORT: String(port), ...env })
        .withExposedPorts(port)
        .withLogConsumer(streamInto(logs[name]));

    // With the gateway down, its alias still resolves (to the static server, where nothing
    // listens on the gateway's port): HAProxy starts and finds the gateway refusing, as in
    // the processes runtime.
    const staticRoot = variant.staticRoot ? VARIANT_ROOT : `${IMAGE_PAGE_ROOT}/${variant.pageGeneration ?? DEFAULT_PAGE_GENERATION}`;
    // A seeded "static server down": its container runs, but nothing listens on its port.
    const statik = variant.staticDown
      ? new LoopbackContainer(images.servers)
          .withNetworkMode(network)
          .withLabels(labels)
          .withCommand(["sleep", "infinity"])
          .withNetworkAliases(alias.static, ...(variant.gatewayDown ? [alias.gateway] : []))
      : server("static", PORT.http, { HAL_STATIC_ROOT: staticRoot, ...variant.staticEnv })
          .withNetworkAliases(alias.static, ...(variant.gatewayDown ? [alias.gateway] : []))
          .withCopyDirectoriesToContainer(variant.staticRoot ? [{ source: variant.staticRoot, target: VARIANT_ROOT }] : [])
          .withWaitStrategy(Wait.forHttp("/", PORT.http));
    const gateway = variant.gatewayDown
      ? undefined
      : server("gateway", PORT.ws, variant.gatewayEnv ?? {})
          .withNetworkAliases(alias.gateway)
          // Not the start line: a gateway seeded without it (HAL_GW_NO_START_LINE) must still start.
          .withWaitStrategy(Wait.forListeningPorts());
    const [cert, [statikC, gatewayC]] = await Promise.all([
      makeCertificate({ dir, ...variant.certificate }),
      startAll(gateway ? [statik, gateway] : [statik], started),
    ]);
    const staticUrl = `http://${LOOPBACK}:${variant.staticDown ? await getPort({ host: LOOPBACK }) : statikC?.getMappedPort(PORT.http)}/`;
    // No gateway: its direct URL refuses connections, as in the processes runtime.
    const gatewayUrl = `ws://${LOOPBACK}:${gatewayC ? gatewayC.getMappedPort(PORT.ws) : await getPort({ host: LOOPBACK })}`;
    // Beyond the log line: the gateway answers on its published port.
    if (gatewayC) {
      await waitUntil(() => gatewayAnswers(gatewayUrl), {
        what: "gateway (container)",
        describeFailure: () => logs.gateway.text(),
      });
    }

    haproxyLog = await openStackHaproxyLog(dir, config.HAL_HAPROXY_LOG_MODE, "stdout", () => HAPROXY_PID);
    const haproxyConsole = haproxyLog.console;
    const haproxyConfig = renderTemplate(await referenceTemplate(variant.haproxyPatches), {
      bind_host: "0.0.0.0",
      https_port: PORT.https,
      cert_pem: HAPROXY_CERT,
      http_addr: `${alias.static}:${PORT.http}`,
      ws_addr: `${alias.gateway}:${PORT.ws}`,
      log_target: haproxyLog.logTarget,
      ...variant.haproxyValues,
    });
    const [haproxyC] = await startAll(
      [
        new LoopbackContainer(images.haproxy)
          .withNetworkMode(network)
          .withLabels(labels)
          .withExposedPorts(PORT.https)
          .withEnvironment(variant.haproxyEnv ?? {})
          .withCopyContentToContainer([{ content: haproxyConfig, target: HAPROXY_CONFIG }])
          .withCopyFilesToContainer([{ source: cert.bundlePath, target: HAPROXY_CERT, mode: 0o600 }])
          .withLogConsumer(streamInto(haproxyConsole))
          .withWaitStrategy(Wait.forLogMessage(/Loading success/)),
      ],
      started,
    );
    const httpsPort = haproxyC?.getMappedPort(PORT.https) ?? 0;
    const pageUrl = `https://localhost:${httpsPort}/`;
    await waitUntil(() => proxyAnswers(pageUrl, cert.certPem, LOOPBACK, httpsPort), {
      what: "haproxy (container)",
      describeFailure: () => haproxyConsole.text(),
    });
    if (haproxyC) {
      const send = execSender(haproxyC);
      await waitUntil(() => firstChecksDone(send), {
        what: "haproxy's first health checks (container)",
        describeFailure: () => haproxyConsole.text(),
      });
    }

    return {
      description: "reference stack (containers)",
      target: "reference",
      runtime: "containers",
      pageUrl,
      pageGeneration: variant.pageGeneration ?? DEFAULT_PAGE_GENERATION,
      wsUrl: `wss://localhost:${httpsPort}`,
      direct: { staticUrl, gatewayUrl },
      tls: { caPem: cert.certPem, spkiHash: cert.spkiHash, hosts: [] },
      headers: {},
      logs: { haproxy: haproxyLog.log, gateway: gatewayC ? logs.gateway : undefined, static: variant.staticDown ? undefined : logs.static },
      haproxy: haproxyC ? containerHaproxyControl(haproxyC) : undefined,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
