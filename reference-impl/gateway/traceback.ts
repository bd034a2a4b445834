/**
 * The real gateway is Python: an error in it prints a traceback (`traceback.print_exc()` or an
 * uncaught exception) on stderr. The reference gateway prints the same shape, so log checks are
 * judged on what production's log holds, not on Node's `at ...` stack frames:
 *
 *   Traceback (most recent call last):
 *     File "/opt/hal/voice_gateway_web.py", line 142, in _handle_message
 *       response = await self.router.route(text)
 *   RuntimeError: could not answer "..."
 */

export interface PythonFrame {
  file: string;
  line: number;
  function: string;
  source: string;
}

/** Where the real gateway's message handling goes when it asks its router. */
export const HANDLE_MESSAGE_FRAMES: PythonFrame[] = [
  { file: "/opt/hal/voice_gateway_web.py", line: 142, function: "_handle_message", source: "response = await self.router.route(text)" },
  { file: "/opt/hal/query_router.py", line: 88, function: "route", source: "return await self._llm_fallback(query)" },
];

export function pythonTraceback(exceptionType: string, message: string, frames: PythonFrame[] = HANDLE_MESSAGE_FRAMES): string[] {
  return [
    "Traceback (most recent call last):",
    ...frames.flatMap((f) => [`  File "${f.file}", line ${f.line}, in ${f.function}`, `    ${f.source}`]),
    `${exceptionType}: ${message}`,
  ];
}

/** Where asyncio reports a task's exception that nobody awaited. */
const EVENT_LOOP_FRAMES: PythonFrame[] = [
  { file: "/usr/lib/python3.11/asyncio/events.py", line: 80, function: "_run", source: "self._context.run(self._callback, *self._args)" },
];

/**
 * The last guard of the process: an exception that escaped every handler is printed as Python's
 * asyncio prints an unretrieved task exception, and the gateway goes on serving its other
 * clients, as the real one does, instead of exiting. `on` is the process's (a parameter for tests).
 */
export function keepServingOnUncaught(
  logError: (line: string) => void,
  on: (event: "uncaughtException" | "unhandledRejection", listener: (err: unknown) => void) => unknown = (event, listener) =>
    process.on(event, listener),
): void {
  const report = (err: unknown) => {
    const type = err instanceof TypeError ? "TypeError" : "RuntimeError";
    const message = err instanceof Error ? err.message : String(err);
    for (const line of ["Task exception was never retrieved", ...pythonTraceback(type, message, EVENT_LOOP_FRAMES)]) logError(line);
  };
  on("uncaughtException", report);
  on("unhandledRejection", report);
}
