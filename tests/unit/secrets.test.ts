/**
 * Secrets never reach an output: `redact` masks every form an operator writes them in (a table
 * of the forms issue 18 found coming back unchanged), `Secrets` masks known values wherever they
 * reappear, and a Playwright trace loses credentials, cookies and known secrets alike.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { redact, secretsIn } from "../../harness/config/redact.ts";
import { credentialForms, secretsOf } from "../../harness/config/secrets.ts";
import { scrubTrace } from "../../harness/report/scrub-trace.ts";

const FORMS: [string, string, string[]][] = [
  ["ssh lb --password hunter2 tail", "ssh lb --password *** tail", ["hunter2"]],
  ["ssh lb --password=hunter2", "ssh lb --password=***", ["hunter2"]],
  [
    "kubectl --token eyJhbGciOiJIUzI1NiJ9.e30.sig logs -f deploy/hal",
    "kubectl --token *** logs -f deploy/hal",
    ["eyJhbGciOiJIUzI1NiJ9.e30.sig"],
  ],
  ["curl -u ops:hunter2 https://logs/x", "curl -u ops:*** https://logs/x", ["hunter2"]],
  ["curl --user=ops:hunter2 https://logs/x", "curl --user=ops:*** https://logs/x", ["hunter2"]],
  ["curl -H 'Cookie: session=c00kie-value' https://logs", "curl -H 'Cookie: ***' https://logs", ["session=c00kie-value", "c00kie-value"]],
  ["curl -H 'X-Api-Key: k3y-value' https://logs", "curl -H 'X-Api-Key: ***' https://logs", ["k3y-value"]],
  [
    "curl -H 'Authorization: Bearer tok3n-value' https://h",
    "curl -H 'Authorization: ***' https://h",
    ["Bearer tok3n-value", "tok3n-value"],
  ],
  ["sshpass -p s3cret ssh u@h TOKEN=abc tail", "sshpass -p *** ssh u@h TOKEN=*** tail", ["abc", "s3cret"]],
  ["https://admin:hunter2@hal.example.test/", "https://admin:***@hal.example.test/", ["hunter2"]],
  ["https://ghp_t0ken@git.example/x", "https://***@git.example/x", ["ghp_t0ken"]],
  ["curl 'https://logs/x?token=abc123&lines=10'", "curl 'https://logs/x?token=***&lines=10'", ["abc123"]],
  ["journalctl -u haproxy -f", "journalctl -u haproxy -f", []],
  ["ssh -p 2222 ops@lb sudo tail -n 200 -F /var/log/haproxy.log", "ssh -p 2222 ops@lb sudo tail -n 200 -F /var/log/haproxy.log", []],
];

for (const [input, masked, secrets] of FORMS) {
  test(`redact: ${input}`, () => {
    assert.equal(redact(input), masked);
    assert.deepEqual(secretsIn(input).sort(), [...secrets].sort());
  });
}

test("known secrets are masked in every form they travel in, and redact runs after", () => {
  const s = secretsOf({ targetUrl: "https://ops:p%40ss%20word@hal.example.test/", values: ["kubectl --token t0ken-123 logs"] });
  const basic = Buffer.from("ops:p@ss word").toString("base64");
  for (const leak of ["p@ss word", "p%40ss%20word", basic, "t0ken-123"]) {
    assert.doesNotMatch(s.mask(`before ${leak} after`), new RegExp(leak.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }
  assert.deepEqual(s.leaks(`Authorization: Basic ${basic}`), [`Basic ${basic}`, basic]);
  assert.equal(s.mask("nothing secret"), "nothing secret");
  assert.deepEqual(credentialForms("u", ""), [], "no password, nothing to mask");
});

test("binary data keeps its length; every occurrence is masked", () => {
  const s = secretsOf({ values: ["--password hunter22"] });
  const masked = s.maskBytes(Buffer.from("xhunter22yhunter22"));
  assert.equal(masked?.toString(), "x********y********");
  assert.equal(s.maskBytes(Buffer.from("clean")), undefined);
});

test("a trace loses credentials, cookies and known secrets, and stays a valid zip", () => {
  const s = secretsOf({ targetUrl: "https://ops:hunter22@hal.example.test/" });
  const basic = Buffer.from("ops:hunter22").toString("base64");
  const network = JSON.stringify({
    type: "resource-snapshot",
    snapshot: {
      request: {
        headers: [
          { name: "Authorization", value: `Basic ${basic}` },
          { name: "Accept", value: "*/*" },
        ],
        cookies: [],
      },
      response: {
        headers: [{ name: "Set-Cookie", value: "hal_session=unknown-to-the-run" }],
        cookies: [{ name: "hal_session", value: "unknown-to-the-run" }],
      },
    },
  });
  const trace = JSON.stringify({ type: "context-options", options: { httpCredentials: { username: "ops", password: "hunter22" } } });
  const zip = Buffer.from(
    zipSync({ "trace.network": strToU8(network), "trace.trace": strToU8(trace), "resources/a.txt": strToU8("echo hunter22") }),
  );
  const scrubbed = scrubTrace(zip, s);
  assert.ok(scrubbed, "the trace held secrets");
  const entries = unzipSync(new Uint8Array(scrubbed));
  const all = Object.values(entries)
    .map((e) => strFromU8(e))
    .join("\n");
  for (const leak of ["hunter22", basic, "unknown-to-the-run"]) assert.doesNotMatch(all, new RegExp(leak));
  assert.match(all, /"name":"Accept","value":"\*\/\*"/, "other headers are kept");
  assert.equal(strFromU8(entries["resources/a.txt"] as Uint8Array), "echo ********");
});
