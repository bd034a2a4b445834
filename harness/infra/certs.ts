/**
 * Self-signed server certificates for the reference stack, made fresh at each start. Node
 * clients get it as their CA and Chromium trusts it through an NSS database (browser-trust.ts),
 * so TLS stays strict everywhere: a wrong name or an expired certificate is still an error.
 * (The SPKI hash is only printed by `stack:up` for manual use: Chromium's SPKI allowlist would
 * waive every certificate error for that key.)
 */
import { createHash, X509Certificate } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import selfsigned from "selfsigned";

export interface Certificate {
  /** PEM certificate, usable as a CA by Node clients. */
  certPem: string;
  /** Certificate + key, the form HAProxy's `crt` expects. */
  bundlePath: string;
  /** base64 SHA-256 of the public key, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  names: string[];
  notAfter: Date;
}

export interface CertificateOptions {
  dir: string;
  names?: string[];
  notBefore?: Date;
  notAfter?: Date;
}

export async function makeCertificate(opts: CertificateOptions): Promise<Certificate> {
  const names = opts.names ?? ["localhost", "127.0.0.1"];
  const notBeforeDate = opts.notBefore ?? new Date(Date.now() - 60_000);
  const notAfterDate = opts.notAfter ?? new Date(Date.now() + 7 * 24 * 3600_000);
  const altNames = names.map((n) => (/^[\d.]+$|:/.test(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n }));
  const pems = await selfsigned.generate([{ name: "commonName", value: names[0] ?? "localhost" }], {
    // An ECDSA P-256 key: made in about 20 ms, where a 2048-bit RSA key took 200–500 ms of every
    // stack start here. Chromium, Node and HAProxy all serve and check it as strictly.
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames },
    ],
  });
  const bundlePath = join(opts.dir, "hal.pem");
  await writeFile(bundlePath, `${pems.cert.trim()}\n${pems.private.trim()}\n`, { mode: 0o600 });
  return { certPem: pems.cert, bundlePath, spkiHash: spkiHash(pems.cert), names, notAfter: notAfterDate };
}

export function spkiHash(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: "spki", format: "der" });
  return createHash("sha256").update(spki).digest("base64");
}
