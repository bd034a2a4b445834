/** HAL's WebSocket wire protocol (HAL_SYSTEM.md): JSON text frames. */

export type ClientMessage =
  | { type: "text_input"; text: string; session_id?: string }
  | { type: "audio_stream"; audio: number[]; session_id?: string };

export type ServerMessage =
  | { type: "connected"; session_id: string; message: string }
  | { type: "processing" }
  | {
      type: "response";
      text: string;
      intent: string;
      confidence: number;
      audio: string | null;
      audio_format: "wav" | null;
    }
  | { type: "wake_word_detected"; message: string }
  | { type: "transcription"; text: string }
  | { type: "error"; message: string };

export type Parsed = { ok: true; message: ClientMessage } | { ok: false; error: string };

/** Parses one frame; every failure becomes the `error` text the real gateway sends. */
export function parseFrame(raw: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: "Invalid JSON" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, error: "Invalid message: expected a JSON object" };
  }
  const record = data as Record<string, unknown>;
  const type = record.type;
  if (type === "text_input") {
    if (typeof record.text !== "string") return { ok: false, error: "Invalid text_input: text must be a string" };
    return { ok: true, message: { type, text: record.text } };
  }
  if (type === "audio_stream") {
    const audio = record.audio;
    if (!Array.isArray(audio) || !audio.every((s) => typeof s === "number")) {
      return { ok: false, error: "Invalid audio_stream: audio must be an array of numbers" };
    }
    return { ok: true, message: { type, audio: audio as number[] } };
  }
  return { ok: false, error: `Unknown type: ${String(type)}` };
}
