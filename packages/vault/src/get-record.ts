import { LockedError } from './errors'
import { openRecord } from './record-envelope'
import { recordKey } from './storage-keys'
import type { VaultRecord } from './vault-record'
import { assertRecordId, assertUnlocked, floorOf, noteSeen, refuseRollback, type VaultSession } from './vault-session'

/** The record, verified and decrypted, or `undefined` if there is none. A copy older than the floor is refused. */
export async function getRecord(session: VaultSession, id: string): Promise<VaultRecord | undefined> {
  assertUnlocked(session)
  const stored = session.storage.getItem(recordKey(assertRecordId(id)))
  const floorAtRead = floorOf(session, id)
  if (stored === null) {
    session.seen.delete(id)
    return undefined
  }
  const record = await openRecord({ dataKey: session.dataKey, vaultId: session.vaultId, recordId: id, stored })
  // Locked while decrypting: hand out no plaintext.
  if (!session.unlocked) throw new LockedError()
  refuseRollback(id, record.revision, floorAtRead)
  noteSeen(session, id, record.revision)
  return { id, ...record }
}
