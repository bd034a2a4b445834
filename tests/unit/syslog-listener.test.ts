/**
 * The reference stack's rsyslog stand-in: syslog datagrams and console lines become rsyslog's
 * traditional file lines, which the HAProxy log parser reads as it reads production's. The
 * last tests run the real HAProxy (skipped where it is not installed): through UDP as the
 * processes runtime does, and `log stdout format rfc3164` as the containers runtime does.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import dgram from "node:dgram";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import getPort from "get-port";
import { LOG_TARGET_STDOUT_RFC3164, logTargetSyslog } from "../../harness/haproxy/render.ts";
import { ConsoleTee, startSyslogListener, TraditionalLogFile, traditionalLine } from "../../harness/infra/syslog-listener.ts";
import { findHaproxy } from "../../harness/infra/tools.ts";
import { haproxyNotices, parseAccessLog } from "../../harness/logs/haproxy-log.ts";
import { openLogSource } from "../../harness/logs/log-sources.ts";

const dir = mkdtempSync(join(tmpdir(), "hal-syslog-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const NOW = () => new Date(2026, 10, 7, 2, 56, 50);
const TRADITIONAL = /^[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \S+ /;

function send(port: number, message: string): Promise<void> {
  const client = dgram.createSocket("udp4");
  return new Promise((resolve, reject) =>
    client.send(message, port, "127.0.0.1", (err) => {
      client.close();
      if (err) reject(err);
      else resolve();
    }),
  );
}

describe("traditional lines", () => {
  test("HAProxy's default format (no host) gets the host, as rsyslog writes local messages", () => {
    assert.equal(
      traditionalLine("<134>Nov 27 02:56:50 haproxy[1234]: Proxy fe stopped (cumulated conns: FE: 1, BE: 0).\n", { hostname: "lb1" }),
      "Nov 27 02:56:50 lb1 haproxy[1234]: Proxy fe stopped (cumulated conns: FE: 1, BE: 0).",
    );
  });

  test("a sender's host and an RFC 5424 timestamp are kept (the latter in traditional form)", () => {
    assert.equal(traditionalLine("<134>Nov 27 02:56:50 edge haproxy[1]: x", { hostname: "lb1" }), "Nov 27 02:56:50 edge haproxy[1]: x");
    const line = traditionalLine("<134>1 2026-11-07T02:56:50.045+00:00 edge haproxy 1 - - x", { hostname: "lb1" });
    assert.match(line, /^Nov {2}7 \d{2}:56:50 edge haproxy\[1\]: x$/);
  });

  test("control characters are escaped as rsyslog does (#012), and a bare message gets our time and host", () => {
    assert.equal(traditionalLine("<6>a\nb", { hostname: "lb1", now: NOW }), "Nov  7 02:56:50 lb1 a#012b");
  });
});

describe("listener", () => {
  test("appends each datagram as a traditional line, stops idempotently and frees its port", async () => {
    const path = join(dir, "listener.log");
    const listener = await startSyslogListener(path, { hostname: "lb1" });
    assert.equal(listener.address, `127.0.0.1:${listener.port}`);
    const source = openLogSource("haproxy", { kind: "file", path });
    try {
      await send(
        listener.port,
        "<129>Nov 27 02:56:50 haproxy[42]: Server hal2_backend/hal2_ws is DOWN, reason: Layer4 connection problem.\n",
      );
      await send(listener.port, "<134>Nov 27 02:56:51 haproxy[42]: second\n");
      const second = await source.log.waitFor(/second$/);
      assert.deepEqual(
        source.log.since(0).map((l) => l.text),
        ["Nov 27 02:56:50 lb1 haproxy[42]: Server hal2_backend/hal2_ws is DOWN, reason: Layer4 connection problem.", second.text],
      );
      assert.equal(haproxyNotices(source.log.since(0))[0]?.notice.kind, "server-down");
    } finally {
      await source.stop();
      await Promise.all([listener.stop(), listener.stop()]);
      await listener.stop();
    }
    // The port is free again, and the file holds what was received, nothing after.
    const again = dgram.createSocket("udp4");
    await new Promise<void>((resolve, reject) => {
      again.once("error", reject);
      again.bind(listener.port, "127.0.0.1", () => resolve());
    });
    again.close();
    listener.file.appendSyslog("<134>late");
    assert.equal(readFileSync(path, "utf8").split("\n").filter(Boolean).length, 2);
  });

  test("a console tee keeps the lines for diagnosis and files them behind the journal's tag", async () => {
    const path = join(dir, "console.log");
    const file = await TraditionalLogFile.open(path, { hostname: "lb1", now: NOW });
    const tee = new ConsoleTee("haproxy console", file, "haproxy", () => 77);
    tee.write("[NOTICE]   (77) : Loading success.\n<134>Nov 27 02:56:50 localhost haproxy[78]: 127.0.0.1:1 [27/Nov/2026:02:56:50.1");
    tee.write('00] fe be/s 0/0/0/1/1 200 10 - - ---- 1/1/0/0/0 0/0 "GET / HTTP/1.1"\n');
    await file.close();
    assert.equal(tee.since(0).length, 2);
    assert.deepEqual(readFileSync(path, "utf8").split("\n"), [
      "Nov  7 02:56:50 lb1 haproxy[77]: [NOTICE]   (77) : Loading success.",
      'Nov 27 02:56:50 localhost haproxy[78]: 127.0.0.1:1 [27/Nov/2026:02:56:50.100] fe be/s 0/0/0/1/1 200 10 - - ---- 1/1/0/0/0 0/0 "GET / HTTP/1.1"',
      "",
    ]);
  });
});

describe("with the real HAProxy", () => {
  let haproxy = "";
  try {
    haproxy = findHaproxy({});
  } catch {
    // Not installed: the tests below skip.
  }

  /** HAProxy with one backend whose only server refuses: it logs DOWN, then a 503 for a request. */
  async function runHaproxy(logTarget: string, consoleInto?: ConsoleTee): Promise<{ child: ChildProcess; port: number }> {
    const port = await getPort({ host: "127.0.0.1" });
    const closed = await getPort({ host: "127.0.0.1" });
    const cfg = join(dir, `haproxy-${port}.cfg`);
    writeFileSync(
      cfg,
      [
        "global",
        `    ${logTarget}`,
        "defaults",
        "    mode http",
        "    log global",
        "    option httplog",
        "    timeout connect 1s",
        "    timeout client 5s",
        "    timeout server 5s",
        "frontend fe",
        `    bind 127.0.0.1:${port}`,
        "    default_backend be",
        "backend be",
        `    server s1 127.0.0.1:${closed} check inter 200`,
        "",
      ].join("\n"),
    );
    const child = spawn(haproxy, ["-db", "-f", cfg], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (d: Buffer) => consoleInto?.write(d));
    child.stderr?.on("data", (d: Buffer) => consoleInto?.write(d));
    return { child, port };
  }

  async function stopHaproxy(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }

  for (const transport of ["udp (processes runtime)", "stdout rfc3164 (containers runtime)"] as const) {
    test(`HAProxy's DOWN notice and 503 reach the file in production's format: ${transport}`, {
      skip: !haproxy && "haproxy is not installed",
    }, async () => {
      const path = join(dir, `real-${transport.split(" ")[0]}.log`);
      const udp = transport.startsWith("udp");
      const listener = udp ? await startSyslogListener(path, { hostname: "lb1" }) : undefined;
      const file = listener?.file ?? (await TraditionalLogFile.open(path, { hostname: "lb1" }));
      const tee = new ConsoleTee("haproxy console", file, "haproxy", () => 1);
      const source = openLogSource("haproxy", { kind: "file", path });
      const { child, port } = await runHaproxy(
        listener ? logTargetSyslog(listener.address) : LOG_TARGET_STDOUT_RFC3164,
        udp ? undefined : tee,
      );
      try {
        await source.log.waitFor(/has no server available!/, { timeoutMs: 10_000 });
        const res = await fetch(`http://127.0.0.1:${port}/x`);
        assert.equal(res.status, 503);
        const line = await source.log.waitFor(/ 503 /, { timeoutMs: 5000 });
        const entry = parseAccessLog(line.text);
        assert.deepEqual(
          [entry?.status, entry?.server, entry?.syslog?.form, entry?.syslog?.program],
          [503, "<NOSRV>", "traditional", "haproxy"],
        );
        const kinds = haproxyNotices(source.log.since(0)).map((n) => n.notice.kind);
        assert.ok(kinds.includes("server-down") && kinds.includes("no-server"), `notices: ${kinds.join(", ")}`);
        for (const l of source.log.since(0)) assert.match(l.text, TRADITIONAL);
      } finally {
        await stopHaproxy(child);
        await source.stop();
        await (listener ? listener.stop() : file.close());
      }
    });
  }
});
