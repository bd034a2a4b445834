/**
 * A reference stack behind HTTP basic authentication, as some deployments put HAL: HAProxy asks
 * every request (the page, its assets, the WebSocket's upgrade) for the credentials, and sets a
 * session cookie on every answer. The cookie is a secret the suite is never told, so a report
 * that holds it proves traces and attachments leak what the target sends, not only what the
 * run was configured with (harness/report/scrub-trace.ts).
 */
import { type Patch, replace } from "../faults/patch.ts";
import type { Credentials } from "../stack/types.ts";

export interface BasicAuth extends Credentials {
  /** The value of the `hal_session` cookie HAProxy sets on every answer. */
  sessionCookie: string;
}

const quoted = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

/** Patches of the reference template: a userlist, then the auth rule and the cookie on the HAL frontend. */
export function basicAuthPatches(auth: BasicAuth): Patch[] {
  if (!/^[\w.@-]+$/.test(auth.username)) throw new Error(`basic auth user name "${auth.username}": letters, digits, . _ @ - only`);
  const userlist = `userlist hal_users\n    user ${auth.username} insecure-password ${quoted(auth.password)}\n\n`;
  const rules = [
    "    # The whole site behind HTTP basic authentication (reference stack option).",
    "    http-request auth realm HAL unless { http_auth(hal_users) }",
    `    http-response add-header Set-Cookie ${quoted(`hal_session=${auth.sessionCookie}; Path=/; Secure; HttpOnly`)}`,
    "",
  ].join("\n");
  return [
    replace("frontend hal_https", `${userlist}frontend hal_https`),
    replace("    default_backend hal2_backend", `${rules}    default_backend hal2_backend`),
  ];
}
