/**
 * What HAProxy's access log says about a test's own visit: its page load and its WebSocket, who
 * answered a 5xx, who ended a dropped WebSocket. Checks read a layer from this evidence rather
 * than from bypass probes that may all pass once the fault is over.
 */
import type { Layer } from "../checklist/annotations.ts";
import { type AccessLogEntry, closedBy, isRequest, parseAccessLogs, route } from "./haproxy-log.ts";
import type { LogView } from "./log-view.ts";

/** The paths of the page and its script. */
const PAGE_LOAD_PATH = /\/(client\.js)?$/;

/** The page or its script, as HAProxy logged the load (a WebSocket is logged as a 101 when its tunnel closes). */
export const isPageLoad = (e: AccessLogEntry, pageUrl: string): boolean =>
  isRequest(e) && e.status !== 101 && PAGE_LOAD_PATH.test(new URL(e.uri, pageUrl).pathname);

/** A WebSocket: upgraded (101), or sent to the gateway's server whatever came of it. */
export const isWebSocket = (e: AccessLogEntry): boolean => e.status === 101 || route(e).endsWith("/hal2_ws");

/** The layer a 5xx in HAProxy's log points at: the server that answered it, or the proxy when none did (`<NOSRV>`). */
export const layerOfEntry = (e: AccessLogEntry): Layer =>
  e.server === "hal2_ws" ? "gateway" : e.server.startsWith("<") ? "proxy" : "page";

/**
 * HAProxy's access entries of the test's visit, once its page load and the WebSocket it tried
 * are logged, or what arrived within the delivery bound. HAProxy logs a WebSocket only when its
 * tunnel closes: close the page first. A tried WebSocket that HAProxy neither upgraded nor sent
 * to the gateway (misrouted, refused) is seen as a request for its path (a second one when the
 * page loads from that path too). A page that tried none (it never loaded, its script failed)
 * leaves nothing more to wait for: a broken page's verdict does not wait out the bound.
 */
export async function visitEntries(log: LogView, pageUrl: string, socketUrl: string | undefined): Promise<AccessLogEntry[]> {
  const wsPath = socketUrl ? new URL(socketUrl).pathname : undefined;
  const onWsPath = (e: AccessLogEntry) => isRequest(e) && new URL(e.uri, pageUrl).pathname === wsPath;
  const wsPathLoadsPage = wsPath !== undefined && PAGE_LOAD_PATH.test(wsPath);
  const socketLogged = (entries: AccessLogEntry[]) =>
    entries.some(isWebSocket) || entries.filter(onWsPath).length > (wsPathLoadsPage ? 1 : 0);
  const complete = (entries: AccessLogEntry[]) =>
    entries.some((e) => isPageLoad(e, pageUrl)) && (wsPath === undefined || socketLogged(entries));
  await log.until((lines) => complete(parseAccessLogs(lines)));
  return parseAccessLogs(log.lines());
}

/** Who ended the test's WebSocket, as HAProxy's termination flags say, once the line has arrived (bounded). */
export async function droppedBy(log: LogView): Promise<{ layer: Layer; why: string } | undefined> {
  const ended = () =>
    parseAccessLogs(log.lines())
      .filter(isWebSocket)
      .map(closedBy)
      .find((c) => c !== undefined);
  await log.until(() => ended() !== undefined);
  return ended();
}
