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
