/**
 * The types the probes share: what a protocol probe is and which budgets it is held to. Apart
 * from the modules that use them, so a probe module never imports another for a type.
 */
import type { Budgets } from "../config/timeouts.ts";

/** The budgets a probe may be held to, as configured. */
export type ProbeBudgets = Budgets;

/** A protocol-level probe: what a failing check did, replayable against any WebSocket URL (with the target's credentials, if any). */
export type WsProbe = (url: string, caPem: string | undefined, budgets: ProbeBudgets, headers?: Record<string, string>) => Promise<string>;
