import assert from "node:assert/strict";
import test from "node:test";
import { visitEntries } from "../../harness/logs/access-evidence.ts";
import { LogReader } from "../../harness/logs/log-reader.ts";
import { LogView } from "../../harness/logs/log-view.ts";

const PAGE = "https://hal.example/";
const line = (route: string, status: number, path: string) =>
  `10.0.0.5:36822 [27/Nov/2026:02:56:50.045] https_in~ ${route} 0/0/0/1/1 ${status} 512 - - ---- 1/1/0/0/0 0/0 "GET ${path} HTTP/1.1"`;

/** A view whose delivery bound is 1.5 s (the real one is longer). */
class ShortBound extends LogView {
  override until(holds: Parameters<LogView["until"]>[0]) {
    return super.until(holds, 1500);
  }
}

/** How long visitEntries waited for a log holding `lines`. */
async function waited(lines: string[], socket: string | undefined): Promise<number> {
  const log = new LogReader("haproxy");
  const view = new ShortBound(log);
  for (const l of lines) log.push(l);
  const started = Date.now();
  await visitEntries(view, PAGE, socket);
  return Date.now() - started;
}

test("the visit's entries: no wait once the page load and its upgraded or misrouted WebSocket are logged", async () => {
  const page = line("hal2_backend/hal2_http", 200, "/");
  assert.ok((await waited([page, line("hal2_backend/hal2_ws", 101, "/")], "wss://hal.example/")) < 500);
  // Misrouted: the WebSocket's request went to the static server (same path as the page).
  assert.ok((await waited([page, line("hal2_backend/hal2_http", 404, "/")], "wss://hal.example/")) < 500);
  // The page never tried a WebSocket (a 503 page, a broken script): nothing more will come.
  assert.ok((await waited([line("hal2_backend/<NOSRV>", 503, "/")], undefined)) < 500);
});

test("the visit's entries: a tried WebSocket not yet logged is waited for, up to the bound", async () => {
  const page = line("hal2_backend/hal2_http", 200, "/");
  assert.ok((await waited([page], "wss://hal.example/")) >= 1400);
  assert.ok((await waited([], undefined)) >= 1400, "no page load yet: wait for it");
});
