/** Certificates a browser must refuse: made at stack start (harness/infra/certs.ts) with these properties. */
import { defineFaults } from "./define.ts";

const DAY = 24 * 3600_000;

export const CERTIFICATE_FAULTS = defineFaults("certificate", {
  "cert-wrong-name": {
    description: "the certificate is for another name (hal.example.invalid)",
    variant: { certificate: { names: ["hal.example.invalid"] } },
    red: ["pdv.no-ssl-errors", "pdv.page-reachable", "step6.test1.proxy-200"],
    // HTTP/2 is negotiated after TLS: its test expects the 200 through the refused certificate too.
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: ["step6.test1.static-200"],
  },
  "cert-expired": {
    description: "the certificate expired yesterday",
    variant: { certificate: { notBefore: new Date(Date.now() - 30 * DAY), notAfter: new Date(Date.now() - DAY) } },
    red: ["pdv.no-ssl-errors", "pdv.page-reachable", "step6.test1.proxy-200"],
    // HTTP/2 is negotiated after TLS: its test expects the 200 through the refused certificate too.
    collateral: ["step6.test1.http2"],
    layer: "proxy",
    green: ["step6.test1.static-200"],
  },
});
