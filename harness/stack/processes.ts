/**
 * The reference stack as plain processes: the static server and the gateway as Node children
 * (each binds a free port and reports it: the static server in its start line, the gateway on
 * its IPC channel), then HAProxy from the system
 * package in master-worker mode in front of them, on a free loopback port with a fresh
 * self-signed certificate. HAProxy logs through syslog to a listener of the harness, into a file
 * in production's format (haproxy-log-file.ts), unless HAL_HAPROXY_LOG_MODE=stdout.
 */
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import getPort from "get-port";
import { gatewayEnv } from "../../reference-impl/gateway/config.ts";
import type { GatewayTraffic } from "../../reference-impl/gateway/server.ts";
import { DEFAULT_PAGE_GENERATION, pageRoot } from "../../reference-impl/page/generations.ts";
import { staticEnv } from "../../reference-impl/static/config.ts";
import type { SuiteConfig } from "../config/suite-config.ts";
import { type HaproxyControl, reloadViaMaster } from "../haproxy/control.ts";
import { firstChecksDone, parseShowProc, unixSocketSender } from "../haproxy/master-cli.ts";
import { renderConfig } from "../haproxy/render.ts";
import { makeCertificate } from "../infra/certs.ts";
import { type ManagedProcess, spawnManaged } from "../infra/child-process.ts";
import { waitUntil } from "../infra/readiness.ts";
import { findHaproxy } from "../infra/tools.ts";
import { REPO_ROOT, RUN_DIR } from "../paths.ts";
import { gatewayAnswers, probe, proxyAnswers } from "../probes/http-probe.ts";
import { openStackHaproxyLog } from "./haproxy-log-file.ts";
import { serverEntry } from "./server-entry.ts";
import type { StackHandle, StackVariant } from "./types.ts";

const HOST = "127.0.0.1";
const run = promisify(execFile);

async function startNodeServer(name: string, entry: string, env: Record<string, string>): Promise<ManagedProcess> {
  return spawnManaged(name, process.execPath, await serverEntry(`reference-impl/${entry}`), {
    cwd: REPO_ROOT,
    env: { HOST, PORT: "0", ...env },
    ipc: true,
  });
}

const diedDuringStart = (proc: ManagedProcess) =>
  proc.exited.then((code): never => {
    throw new Error(`${proc.name} exited (${code}) during start:\n${proc.log.text()}`);
  });

async function reportedPort(proc: ManagedProcess, pattern: RegExp): Promise<number> {
  const line = await Promise.race([proc.log.waitFor(pattern, { timeoutMs: 15_000 }), diedDuringStart(proc)]);
  return Number(pattern.exec(line.text)?.[1]);
}

/**
 * The gateway's port from its IPC message: the real gateway's start line is what Step 5 checks,
 * so a gateway seeded without it (HAL_GW_NO_START_LINE) must still start.
 */
function listeningPort(proc: ManagedProcess): Promise<number> {
  const reported = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${proc.name} did not report its port within 15 s:\n${proc.log.text()}`)), 15_000);
    timer.unref();
    proc.onMessage((m) => {
      const port = (m as { listening?: unknown } | null)?.listening;
      if (typeof port !== "number") return;
      clearTimeout(timer);
      resolve(port);
    });
  });
  return Promise.race([reported, diedDuringStart(proc)]);
}

/** Asks the gateway process what it has received (its IPC channel answers `{ traffic }`). */
function trafficOf(gateway: ManagedProcess): () => Promise<GatewayTraffic> {
  return () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the gateway did not report its traffic within 2 s")), 2000);
      gateway.onMessage((m) => {
        const traffic = (m as { traffic?: GatewayTraffic } | null)?.traffic;
        if (!traffic) return;
        clearTimeout(timer);
        resolve(traffic);
      });
      if (!gateway.send({ traffic: true })) reject(new Error("the gateway's IPC channel is closed"));
    });
}

export async function startProcessesStack(config: SuiteConfig, variant: StackVariant = {}): Promise<StackHandle> {
  const haproxyBin = findHaproxy(config);
  mkdirSync(RUN_DIR, { recursive: true });
  const dir = await mkdtemp(join(RUN_DIR, "stack-"));
  const started: { stop(): Promise<void> }[] = [];
  const stopAll = async () => {
    for (const p of started.reverse()) await p.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // Both servers' entries are prepared at once (a clone bundles them: server-entry.ts).
    for (const entry of ["static/main.ts", "gateway/main.ts"]) serverEntry(`reference-impl/${entry}`).catch(() => undefined);
    // The certificate is made while the Node servers start (each spends most of its start loading).
    const certificate = makeCertificate({ dir, ...variant.certificate });
    certificate.catch(() => undefined);

    // A seeded "static server down": HAProxy points at a port where nothing listens.
    const statik = variant.staticDown
      ? undefined
      : await startNodeServer("static", "static/main.ts", {
          HAL_STATIC_ROOT: variant.staticRoot ?? pageRoot(variant.pageGeneration),
          ...staticEnv(variant.static ?? {}),
        });
    if (statik) started.push(statik);
    let gateway: ManagedProcess | undefined;
    let wsPort: number;
    if (variant.gatewayDown) {
      wsPort = await getPort({ host: HOST });
    } else {
      gateway = await startNodeServer("gateway", "gateway/main.ts", gatewayEnv(variant.gateway ?? {}));
      started.push(gateway);
      wsPort = await listeningPort(gateway);
    }
    const httpPort = statik ? await reportedPort(statik, /Serving HTTP on \S+ port (\d+)/) : await getPort({ host: HOST });
    const staticUrl = `http://${HOST}:${httpPort}/`;
    const gatewayUrl = `ws://${HOST}:${wsPort}`;
    if (statik) {
      const s = statik;
      await waitUntil(() => probe(staticUrl, { method: "GET" }), {
        what: "static server",
        exited: s.exited,
        describeFailure: () => s.log.text(),
      });
    }
    if (gateway) {
      const g = gateway;
      await waitUntil(() => gatewayAnswers(gatewayUrl), {
        what: "gateway",
        exited: g.exited,
        describeFailure: () => g.log.text(),
      });
    }

    // HAProxy's port is taken last, just before it binds, so that nothing else is handed it between.
    const [cert, httpsPort] = await Promise.all([certificate, getPort({ host: HOST })]);
    let haproxyPid: number | undefined;
    const haproxyLog = await openStackHaproxyLog(dir, config.HAL_HAPROXY_LOG_MODE, "udp", () => haproxyPid);
    started.push(haproxyLog);
    const configPath = join(dir, "haproxy.cfg");
    const masterSocket = join(dir, "master.sock");
    await renderConfig(
      configPath,
      {
        bind_host: HOST,
        https_port: httpsPort,
        cert_pem: cert.bundlePath,
        http_addr: `${HOST}:${httpPort}`,
        ws_addr: `${HOST}:${wsPort}`,
        log_target: haproxyLog.logTarget,
        ...variant.haproxyValues,
      },
      variant.haproxyPatches,
    );
    const haproxy = spawnManaged("haproxy", haproxyBin, ["-W", "-S", masterSocket, "-f", configPath], {
      cwd: dir,
      log: haproxyLog.console,
      env: variant.haproxyEnv,
    });
    haproxyPid = haproxy.pid;
    started.push(haproxy);
    const pageUrl = `https://localhost:${httpsPort}/`;
    await waitUntil(() => proxyAnswers(pageUrl, cert.certPem, HOST, httpsPort), {
      what: "haproxy",
      exited: haproxy.exited,
      describeFailure: () => haproxy.log.text(),
    });

    const send = unixSocketSender(masterSocket);
    await waitUntil(() => firstChecksDone(send), {
      what: "haproxy's first health checks",
      exited: haproxy.exited,
      describeFailure: () => haproxy.log.text(),
    });
    const control: HaproxyControl = {
      configPath,
      readConfig: () => readFile(configPath, "utf8"),
      writeConfig: (text) => writeFile(configPath, text),
      async check(path = configPath) {
        try {
          // As an operator's `sudo haproxy -c` runs it: without the service's own environment.
          const { stdout, stderr } = await run(haproxyBin, ["-c", "-f", path], { env: { PATH: process.env.PATH ?? "/usr/sbin:/usr/bin" } });
          return { valid: true, output: `${stdout}${stderr}`.trim() };
        } catch (err) {
          const e = err as { stdout?: string; stderr?: string; message: string };
          return { valid: false, output: `${e.stdout ?? ""}${e.stderr ?? e.message}`.trim() };
        }
      },
      reload: () => reloadViaMaster(send),
      processes: async () => parseShowProc(await send("show proc")),
    };

    return {
      description: "reference stack (processes)",
      target: "reference",
      runtime: "processes",
      pageUrl,
      pageGeneration: variant.pageGeneration ?? DEFAULT_PAGE_GENERATION,
      wsUrl: `wss://localhost:${httpsPort}`,
      direct: { staticUrl, gatewayUrl },
      tls: { caPem: cert.certPem, spkiHash: cert.spkiHash, hosts: [] },
      headers: {},
      logs: { haproxy: haproxyLog.log, gateway: gateway?.log, static: statik?.log },
      haproxy: control,
      gatewayTraffic: gateway && trafficOf(gateway),
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
