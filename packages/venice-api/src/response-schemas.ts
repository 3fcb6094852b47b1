import * as v from 'valibot'

/**
 * Building blocks for reading what a server sends, which is never trusted: servers differ and some are not
 * Venice, so a reader takes each field it can read and lets an odd field lose only itself.
 */

/** `v.object` for JSON: `v.object` alone lets an array through, and an array is never one of these objects. */
export function jsonObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(
    v.custom<{ [key in string]?: unknown }>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    ),
    v.object(entries),
  )
}

/** The field's value when it is there and matches `schema`; `undefined` otherwise. */
export function orUndefined<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.fallback(v.optional(schema), undefined)
}

/** A finite number, also when sent as a numeric string (some servers quote decimals to keep precision). */
export const numericValue = v.pipe(
  v.union([
    v.number(),
    v.pipe(
      v.string(),
      v.check((text) => text.trim() !== ''),
      v.transform(Number),
    ),
  ]),
  v.finite(),
)

/** A body or event payload that must be JSON (an HTML page from a wrong URL is not). */
export const jsonText = v.pipe(v.string(), v.parseJson())
