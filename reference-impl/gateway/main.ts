/**
 * Entry point of the reference voice gateway: `tsx reference-impl/gateway/main.ts`.
 * Settings come from the environment (config.ts). A harness that spawned it with an IPC channel
 * learns its port from a `{ listening: port }` message, not from the start line: that line is
 * what Step 5 checks, and a gateway seeded without it must still start. Once listening, no
 * exception ends the process (only the HAL_GW_CRASH_ON fault does); a failure to start still does.
 */
import { exitWithParent } from "../lifecycle.ts";
import { GatewayConfigError, gatewayOptionsFromEnv } from "./config.ts";
import { startGateway } from "./server.ts";
import { keepServingOnUncaught } from "./traceback.ts";

let options: ReturnType<typeof gatewayOptionsFromEnv>;
try {
  options = gatewayOptionsFromEnv();
} catch (err) {
  if (!(err instanceof GatewayConfigError)) throw err;
  console.error(`reference gateway: ${err.message}`);
  process.exit(2);
}

const gateway = await startGateway({
  ...options,
  log: (line) => console.log(line),
  logError: (line) => console.error(line),
});
keepServingOnUncaught((line) => console.error(line));
process.send?.({ listening: gateway.port });
// The harness may ask what clients sent (to measure a run's cost); nothing else is read from it.
process.on("message", (m) => {
  if ((m as { traffic?: unknown } | null)?.traffic) process.send?.({ traffic: gateway.traffic() });
});

exitWithParent(gateway.close);
