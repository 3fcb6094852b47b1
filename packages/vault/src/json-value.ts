import * as v from 'valibot'

/**
 * What a record holds: anything `JSON.stringify` writes and `JSON.parse` reads back. Optional properties are
 * allowed so that UI types with `title?: string` fit; an `undefined` property is simply not stored.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key in string]?: JsonValue }

/** `JSON.parse` that returns `undefined` instead of throwing. Its result is a `JsonValue` by definition. */
export function parseJsonValue(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * A JSON object (not an array, not null) whose values are still unchecked. `v.object` and `v.record` let arrays
 * through, and `v.record` drops the keys `constructor` and `prototype`, which are ordinary ids here.
 */
export const anyJsonObject = v.custom<{ [key in string]?: unknown }>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
)

/** `v.object` for JSON: an array is never one of these objects. */
export function jsonObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(anyJsonObject, v.object(entries))
}

/** A whole number of at least `minimum` (versions, revisions, iterations): never a fraction or a quoted number. */
export function safeIntegerFrom(minimum: number) {
  return v.pipe(v.number(), v.safeInteger(), v.minValue(minimum))
}
