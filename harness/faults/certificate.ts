/** Certificates a browser must refuse: made at stack start (harness/infra/certs.ts) with these properties. */
import type { StackVariant } from "../stack/types.ts";

const DAY = 24 * 3600_000;

export interface CertificateFault {
  description: string;
  variant: StackVariant;
}

export const CERTIFICATE_FAULTS = {
  "cert-wrong-name": {
    description: "the certificate is for another name (hal.example.invalid)",
    variant: { certificate: { names: ["hal.example.invalid"] } },
  },
  "cert-expired": {
    description: "the certificate expired yesterday",
    variant: { certificate: { notBefore: new Date(Date.now() - 30 * DAY), notAfter: new Date(Date.now() - DAY) } },
  },
} satisfies Record<string, CertificateFault>;

export type CertificateFaultName = keyof typeof CERTIFICATE_FAULTS;
