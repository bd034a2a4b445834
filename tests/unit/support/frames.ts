/**
 * fast-check arbitraries for what a client can put in a WebSocket frame to HAL's gateway: any
 * text, any JSON, protocol-shaped objects whose fields hold anything (objects with `toString`,
 * `valueOf` or `__proto__` keys, deep nesting, huge strings), near-misses of valid frames, binary
 * frames, invalid UTF-8 and oversized frames. Objects are written as JSON text by hand, so a
 * `__proto__` key reaches the gateway as data, as it would from a hostile client.
 */
import fc from "fast-check";

const HOSTILE_KEYS = [
  "toString",
  "valueOf",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "toJSON",
  "then",
  "length",
  "type",
  "text",
  "audio",
];

const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v));

/** `{"toString":1,...}`: keys JavaScript gives meaning to, with any JSON values. */
export const hostileObject = fc
  .array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS), json), { maxLength: 4 })
  .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);

const deepNesting = fc
  .integer({ min: 1, max: 5000 })
  .chain((n) => fc.constantFrom(`${"[".repeat(n)}${"]".repeat(n)}`, `${'{"a":'.repeat(n)}1${"}".repeat(n)}`));
const hugeString = fc.integer({ min: 1000, max: 60_000 }).map((n) => JSON.stringify("x".repeat(n)));

/** A `type` field: the two real ones, near-misses, and anything else. */
const typeField = fc.oneof(
  fc.constantFrom('"text_input"', '"audio_stream"', '""', '"TEXT_INPUT"', '"text_input "', '"__proto__"', '"toString"', "null"),
  json,
  hostileObject,
  deepNesting,
  hugeString,
);

const textField = fc.oneof(
  fc.string({ maxLength: 80 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('""', '"   "', "null"),
  json,
  hostileObject,
);
const audioField = fc.oneof(
  fc.array(fc.integer({ min: -32768, max: 32767 }), { maxLength: 64 }).map((a) => JSON.stringify(a)),
  fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 3 }), fc.constant(null)), { maxLength: 8 }).map((a) => JSON.stringify(a)),
  json,
  hostileObject,
);

/** A JSON object with protocol-like fields (each maybe missing), plus a hostile extra key. */
export const protocolObject = fc
  .record(
    { type: typeField, text: textField, audio: audioField, extra: fc.tuple(fc.constantFrom(...HOSTILE_KEYS), json) },
    { requiredKeys: [] },
  )
  .map(({ type, text, audio, extra }) => {
    const fields = [
      type && `"type":${type}`,
      text && `"text":${text}`,
      audio && `"audio":${audio}`,
      extra && `${JSON.stringify(extra[0])}:${extra[1]}`,
    ];
    return `{${fields.filter(Boolean).join(",")}}`;
  });

const validFrame = fc.oneof(
  fc.string({ maxLength: 40 }).map((text) => JSON.stringify({ type: "text_input", text, session_id: "x" })),
  fc.array(fc.integer({ min: -32768, max: 32767 }), { maxLength: 16 }).map((audio) => JSON.stringify({ type: "audio_stream", audio })),
);

/** A valid frame with a few characters deleted and some inserted somewhere. */
const nearMiss = fc.tuple(validFrame, fc.nat(), fc.nat({ max: 4 }), fc.string({ maxLength: 3 })).map(([s, at, del, ins]) => {
  const i = at % (s.length + 1);
  return s.slice(0, i) + ins + s.slice(i + del);
});

/** The text of one text frame. */
export const frameText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), json, hostileObject, protocolObject, validFrame, nearMiss);

export type WireFrame =
  | { kind: "text"; data: string }
  | { kind: "binary"; data: Uint8Array }
  | { kind: "bad-utf8"; data: Uint8Array }
  | { kind: "oversized"; bytes: number };

/** One frame on the wire; `limit` is the gateway's largest frame. */
export function wireFrame(limit: number): fc.Arbitrary<WireFrame> {
  return fc.oneof(
    { weight: 12, arbitrary: frameText.map((data): WireFrame => ({ kind: "text", data })) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 64 }).map((data): WireFrame => ({ kind: "binary", data })) },
    // 0xFF never occurs in UTF-8.
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 16 }).map((d): WireFrame => ({ kind: "bad-utf8", data: Uint8Array.of(...d, 0xff) })),
    },
    { weight: 1, arbitrary: fc.integer({ min: limit + 1, max: limit + 16_384 }).map((bytes): WireFrame => ({ kind: "oversized", bytes })) },
  );
}
