import * as v from 'valibot'

/**
 * Pieces for reading the chat's records. They come from our own code, but from any past version of it: a reader
 * keeps what it can, skips a bad entry in a list and falls back to a default for a field that is missing.
 */

export const finiteNumber = v.pipe(v.number(), v.finite())

/** The field's value when it is there and matches `schema`; `undefined` otherwise. */
export function orUndefined<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.fallback(v.optional(schema), undefined)
}

/** The entries of a list that match `item`, the others skipped: one bad entry never loses the rest. */
export function readableItems<const TItem extends v.GenericSchema>(item: TItem) {
  return v.fallback(
    v.pipe(
      v.array(v.unknown()),
      v.transform((entries) =>
        entries.flatMap((entry) => {
          const parsed = v.safeParse(item, entry)
          return parsed.success ? [parsed.output] : []
        }),
      ),
    ),
    [],
  )
}
