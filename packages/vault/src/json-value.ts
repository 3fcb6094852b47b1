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
