/**
 * `npm run stack:up` / `hal-e2e stack up`: starts the reference stack in the foreground for manual exploration,
 * prints its URLs, and stops all of it on Ctrl-C. Replaces start_/stop_web_voice_servers.sh.
 */
import { writeFileSync } from "node:fs";
import { loadConfig } from "../config/suite-config.ts";
import { faultVariant } from "../faults/variants.ts";
import { sweep } from "../infra/pid-registry.ts";
import { startReferenceStack } from "../stack/start.ts";

const config = loadConfig();
sweep();
const started = Date.now();
// For trying `verify` as an outside user would: HAL_STACK_HOSTNAME adds a name of your choice
// to the certificate, HAL_STACK_CERT_OUT writes the certificate PEM (usable as `verify --ca`).
const hostname = config.HAL_STACK_HOSTNAME;
// HAL_PAGE picks the page generation (default: current); HAL_FAULT a seeded fault.
const fault = faultVariant(config.HAL_FAULT);
const stack = await startReferenceStack(config, {
  pageGeneration: config.HAL_PAGE,
  ...fault,
  ...(hostname ? { certificate: { ...fault.certificate, names: ["localhost", "127.0.0.1", hostname] } } : {}),
});
const certOut = config.HAL_STACK_CERT_OUT;
if (certOut && stack.tls.caPem) writeFileSync(certOut, stack.tls.caPem);
console.log(`HAL reference stack is up (${stack.description}) in ${Date.now() - started} ms

  page (through HAProxy):   ${stack.pageUrl} (${stack.pageGeneration} page)
  WebSocket (through it):   ${stack.wsUrl}
  static server (direct):   ${stack.direct.staticUrl ?? "-"}
  gateway (direct):         ${stack.direct.gatewayUrl ?? "-"}
  HAProxy config:           ${stack.haproxy?.configPath ?? "-"}
  certificate names:        ${hostname ? `localhost, 127.0.0.1, ${hostname}` : "localhost, 127.0.0.1"}${certOut ? `\n  CA file (verify --ca):    ${certOut}` : ""}

The certificate is self-signed. To look at the page: chromium --ignore-certificate-errors-spki-list=${stack.tls.spkiHash}
(that flag waives every certificate check for this key: for exploring only; the suite trusts the certificate through NSS instead)
Logs follow. Ctrl-C stops everything.
`);
for (const [name, log] of Object.entries(stack.logs)) {
  if (!log) continue;
  let mark = 0;
  setInterval(() => {
    for (const line of log.since(mark)) console.log(`[${name}] ${line.text}`);
    mark += log.since(mark).length;
  }, 200).unref();
}
let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the stack...`);
  await stack.stop();
  console.log("stopped; no process left behind.");
  process.exit(0);
};
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
setInterval(() => {}, 1 << 30);
