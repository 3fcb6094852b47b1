import type { VaultStorage } from './storage'
import { recordIdOf, recordKey, storageKeys } from './storage-keys'
import { parseVaultHeader } from './vault-header'
import { assertUnlocked, forgetRecord, type VaultSession } from './vault-session'

/**
 * What another tab changed, so the UI knows what to reload. `passphrase-changed` needs nothing (the data key is
 * the same); `vault-removed` means this tab's vault is gone (wiped, or replaced by a new one) and it should lock.
 */
export type ExternalChange = { kind: 'record'; id: string } | { kind: 'passphrase-changed' } | { kind: 'vault-removed' }

/** Turns the key of a storage event (`null`: storage cleared) into an `ExternalChange`, or `undefined` if unrelated. */
export function describeExternalChange(
  storage: VaultStorage,
  vaultId: string,
  key: string | null,
): ExternalChange | undefined {
  if (key !== null && key !== storageKeys.header) {
    const id = recordIdOf(key)
    return id === undefined ? undefined : { kind: 'record', id }
  }
  return currentVaultId(storage) === vaultId ? { kind: 'passphrase-changed' } : { kind: 'vault-removed' }
}

/** Tells `listener` which records another tab changed, until the returned function is called or the vault locks. */
export function watchExternalChanges(session: VaultSession, listener: (change: ExternalChange) => void): () => void {
  const { storage, vaultId } = assertUnlocked(session)
  if (!storage.watch) throw new Error('This storage cannot report changes made in other tabs.')
  const stop = storage.watch((key) => {
    const change = describeExternalChange(storage, vaultId, key)
    if (!change || !session.unlocked) return
    if (change.kind === 'record' && storage.getItem(recordKey(change.id)) === null) forgetRecord(session, change.id)
    listener(change)
  })
  session.stopWatching.add(stop)
  return () => {
    stop()
    session.stopWatching.delete(stop)
  }
}

function currentVaultId(storage: VaultStorage): string | undefined {
  const stored = storage.getItem(storageKeys.header)
  try {
    return stored === null ? undefined : parseVaultHeader(stored).vaultId
  } catch {
    return undefined
  }
}
