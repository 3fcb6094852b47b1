import { ConflictError } from '@rialto/vault/errors'
import type { JsonValue } from '@rialto/vault/json-value'
import type { Vault } from '@rialto/vault/vault'

/** Returned by a change that finds nothing to do: the record is not written at all. */
export const unchanged = Symbol('unchanged')

export type RecordCodec<T> = {
  parse(value: JsonValue | undefined): T
  toJson(value: T): JsonValue
}

/** Enough for two tabs typing at once; a record that keeps changing under us after this is a bug, not a race. */
const attempts = 5

export type Change<T> = (current: T) => T | typeof unchanged

/** The value after the change, and the revision written (`undefined` when there was nothing to write). */
export type UpdateResult<T> = { value: T; revision: number | undefined }

/**
 * Read, change, write one record. When another tab saved it in between (`ConflictError`), the change is applied
 * again to what that tab saved, so both writes survive: callers describe *what* changes (add this message), never
 * the whole new value. A change that leaves the stored value as it is writes nothing.
 */
export async function updateRecord<T>(
  vault: Vault,
  id: string,
  codec: RecordCodec<T>,
  change: Change<T>,
): Promise<UpdateResult<T>> {
  for (let attempt = 1; ; attempt++) {
    const record = await vault.get(id)
    const current = codec.parse(record?.value)
    const next = change(current)
    if (next === unchanged) return { value: current, revision: undefined }
    const json = codec.toJson(next)
    if (record !== undefined && JSON.stringify(json) === JSON.stringify(record.value)) {
      return { value: next, revision: undefined }
    }
    try {
      const { revision } = await vault.put(id, json, { expectedRevision: record?.revision ?? 0 })
      return { value: next, revision }
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= attempts) throw error
    }
  }
}

/** Deletes a record even if another tab saved it since we read it: deleting is what the user asked for. */
export async function deleteRecord(vault: Vault, id: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vault.delete(id)
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= attempts) throw error
      // Learning the current revision is what lets the next delete through.
      await vault.get(id).catch(() => undefined)
    }
  }
}
