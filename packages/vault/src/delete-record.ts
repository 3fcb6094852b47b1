import { ConflictError } from './errors'
import { peekRevision } from './record-envelope'
import { noteRevision } from './revision-map'
import { recordKey } from './storage-keys'
import type { WriteOptions } from './vault-record'
import { assertRecordId, forgetRecord, inWriteTurn, type VaultSession } from './vault-session'

/** Deletes `id` if it is still at the expected revision (a damaged record can always be deleted). */
export function deleteRecord(
  session: VaultSession,
  id: string,
  { expectedRevision }: WriteOptions = {},
): Promise<void> {
  return inWriteTurn(session, async () => {
    const key = recordKey(assertRecordId(id))
    const stored = session.storage.getItem(key)
    if (stored !== null) {
      const expected = expectedRevision ?? session.seen.get(id)
      // A damaged record has no trustworthy revision; deleting it is how the user gets rid of it.
      const actual = peekRevision(stored)
      if (expected !== undefined && actual !== undefined && actual !== expected) {
        throw new ConflictError({ recordId: id, expectedRevision: expected, actualRevision: actual })
      }
    }
    // The map first: a tab closing in between leaves a record the map does not list, never a false rollback.
    await noteRevision(session, id, undefined)
    if (stored !== null) session.storage.removeItem(key)
    forgetRecord(session, id)
  })
}
