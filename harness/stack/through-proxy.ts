import type { StackHandle } from "./types.ts";

/**
 * How a Node client reaches the target through the proxy, as the browser does: trusting its CA
 * and sending what the browser sends with every request (the Authorization of its credentials).
 * Direct bypass URLs need neither.
 */
export function throughProxy(stack: Pick<StackHandle, "tls" | "headers">): { ca?: string; headers: Record<string, string> } {
  return { ca: stack.tls.caPem, headers: stack.headers };
}
