/**
 * Why a checkable item went unverified (SKIP), as one of a few typed causes, each with what
 * would verify it. Causes are derived from the skip reasons here and nowhere else: the reporter
 * stores the cause in checklist.json, and `verify`, the terminal summary, checklist.md and the
 * checklist page group by it without reading reasons of their own.
 *
 * The reasons come from specs and fixtures (`test.skip(cond, reason)`, `partial(id, why)`); a
 * unit test (tests/unit/verdicts-skips.test.ts) reads every literal skip reason in the suite and
 * fails when one falls through to `other`, so a reworded reason cannot slip out of its group.
 */

export interface SkipCause {
  /** What is missing, as the summary's group heading. */
  label: string;
  /** What would verify the items of this group. */
  remedy: string;
  /** Matches the reasons of this cause; `other` has none. */
  pattern?: RegExp;
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
    pattern: /\bno (HAProxy|gateway|service) log source\b/i,
    strictRefuses: true,
  },
  "log-history": {
    label: "the log source does not reach back to the service's start",
    remedy: "a log source that shows the log from the service's start (the whole file, or journalctl since the start)",
    pattern: /may not reach back/,
    strictRefuses: true,
  },
  "no-haproxy-config": {
    label: "no copy of the HAProxy config",
    remedy: "--haproxy-config (HAL_HAPROXY_CONFIG): a copy of the deployment's haproxy.cfg",
    pattern: /no HAProxy config to review/,
    strictRefuses: true,
  },
  "no-direct-urls": {
    label: "no direct URLs of the gateway and static server",
    remedy: "--gateway and --static (HAL_GATEWAY_URL, HAL_STATIC_URL), where they are reachable from here",
    pattern: /\bdirect\b[^.;]*\bURLs?\b/i,
    strictRefuses: true,
  },
  "soak-too-short": {
    label: "soak shorter than the item",
    remedy: "--soak as long as the item (HAL_SOAK, e.g. 1h), or the @soak tests (npm run soak)",
    pattern: /\bthe soak ran\b/,
    strictRefuses: true,
  },
  "read-only": {
    label: "read-only target: destructive checks (reload, rollback, faults) do not run",
    remedy: "run them against a stack that may be reloaded (the reference stack, a staging copy)",
    pattern: /\bread-only target\b/,
    strictRefuses: false,
  },
  "no-haproxy-control": {
    label: "no control of HAProxy on this target",
    remedy: "checked by the operator on the HAProxy host (`haproxy -c`, `systemctl reload haproxy`)",
    pattern: /\bno control of HAProxy\b/,
    strictRefuses: false,
  },
  "reference-only": {
    label: "a check of the suite itself, run on the reference stack",
    remedy: "none needed on a production target: it runs in every reference run",
    pattern: /\bfrom a reference run\b/,
    strictRefuses: false,
  },
  "not-in-hal": {
    label: "the checklist expects a log line HAL does not write",
    remedy: "none by machine: HAL_SYSTEM.md says why the checklist's expectation does not hold",
    pattern: /\bdoes not hold for it\b/,
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

/** The cause of one skip reason. */
export function skipCause(reason: string): SkipCauseId {
  return ORDER.find((id) => (SKIP_CAUSES[id] as SkipCause).pattern?.test(reason)) ?? "other";
}

/** The cause of an item skipped for these reasons: the first in order of precedence. */
export function causeOf(reasons: readonly string[]): SkipCauseId {
  const found = new Set(reasons.map(skipCause));
  return ORDER.find((id) => found.has(id)) ?? "other";
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
