/**
 * "No secret reaches any output, artifact or trace", and no other user's traffic either, proven end to end: `verify` is pointed at a
 * reference stack behind HTTP basic auth (credentials in the target URL), with a seeded fault so
 * that failed tests keep their traces and screenshots, and with log commands that carry a bearer
 * token and a cookie. The target also sets a session cookie the run is never told about. Then
 * every file under --reports (zips unpacked, the HTML report's embedded data too), verify's
 * stdout and stderr and the job summary are searched for each secret in each form it travels in.
 * The logs also hold other people's traffic, before and during the run (another client's
 * address and URL, another user's question): none of it may reach a report either.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { expect, skipBecause, test, traditionalTimestamp, verifyAgainst } from "../../fixtures/index.ts";

const USER = "ops";
const PASSWORD = "s3cr3t/p@ss:w0rd!";
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.bearer-t0ken.sig";
const LOG_COOKIE = "log-c00kie-4f1d";
/** Another user's traffic in the same logs: their address, the URL they asked for, their question. */
const OTHER_CLIENT = "203.0.113.77";
const OTHER_URL = "/private/another-users-page";
const OTHER_QUESTION = "what are the allergies of my neighbour";
const othersLines = (when: Date) => ({
  haproxy: `${traditionalTimestamp(when)} lb haproxy[1]: ${OTHER_CLIENT}:51234 [03/Dec/2026:02:56:50.045] hal_https~ hal2_backend/hal2_http 0/0/0/1/1 503 212 - - ---- 1/1/0/0/0 0/0 "GET ${OTHER_URL} HTTP/1.1"`,
  gateway: `[Router] Query: ${OTHER_QUESTION}...`,
});

/**
 * Every text a file holds: zips unpacked (traces, the HTML report's data), embedded base64 zips
 * decoded, and the single-file Allure report's data files (`d("name","<base64>")`) decoded.
 */
function texts(name: string, data: Uint8Array): { name: string; text: string }[] {
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  if (isZip) {
    const entries = unzipSync(data);
    return Object.entries(entries).flatMap(([entry, bytes]) => texts(`${name}!${entry}`, bytes));
  }
  const text = Buffer.from(data).toString("utf8");
  const embedded = [...text.matchAll(/data:application\/zip;base64,([A-Za-z0-9+/=]+)|\bd\("[^"]+","([A-Za-z0-9+/=]+)"\)/g)].flatMap(
    (m, i) => texts(`${name}#embedded-${i}`, Buffer.from(m[1] ?? m[2] ?? "", "base64")),
  );
  return [{ name, text }, ...embedded];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const path = join(dir, e);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test("verify against a target behind basic auth leaves no secret in any report, trace, output or summary", {
  tag: ["@tool"],
  annotation: [{ type: "issue", description: "harmless to production: no secret in any output" }],
}, async ({ suiteConfig, faultStack }) => {
  if (suiteConfig.HAL_TARGET_URL !== undefined)
    skipBecause("reference-only", "proves the scrubbing from a reference run (it starts its own production-target run)");
  test.setTimeout(240_000);
  // The target: a reference stack behind basic auth whose gateway stops answering after three
  // questions, so conversations fail and their traces (with every request header) are kept.
  const stack = await faultStack("gateway-answer-limit", { variant: { basicAuth: { username: USER, password: PASSWORD } } });
  const sessionCookie = /hal_session=([\w-]+)/.exec((await stack.haproxy?.readConfig()) ?? "")?.[1] ?? "";
  const dir = mkdtempSync(join(tmpdir(), "hal-secrets-"));
  const summary = join(dir, "step-summary.md");
  let othersTimer: NodeJS.Timeout | undefined;
  try {
    // Its logs, as files log commands follow; the commands carry a token and a cookie they do not need.
    // Other people's traffic is in them: in their history, and every second during the run.
    const run = await verifyAgainst(stack, {
      dir,
      env: { GITHUB_STEP_SUMMARY: summary },
      logCommand: (file, log) =>
        `tail -n +1 -F ${file} # -H '${log === "haproxy" ? `Authorization: Bearer ${TOKEN}` : `Cookie: sid=${LOG_COOKIE}`}'`,
      beforeRun: (files) => {
        const others = () => {
          const lines = othersLines(new Date());
          for (const name of ["haproxy", "gateway"] as const) appendFileSync(files[name], `${lines[name]}\n`);
        };
        others();
        othersTimer = setInterval(others, 1000);
      },
      args: ["--grep", "messages in one session|the public URL can be accessed|sent by Enter"],
    });
    const outputs = [
      { name: "verify stdout", text: run.stdout },
      { name: "verify stderr", text: run.stderr },
      ...filesUnder(run.reports).flatMap((f) => texts(f, readFileSync(f))),
      ...filesUnder(dir)
        .filter((f) => f === summary)
        .flatMap((f) => texts(f, readFileSync(f))),
    ];
    const basic = Buffer.from(`${USER}:${PASSWORD}`).toString("base64");
    const secrets = {
      password: PASSWORD,
      "URL-encoded password": encodeURIComponent(PASSWORD),
      "basic auth base64": basic,
      "bearer token": TOKEN,
      "log command cookie": LOG_COOKIE,
      "the target's session cookie": sessionCookie,
    };
    expect(sessionCookie, "the stack sets a session cookie").not.toBe("");
    // The run did what it is for: it failed on the fault, and kept traces to search.
    expect(run.code, `verify should fail on the seeded fault:\n${run.stdout}`).toBe(1);
    expect(outputs.filter((o) => /trace\.network$/.test(o.name)).length, "failed tests keep traces with their network log").toBeGreaterThan(
      0,
    );
    expect(
      outputs.some((o) => /Authorization/i.test(o.text) && /trace\.network$/.test(o.name)),
      "the traces recorded the Authorization header",
    ).toBe(true);
    const leaks = Object.entries(secrets).flatMap(([what, value]) =>
      outputs.filter((o) => o.text.includes(value)).map((o) => `${what} in ${o.name.replace(dir, "<dir>")}`),
    );
    test
      .info()
      .annotations.push({ type: "measured", description: `searched ${outputs.length} texts for ${Object.keys(secrets).length} secrets` });
    expect(leaks, "no secret in any output of a verify run").toEqual([]);
    const reports = outputs.filter((o) => !o.name.startsWith("verify std"));
    const othersSeen = [OTHER_CLIENT, OTHER_URL, OTHER_QUESTION].flatMap((what) =>
      reports.filter((o) => o.text.includes(what)).map((o) => `${what} in ${o.name.replace(dir, "<dir>")}`),
    );
    expect(othersSeen, "no other client's address, URL or question in any report").toEqual([]);
  } finally {
    clearInterval(othersTimer);
  }
});
