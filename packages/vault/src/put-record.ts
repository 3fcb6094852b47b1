import { ConflictError } from './errors'
import type { JsonValue } from './json-value'
import { openRecord, peekRevision, sealRecord } from './record-envelope'
import { noteRevision } from './revision-map'
import { writeItem } from './storage'
import { recordKey } from './storage-keys'
import type { WriteOptions } from './vault-record'
import { assertRecordId, floorOf, inWriteTurn, noteSeen, refuseRollback, type VaultSession } from './vault-session'

/** Encrypts and stores `value` in one write, as the next revision of `id`, if `id` is still at the expected one. */
export function putRecord(
  session: VaultSession,
  id: string,
  value: JsonValue,
  { expectedRevision }: WriteOptions = {},
): Promise<{ id: string; revision: number }> {
  return inWriteTurn(session, async () => {
    const key = recordKey(assertRecordId(id))
    const stored = session.storage.getItem(key)
    const expected = expectedRevision ?? session.seen.get(id) ?? 0
    const floorAtRead = floorOf(session, id)
    const actual = await verifiedRevision(session, id, stored)
    if (stored !== null) refuseRollback(id, actual, floorAtRead)
    if (actual !== expected)
      throw new ConflictError({ recordId: id, expectedRevision: expected, actualRevision: actual })
    const revision = actual + 1
    const sealed = await sealRecord({
      dataKey: session.dataKey,
      vaultId: session.vaultId,
      recordId: id,
      revision,
      value,
    })
    assertStillStored(session, key, stored, expected, id)
    await writeWithRevisionMap(session, { id, key, sealed, revision, previous: stored })
    noteSeen(session, id, revision)
    session.floors.set(id, revision)
    return { id, revision }
  })
}

/** Verifying the current record first means a damaged one is reported, not silently replaced. */
async function verifiedRevision(session: VaultSession, id: string, stored: string | null): Promise<number> {
  if (stored === null) return 0
  const { dataKey, vaultId } = session
  return (await openRecord({ dataKey, vaultId, recordId: id, stored })).revision
}

/** Compare-and-set: another tab may have written while we were encrypting. */
function assertStillStored(session: VaultSession, key: string, stored: string | null, expected: number, id: string) {
  const now = session.storage.getItem(key)
  if (now === stored) return
  const actualRevision = now === null ? 0 : (peekRevision(now) ?? 0)
  throw new ConflictError({ recordId: id, expectedRevision: expected, actualRevision })
}

async function writeWithRevisionMap(
  session: VaultSession,
  write: { id: string; key: string; sealed: string; revision: number; previous: string | null },
): Promise<void> {
  const { storage } = session
  writeItem(storage, write.key, write.sealed)
  try {
    await noteRevision(session, write.id, write.revision)
  } catch (error) {
    // The map could not follow (storage full): put the record back, so the save fails whole.
    if (write.previous === null) storage.removeItem(write.key)
    else storage.setItem(write.key, write.previous)
    throw error
  }
}
