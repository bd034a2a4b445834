/** The reference gateway as the unit tests start it: loopback, a free port, HAL's frame limit and ping interval. */
import { type GatewayBehaviour, HEALTHY, startGateway } from "../../../reference-impl/gateway/server.ts";

export type TestGateway = Awaited<ReturnType<typeof startGateway>>;

export function testGateway(
  behaviour: Partial<GatewayBehaviour> = {},
  log: (line: string) => void = () => {},
  logError: (line: string) => void = () => {},
): Promise<TestGateway> {
  return startGateway({
    host: "127.0.0.1",
    port: 0,
    maxFrameBytes: 64 * 1024,
    pingIntervalMs: 20_000,
    behaviour: { ...HEALTHY, ...behaviour },
    log,
    logError,
  });
}

export type RecordingGateway = Awaited<ReturnType<typeof recordingGateway>>;

/**
 * A test gateway whose stdout (`out`) and stderr (`err`) lines are recorded apart. `log`, when
 * given, sees each stdout line first and may throw (a broken sink inside the gateway's handler).
 */
export async function recordingGateway(behaviour: Partial<GatewayBehaviour> = {}, log: (line: string) => void = () => {}) {
  const out: string[] = [];
  const err: string[] = [];
  const waiters = new Set<() => void>();
  /** Resolves when stdout holds `line`; rejects after 5 s. */
  const logged = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!out.includes(line)) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`the gateway did not log "${line}"`));
      }, 5000);
      waiters.add(check);
      check();
    });
  const gw = await testGateway(
    behaviour,
    (l) => {
      out.push(l);
      for (const wake of waiters) wake();
      log(l);
    },
    (l) => err.push(l),
  );
  return { url: `ws://127.0.0.1:${gw.port}`, port: gw.port, out, err, logged, close: gw.close };
}
