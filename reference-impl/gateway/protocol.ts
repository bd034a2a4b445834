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

/** A JSON object's own property: a `__proto__` or `toString` key in a frame is data, never inherited behaviour. */
const own = (record: Record<string, unknown>, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** How much of an unknown `type` an error message repeats: a megabyte of it helps no one. */
const REPR_LIMIT = 200;

/**
 * A parsed JSON value as Python's f-string shows it (`{'toString': 1}`, `None`, `True`, `[1, 2]`),
 * since the real gateway answers `f"Unknown type: {msg_type}"`. It never calls the value's own
 * methods (a `toString` key is data, not a method), stops at REPR_LIMIT characters and at any
 * depth, so no frame can make it throw or run long.
 */
export function pythonStr(value: unknown): string {
  const out: string[] = [];
  let length = 0;
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const quote = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const walk = (v: unknown, nested: boolean) => {
    if (length > REPR_LIMIT) return;
    if (v === null || v === undefined) emit("None");
    else if (typeof v === "boolean") emit(v ? "True" : "False");
    else if (typeof v === "number") emit(Number.isFinite(v) ? String(v) : "nan");
    else if (typeof v === "string") emit(nested ? quote(v.slice(0, REPR_LIMIT)) : v.slice(0, REPR_LIMIT + 1));
    else if (Array.isArray(v)) {
      emit("[");
      for (let i = 0; i < v.length && length <= REPR_LIMIT; i++) {
        if (i) emit(", ");
        walk(v[i], true);
      }
      emit("]");
    } else if (typeof v === "object") {
      emit("{");
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length && length <= REPR_LIMIT; i++) {
        const key = keys[i] ?? "";
        if (i) emit(", ");
        emit(`${quote(key.slice(0, REPR_LIMIT))}: `);
        walk(own(v as Record<string, unknown>, key), true);
      }
      emit("}");
    } else emit(typeof v);
  };
  walk(value, false);
  const text = out.join("");
  return text.length > REPR_LIMIT ? `${text.slice(0, REPR_LIMIT)}...` : text;
}

/**
 * Parses one frame; every failure becomes the `error` text the real gateway sends. Total: any
 * string gives a result, never an exception (the fuzz test in tests/unit/gateway-fuzz.test.ts).
 */
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
  const type = own(record, "type");
  if (type === "text_input") {
    const text = own(record, "text");
    if (typeof text !== "string") return { ok: false, error: "Invalid text_input: text must be a string" };
    return { ok: true, message: { type, text } };
  }
  if (type === "audio_stream") {
    const audio = own(record, "audio");
    if (!Array.isArray(audio) || !audio.every((s) => typeof s === "number")) {
      return { ok: false, error: "Invalid audio_stream: audio must be an array of numbers" };
    }
    return { ok: true, message: { type, audio: audio as number[] } };
  }
  return { ok: false, error: `Unknown type: ${pythonStr(type)}` };
}
