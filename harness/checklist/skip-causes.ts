/**
 * Why a checkable item went unverified (SKIP), as one of a few typed causes, each with what
 * would verify it. A check states its cause where it skips (`skipBecause(cause, detail)`, or
 * `partial(id, cause, why)` for a test that covered an item only in part): the cause travels as
 * an annotation (annotations.ts), never recovered from the detail's words. The reporter stores
 * it in checklist.json, and `verify`, the terminal summary, checklist.md and the checklist page
 * group by it without reading reasons of their own.
 */

export interface SkipCause {
  /** What is missing, as the summary's group heading. */
  label: string;
  /** What would verify the items of this group. */
  remedy: string;
  /**
   * Whether `--strict` refuses it. A skip the operator can remove by configuration (a log source,
   * a config copy, a longer soak) is refused; one that no configuration of this target can remove
   * (a read-only target, a line HAL never writes) is reported, never refused, or strict could
   * never pass a correct deployment.
   */
  strictRefuses: boolean;
}

/**
 * In order of precedence: an item skipped for several reasons is grouped under the first that
 * applies, so a cause the operator can fix by configuration comes before one they cannot.
 */
export const SKIP_CAUSES = {
  "no-log-source": {
    label: "no log source configured",
    remedy:
      "--haproxy-log / --gateway-log (HAL_HAPROXY_LOG, HAL_GATEWAY_LOG): a file, or a command that prints the log such as an ssh tail",
    strictRefuses: true,
  },
  "log-history": {
    label: "the log source does not reach back to the service's start",
    remedy: "a log source that shows the log from the service's start (the whole file, or journalctl since the start)",
    strictRefuses: true,
  },
  "no-haproxy-config": {
    label: "no copy of the HAProxy config",
    remedy: "--haproxy-config (HAL_HAPROXY_CONFIG): a copy of the deployment's haproxy.cfg",
    strictRefuses: true,
  },
  "no-direct-urls": {
    label: "no direct URLs of the gateway and static server",
    remedy: "--gateway and --static (HAL_GATEWAY_URL, HAL_STATIC_URL), where they are reachable from here",
    strictRefuses: true,
  },
  "soak-too-short": {
    label: "soak shorter than the item",
    remedy: "--soak as long as the item (HAL_SOAK, e.g. 1h), or the @soak tests (npm run soak)",
    strictRefuses: true,
  },
  "read-only": {
    label: "read-only target: destructive checks (reload, rollback, faults) do not run",
    remedy: "run them against a stack that may be reloaded (the reference stack, a staging copy)",
    strictRefuses: false,
  },
  "no-haproxy-control": {
    label: "no control of HAProxy on this target",
    remedy: "checked by the operator on the HAProxy host (`haproxy -c`, `systemctl reload haproxy`)",
    strictRefuses: false,
  },
  "reference-only": {
    label: "a check of the suite itself, run on the reference stack",
    remedy: "none needed on a production target: it runs in every reference run",
    strictRefuses: false,
  },
  "not-in-hal": {
    label: "the checklist expects a log line HAL does not write",
    remedy: "none by machine: HAL_SYSTEM.md says why the checklist's expectation does not hold",
    strictRefuses: false,
  },
  other: {
    label: "other reasons",
    remedy: "see each item's reason",
    strictRefuses: true,
  },
} as const satisfies Record<string, SkipCause>;

export type SkipCauseId = keyof typeof SKIP_CAUSES;

const ORDER = Object.keys(SKIP_CAUSES) as SkipCauseId[];

/** The skipped items `--strict` refuses: those of a cause the operator could remove. */
export function refusedByStrict<T extends { verdict: string; cause?: SkipCauseId }>(items: readonly T[]): T[] {
  return items.filter((i) => i.verdict === "skip" && SKIP_CAUSES[i.cause ?? "other"].strictRefuses);
}

export const isSkipCause = (s: string | undefined): s is SkipCauseId => s !== undefined && Object.hasOwn(SKIP_CAUSES, s);

/** The cause of an item skipped for these causes: the first in order of precedence; `other` when none was stated. */
export function causeOf(causes: readonly SkipCauseId[]): SkipCauseId {
  return ORDER.find((id) => causes.includes(id)) ?? "other";
}

export interface UnverifiedGroup<T> {
  cause: SkipCauseId;
  label: string;
  remedy: string;
  items: T[];
}

/** Skipped items grouped by cause, in order of precedence; groups without items are left out. */
export function groupByCause<T extends { verdict: string; cause?: SkipCauseId }>(items: readonly T[]): UnverifiedGroup<T>[] {
  const skipped = items.filter((i) => i.verdict === "skip");
  return ORDER.map((cause) => {
    const { label, remedy } = SKIP_CAUSES[cause];
    return { cause, label, remedy, items: skipped.filter((i) => (i.cause ?? "other") === cause) };
  }).filter((g) => g.items.length > 0);
}
