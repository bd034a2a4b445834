/**
 * A stand-in for rsyslog on the reference stack, so checks read HAProxy's log in production's
 * format (HAL_SYSTEM.md "Logs as production writes them"). Production has `log /dev/log local0`
 * and its /var/log/haproxy.log holds rsyslog's traditional lines: HAProxy's syslog messages
 * (access entries, `Server ... is DOWN`) and, forwarded by the journal, what HAProxy printed on
 * its console (`[NOTICE]   (pid) : Loading success.`), all behind `Nov 27 02:56:50 host haproxy[pid]: `.
 *
 * `TraditionalLogFile` appends such lines; `startSyslogListener` receives HAProxy's UDP
 * datagrams (`<PRI>Nov 27 02:56:50 haproxy[pid]: msg`) into one; `ConsoleTee` sends a process's
 * console lines into one.
 */
import dgram from "node:dgram";
import { createWriteStream, type WriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { hostname as osHostname } from "node:os";
import { LogReader } from "../logs/log-reader.ts";
import { splitSyslog, traditionalTimestamp } from "../logs/syslog-prefix.ts";

export interface TraditionalLineOptions {
  /** The host rsyslog writes for local messages without one: this machine's short name. */
  hostname?: string;
  now?: () => Date;
}

/** rsyslog's default for control characters: `#` and the octal code, so a message stays one line. */
const escapeControl = (text: string) =>
  Array.from(text, (c) => (c.charCodeAt(0) < 0x20 ? `#${c.charCodeAt(0).toString(8).padStart(3, "0")}` : c)).join("");

const shortHostname = () => osHostname().split(".")[0] || "localhost";

/**
 * rsyslog's traditional file line for one received syslog message: its own timestamp (an RFC
 * 3339 one converted), its host or ours, its tag, and control characters escaped as `#012`.
 */
export function traditionalLine(received: string, opts: TraditionalLineOptions = {}): string {
  const text = escapeControl(received.replace(/\r?\n$/, ""));
  const { prefix, message } = splitSyslog(text);
  const now = opts.now ?? (() => new Date());
  let stamp = traditionalTimestamp(now());
  if (prefix?.form === "traditional" && prefix.timestamp) stamp = prefix.timestamp.replace(/\.\d+$/, "");
  else if (prefix?.timestamp && !Number.isNaN(Date.parse(prefix.timestamp))) stamp = traditionalTimestamp(new Date(prefix.timestamp));
  const host = prefix?.host ?? opts.hostname ?? shortHostname();
  const tag = prefix?.program ? `${prefix.program}${prefix.pid === undefined ? "" : `[${prefix.pid}]`}: ` : "";
  return `${stamp} ${host} ${tag}${message}`;
}

/** An append-only log file in rsyslog's traditional format. */
export class TraditionalLogFile {
  readonly #stream: WriteStream;
  readonly #opts: TraditionalLineOptions;
  #closed?: Promise<void>;

  private constructor(
    readonly path: string,
    opts: TraditionalLineOptions,
  ) {
    this.#opts = opts;
    this.#stream = createWriteStream(path, { flags: "a" });
  }

  /** Creates the file at once (a reader may follow it before the first line) and opens it. */
  static async open(path: string, opts: TraditionalLineOptions = {}): Promise<TraditionalLogFile> {
    await writeFile(path, "", { flag: "a" });
    return new TraditionalLogFile(path, opts);
  }

  /** One syslog message as sent on the wire (`<PRI>` envelope); lines after close() are dropped. */
  appendSyslog(received: string): void {
    if (!this.#closed) this.#stream.write(`${traditionalLine(received, this.#opts)}\n`);
  }

  /** One line a service printed on its console, as the journal forwards it to rsyslog. */
  appendConsole(program: string, pid: number | undefined, text: string): void {
    const tag = pid === undefined ? program : `${program}[${pid}]`;
    this.appendSyslog(`${traditionalTimestamp((this.#opts.now ?? (() => new Date()))())} ${tag}: ${text}`);
  }

  close(): Promise<void> {
    this.#closed ??= new Promise<void>((resolve) => this.#stream.end(resolve));
    return this.#closed;
  }
}

/**
 * A process's console as a LogReader (for start-up diagnosis) that also copies each line into
 * a traditional log file: lines with a `<PRI>` are HAProxy's `log stdout format rfc3164`
 * messages, the others console notices, tagged with `pid()` as the journal would.
 */
export class ConsoleTee extends LogReader {
  constructor(
    name: string,
    private readonly file: TraditionalLogFile,
    private readonly program: string,
    private readonly pid: () => number | undefined,
  ) {
    super(name);
  }

  override push(text: string): void {
    super.push(text);
    if (/^<\d{1,3}>/.test(text)) this.file.appendSyslog(text);
    else this.file.appendConsole(this.program, this.pid(), text);
  }
}

export interface SyslogListener {
  host: string;
  port: number;
  /** `host:port`, as HAProxy's `log` line takes it. */
  address: string;
  file: TraditionalLogFile;
  /** Closes the socket, then the file; safe to call more than once. */
  stop(): Promise<void>;
}

/** Listens for syslog datagrams on a free UDP port of `host` and appends them to a new file at `path`. */
export async function startSyslogListener(path: string, opts: TraditionalLineOptions & { host?: string } = {}): Promise<SyslogListener> {
  const host = opts.host ?? "127.0.0.1";
  const file = await TraditionalLogFile.open(path, opts);
  const socket = dgram.createSocket("udp4");
  socket.on("message", (datagram) => file.appendSyslog(datagram.toString("utf8")));
  // A datagram socket reports errors only for itself; a lost log line must not kill the run.
  socket.on("error", (err) => console.warn(`[hal-e2e] syslog listener ${host}: ${err.message}`));
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(0, host, () => {
        socket.off("error", reject);
        resolve();
      });
    });
  } catch (err) {
    await file.close();
    throw err;
  }
  const port = socket.address().port;
  let stopped: Promise<void> | undefined;
  return {
    host,
    port,
    address: `${host}:${port}`,
    file,
    stop() {
      stopped ??= new Promise<void>((resolve) => socket.close(() => resolve())).then(() => file.close());
      return stopped;
    },
  };
}
