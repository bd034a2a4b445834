/**
 * A deployment's log already holds errors from before the run: Step 4 stops the servers, so
 * HAProxy logged the gateway DOWN and 503s minutes earlier, and the old gateway's traceback is
 * there too (HAL_SYSTEM.md, "Logs as production writes them"). History is context, never a
 * verdict: with this past in the logs, every log check must still pass.
 */
import type { StackVariant } from "../stack/types.ts";
import { defineFaults } from "./define.ts";
import { except, LOGS, NO_MESSAGE_LINES, SERVICE_LOGS } from "./groups.ts";

const stamp = (minutesAgo: number) => {
  const d = new Date(Date.now() - minutesAgo * 60_000);
  const month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  return `${month} ${String(d.getUTCDate()).padStart(2, " ")} ${d.toISOString().slice(11, 19)}`;
};

/** HAProxy's accept date: `27/Nov/2026:02:56:50.045`. */
const acceptDate = (minutesAgo: number) => {
  const d = new Date(Date.now() - minutesAgo * 60_000);
  const month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  return `${String(d.getUTCDate()).padStart(2, "0")}/${month}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 23)}`;
};

function restartHistory(): Required<StackVariant>["logHistory"] {
  const at = stamp(7);
  return {
    haproxy: [
      `${at} lb1 haproxy[812]: [WARNING]  (812) : Server hal2_backend/hal2_ws is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.`,
      `${at} lb1 haproxy[812]: [ALERT]    (812) : backend 'hal2_backend' has no server available!`,
      `${at} lb1 haproxy[812]: 10.0.0.5:41866 [${acceptDate(7)}] hal_https~ hal2_backend/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET / HTTP/2.0"`,
    ],
    gateway: [
      "Traceback (most recent call last):",
      '  File "/opt/hal/voice_gateway_web.py", line 21, in <module>',
      "    from query_router import QueryRouter",
      "ModuleNotFoundError: No module named 'query_router'",
    ],
  };
}

export const LOG_HISTORY_FAULTS = defineFaults("logs", {
  "history-only-errors": {
    description:
      "the logs already hold the restart's DOWN notice, 503 and traceback from before the run: history, shown as context, never counted",
    variant: { logHistory: restartHistory() },
    specificity: true,
    red: [],
    layer: "n/a",
    green: [...except(LOGS, "step7.browser.ws-open", "pdv.no-console-errors"), ...SERVICE_LOGS, "step5.gateway-start-line"],
    unverified: NO_MESSAGE_LINES,
  },
});
