import { recordIdOf } from './storage-keys'
import { assertUnlocked, type VaultSession } from './vault-session'

/** Record ids starting with `prefix`, sorted, read from the storage keys (nothing is decrypted). */
export function listRecordIds(session: VaultSession, prefix = ''): string[] {
  assertUnlocked(session)
  return session.storage
    .keys()
    .map(recordIdOf)
    .filter((id): id is string => id?.startsWith(prefix) === true)
    .sort()
}
