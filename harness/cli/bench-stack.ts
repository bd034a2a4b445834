/**
 * `npm run bench:stack [-- N]`: cold start of the reference stack to its first proxied HTTP 200,
 * N times (default 5), on the runtime HAL_RUNTIME selects. Prints every run and the median.
 * A benchmark, not a test: budgets are read here, never asserted in specs.
 */

import { loadConfig } from "../config/suite-config.ts";
import { sweep } from "../infra/pid-registry.ts";
import { probe } from "../probes/http-probe.ts";
import { percentile } from "../rules/stats.ts";
import { startReferenceStack } from "../stack/start.ts";

const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`the number of runs must be a whole number >= 1, got "${process.argv[2]}"`);
const config = loadConfig();
sweep();
const times: number[] = [];
let runtime = "";
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const stack = await startReferenceStack(config);
  try {
    const res = await probe(stack.pageUrl, { ca: stack.tls.caPem, method: "GET" });
    if (res.status !== 200) throw new Error(`first proxied request answered ${res.status}`);
    const ms = performance.now() - started;
    times.push(ms);
    runtime = stack.description;
    console.log(`run ${i + 1}: ${Math.round(ms)} ms to the first proxied 200 (HTTP/${res.httpVersion})`);
  } finally {
    await stack.stop();
  }
}
console.log(
  `${runtime}: median ${Math.round(percentile(times, 50))} ms over ${runs} cold starts (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))})`,
);
