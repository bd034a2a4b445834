/**
 * HAProxy's log in every form production writes it (HAL_SYSTEM.md "Logs as production writes
 * them"). Entries follow HAProxy 2.6's configuration.txt (8.2.3 httplog, 8.2.5 error log, 8.8
 * captured headers, 8.9 examples); the notices are those HAProxy 2.6.12 wrote here, through
 * syslog (`<129>… Server be/s1 is DOWN`, `<128>… backend be has no server available!`,
 * `<132>… Proxy fe stopped`) and on its console (`[NOTICE]   (pid) : Loading success.`).
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  type AccessLogEntry,
  closedBy,
  haproxyNotices,
  parseAccessLog,
  parseAccessLogs,
  parseHaproxyLine,
  route,
} from "../../harness/logs/haproxy-log.ts";
import { haproxyProblems } from "../../harness/logs/log-patterns.ts";
import { splitSyslog } from "../../harness/logs/syslog-prefix.ts";

const ENTRY =
  '10.0.0.5:36822 [27/Nov/2026:02:56:50.045] https_in~ hal2_backend/hal2_http 0/0/0/1/1 200 6232 - - ---- 1/1/0/0/0 0/0 "GET / HTTP/1.1"';

/** One message in each envelope a reader meets. */
const FORMS: Record<string, (msg: string) => string> = {
  raw: (m) => m,
  traditional: (m) => `Nov 27 02:56:50 lb1 haproxy[1234]: ${m}`,
  "traditional, single-digit day": (m) => `Nov  7 02:56:50 lb1 haproxy[1234]: ${m}`,
  rfc3339: (m) => `2026-11-27T02:56:50.045123+00:00 lb1 haproxy[1234]: ${m}`,
  "journalctl short-iso": (m) => `2026-11-27T02:56:50+0000 lb1 haproxy[1234]: ${m}`,
  "journalctl short-precise": (m) => `Nov 27 02:56:50.045123 lb1 haproxy[1234]: ${m}`,
  "wire, local (no host)": (m) => `<134>Nov 27 02:56:50 haproxy[1234]: ${m}`,
  "wire, rfc3164": (m) => `<134>Nov 27 02:56:50 lb1 haproxy[1234]: ${m}`,
  "wire, rfc5424": (m) => `<134>1 2026-11-27T02:56:50.045123+00:00 lb1 haproxy 1234 - - ${m}`,
  "wire, short": (m) => `<6>${m}`,
};

describe("syslog envelope", () => {
  test("each form yields its timestamp, host, program and pid", () => {
    assert.deepEqual(splitSyslog(FORMS.traditional?.("x") ?? ""), {
      prefix: { form: "traditional", timestamp: "Nov 27 02:56:50", host: "lb1", program: "haproxy", pid: 1234 },
      message: "x",
    });
    assert.deepEqual(splitSyslog(FORMS.rfc3339?.("x") ?? "").prefix, {
      form: "rfc3339",
      timestamp: "2026-11-27T02:56:50.045123+00:00",
      host: "lb1",
      program: "haproxy",
      pid: 1234,
    });
    assert.deepEqual(splitSyslog(FORMS["wire, local (no host)"]?.("x") ?? ""), {
      prefix: { form: "traditional", pri: 134, severity: 6, timestamp: "Nov 27 02:56:50", host: undefined, program: "haproxy", pid: 1234 },
      message: "x",
    });
    const rfc5424 = splitSyslog(FORMS["wire, rfc5424"]?.("a b") ?? "");
    assert.equal(rfc5424.message, "a b");
    assert.deepEqual([rfc5424.prefix?.form, rfc5424.prefix?.host, rfc5424.prefix?.pid], ["rfc5424", "lb1", 1234]);
    assert.deepEqual(splitSyslog("<129>x"), { prefix: { form: "priority", pri: 129, severity: 1 }, message: "x" });
    assert.deepEqual(splitSyslog(ENTRY), { message: ENTRY });
  });

  test("a program other than haproxy is kept, so a journal's systemd lines are told apart", () => {
    const line = parseHaproxyLine("Nov 27 02:56:50 lb1 systemd[1]: Reloading HAProxy Load Balancer...");
    assert.equal(line.type, "other");
    assert.equal(line.syslog?.program, "systemd");
  });
});

describe("access entries", () => {
  for (const [form, wrap] of Object.entries(FORMS)) {
    test(`the httplog entry in form: ${form}`, () => {
      const e = parseAccessLog(wrap(ENTRY));
      assert.ok(e, `not parsed: ${wrap(ENTRY)}`);
      assert.equal(route(e), "hal2_backend/hal2_http");
      assert.deepEqual([e.client, e.clientPort, e.acceptDate, e.frontend], ["10.0.0.5", 36822, "27/Nov/2026:02:56:50.045", "https_in~"]);
      assert.deepEqual([e.status, e.bytesRead, e.termination, e.method, e.uri, e.httpVersion], [200, 6232, "----", "GET", "/", "HTTP/1.1"]);
      assert.deepEqual(e.timers, [0, 0, 0, 1, 1]);
      assert.equal(e.raw, wrap(ENTRY));
    });
  }

  test("a 503 with no server (<NOSRV>, SC--), as HAProxy 2.6 sent it through syslog", () => {
    const e = parseAccessLog(
      '<134>Nov 27 04:25:11 haproxy[21351]: 127.0.0.1:49436 [27/Nov/2026:04:25:11.091] fe be/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /x HTTP/1.1"',
    );
    assert.deepEqual([e?.status, e?.server, e?.termination, e?.timers], [503, "<NOSRV>", "SC--", [0, -1, -1, -1, 0]]);
    assert.equal(e?.syslog?.severity, 6);
  });

  test("5xx and termination flags: 502 PH--, 504 sH--, SD-- (server closed), K--- (killed), CD-- (client closed)", () => {
    const line = (status: number, flags: string) =>
      `Nov 27 02:56:50 lb1 haproxy[1234]: 10.0.0.5:1 [27/Nov/2026:02:56:50.045] https_in~ hal2_backend/hal2_ws 0/0/0/-1/30001 ${status} 0 - - ${flags} 1/1/0/0/0 0/0 "GET / HTTP/1.1"`;
    const cases: [number, string][] = [
      [502, "PH--"],
      [504, "sH--"],
      [101, "SD--"],
      [101, "K---"],
      [101, "CD--"],
    ];
    for (const [status, flags] of cases) {
      const e = parseAccessLog(line(status, flags));
      assert.deepEqual([e?.status, e?.termination], [status, flags]);
    }
  });

  test("HTTP/2 WebSocket: an absolute URI, status 101, HTTP/2.0", () => {
    const e = parseAccessLog(
      '2026-11-27T02:56:50.045123+00:00 lb1 haproxy[1234]: 127.0.0.1:41234 [26/Nov/2026:05:41:37.618] hal_https~ hal2_backend/hal2_ws 0/0/0/1/5012 101 342 - - CD-- 1/1/0/0/0 0/0 "GET https://localhost:42545/?a=1 HTTP/2.0"',
    );
    assert.deepEqual(
      [e?.method, e?.uri, e?.path, e?.httpVersion, e?.status],
      ["GET", "https://localhost:42545/?a=1", "/", "HTTP/2.0", 101],
    );
    assert.equal(e && route(e), "hal2_backend/hal2_ws");
  });

  test("captured request and response headers, with spaces inside (configuration.txt 8.8)", () => {
    const e = parseAccessLog(
      'Aug  9 20:30:46 localhost haproxy[2022]: 127.0.0.1:34020 [09/Aug/2004:20:30:46] proxy-out proxy-out/cache1 0/0/0/182/+182 200 +279 - - ---- 0/0/0/0/0 0/0 {w.ods.org||} {Formilux/0.1.8 beta|3495|||} "GET http://trafic.1wt.eu/ HTTP/1.1"',
    );
    assert.deepEqual(e?.capturedHeaders, ["w.ods.org||", "Formilux/0.1.8 beta|3495|||"]);
    assert.deepEqual([e?.timers[4], e?.bytesRead, e?.path], [182, 279, "/"]);
  });

  test("a request line without version, an empty one, a redispatch, and httpslog's trailing fields", () => {
    const base = (req: string, tail = "") =>
      `haproxy[674]: 127.0.0.1:33318 [15/Oct/2003:08:31:57.130] px-http px-http/srv1 6559/0/7/147/6723 200 243 - - ---- 5/3/3/1/+3 0/0 ${req}${tail}`.replace(
        /^haproxy\[674\]: /,
        "",
      );
    assert.deepEqual(parseAccessLog(base('"GET http://fr.adserver.yahoo.com/"'))?.httpVersion, "");
    const empty = parseAccessLog(base('""'));
    assert.deepEqual([empty?.method, empty?.uri], ["", ""]);
    const redispatched = parseAccessLog(base('"HEAD / HTTP/1.0"'));
    assert.deepEqual(redispatched?.connections, { active: 5, frontend: 3, backend: 3, server: 1, redispatched: true, retries: 3 });
    const https = parseAccessLog(base('"GET / HTTP/1.1"', " 0/0/0/0/0 1wt.eu/TLSv1.3/TLS_AES_256_GCM_SHA384"));
    assert.deepEqual([https?.uri, https?.extra], ["/", "0/0/0/0/0 1wt.eu/TLSv1.3/TLS_AES_256_GCM_SHA384"]);
  });

  test("a TLS handshake failure is a connection error, not an access entry", () => {
    const line = parseHaproxyLine(
      "Dec  3 18:27:14 localhost haproxy[6103]: 127.0.0.1:56059 [03/Dec/2012:17:35:10.380] frt/f1: Connection error during SSL handshake",
    );
    assert.equal(line.type, "connection-error");
    if (line.type === "connection-error")
      assert.deepEqual([line.frontend, line.bind, line.message], ["frt", "f1", "Connection error during SSL handshake"]);
  });

  test("parseAccessLogs keeps only entries, from a file mixing every form", () => {
    const lines = [FORMS.traditional, FORMS.raw, FORMS["wire, local (no host)"]].map((f) => ({ text: f?.(ENTRY) ?? "" }));
    lines.push({ text: "Nov 27 02:56:50 lb1 haproxy[1234]: [NOTICE]   (1234) : Loading success." });
    assert.equal(parseAccessLogs(lines).length, 3);
  });
});

describe("HAProxy's notices", () => {
  const DOWN =
    'Server hal2_backend/hal2_ws is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.';

  for (const [form, wrap] of Object.entries(FORMS)) {
    test(`a server going DOWN is a problem in form: ${form}`, () => {
      const line = parseHaproxyLine(wrap(DOWN));
      assert.equal(line.type, "notice");
      if (line.type !== "notice") return;
      assert.deepEqual([line.notice.kind, line.notice.subject], ["server-down", "hal2_backend/hal2_ws"]);
      assert.equal(haproxyProblems([{ at: 0, text: wrap(DOWN) }]).length, 1);
    });
  }

  test("the level comes from the console tag, else the <PRI>, else what HAProxy uses for that notice", () => {
    const level = (text: string) => {
      const l = parseHaproxyLine(text);
      return l.type === "notice" ? [l.notice.level, l.notice.kind] : [l.type];
    };
    assert.deepEqual(level(`Nov 27 02:56:50 lb1 haproxy[1234]: [WARNING]  (1236) : ${DOWN}`), ["warning", "server-down"]);
    assert.deepEqual(level(`<129>Nov 27 02:56:50 haproxy[1236]: ${DOWN}`), ["alert", "server-down"]);
    assert.deepEqual(level("<128>Nov 27 04:25:09 haproxy[21351]: backend be has no server available!"), ["alert", "no-server"]);
    assert.deepEqual(level("[ALERT]    (8) : backend 'mysqlro-back' has no server available!"), ["alert", "no-server"]);
    assert.deepEqual(level("Nov 27 02:56:50 lb1 haproxy[1234]: Proxy hal_https started."), ["notice", "proxy-started"]);
    assert.deepEqual(level("<132>Nov 27 04:25:19 haproxy[21451]: Proxy fe stopped (cumulated conns: FE: 1, BE: 0)."), [
      "warning",
      "proxy-stopped",
    ]);
    assert.deepEqual(
      level("Nov 27 02:56:50 lb1 haproxy[1234]: Server hal2_backend/hal2_ws is UP, reason: Layer4 check passed, check duration: 0ms."),
      ["notice", "server-up"],
    );
    assert.deepEqual(level("[ALERT]    (1234) : config : parsing [/etc/haproxy/haproxy.cfg:12] : unknown keyword 'bogus'."), [
      "alert",
      "other",
    ]);
  });

  test("reload messages: Reexecuting Master process (2.4/2.5), Reloading HAProxy (2.6), Loading success, workers", () => {
    const kinds = [
      "Nov 27 02:56:50 lb1 haproxy[1234]: [WARNING]  (1234) : Reexecuting Master process",
      "Nov 27 02:56:50 lb1 haproxy[1234]: [NOTICE]   (1234) : Reloading HAProxy",
      "Nov 27 02:56:50 lb1 haproxy[1234]: [NOTICE]   (1234) : New worker (1240) forked",
      "Nov 27 02:56:50 lb1 haproxy[1234]: [NOTICE]   (1234) : Loading success.",
      "Nov 27 02:56:50 lb1 haproxy[1234]: [WARNING]  (1234) : Former worker (1236) exited with code 0 (Exit)",
      "Feb 19 04:11:57 debian11 haproxy[4436]: [NOTICE] 049/041157 (4436) : path to executable is /usr/sbin/haproxy",
    ].map((t) => haproxyNotices([{ text: t }])[0]?.notice.kind);
    assert.deepEqual(kinds, ["reload", "reload", "loaded", "loaded", "worker-exit", "other"]);
    assert.equal(
      haproxyProblems(kinds.map(() => ({ at: 0, text: "Nov 27 02:56:50 lb1 haproxy[1234]: [NOTICE]   (1234) : Loading success." }))).length,
      0,
    );
  });

  test("access entries, even 503s, and other programs' lines are not notices", () => {
    const lines = [
      { text: ENTRY.replace(" 200 ", " 503 ") },
      { text: "Nov 27 02:56:50 lb1 systemd[1]: Started haproxy.service - HAProxy Load Balancer." },
      { text: "-- Boot 0123456789abcdef --" },
    ];
    assert.deepEqual(haproxyNotices(lines), []);
    assert.equal(parseHaproxyLine("-- Boot 0123456789abcdef --").type, "other");
  });
});

test("closedBy: HAProxy's termination flags say who ended a WebSocket", () => {
  const line = (flags: string) =>
    parseAccessLog(
      `127.0.0.1:5 [27/Nov/2026:02:56:50.045] hal_https~ hal2_backend/hal2_ws 0/0/0/1/10012 101 300 - - ${flags} 1/1/0/0/0 0/0 "GET / HTTP/1.1"`,
    ) as AccessLogEntry;
  assert.equal(closedBy(line("cD--"))?.layer, "proxy");
  assert.match(closedBy(line("cD--"))?.why ?? "", /client-side timeout/);
  assert.equal(closedBy(line("sD--"))?.layer, "proxy");
  assert.equal(closedBy(line("K---"))?.layer, "proxy");
  assert.equal(closedBy(line("SD--"))?.layer, "gateway");
  assert.equal(closedBy(line("CD--"))?.layer, "page");
  assert.equal(closedBy(line("----")), undefined);
});
