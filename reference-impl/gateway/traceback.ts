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
