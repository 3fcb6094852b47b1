import type { VaultStorage } from './storage'
import { recordIdOf, storageKeys } from './storage-keys'

export type VaultState =
  | { kind: 'empty' }
  | { kind: 'vault' }
  /** Records without the header that holds their key: a partial restore, a cleaning tool, a bug. */
  | { kind: 'orphaned'; recordCount: number }

/** What `storage` holds, to choose between the "create", "unlock" and "restore" screens. */
export function vaultState(storage: VaultStorage): VaultState {
  if (storage.getItem(storageKeys.header) !== null) return { kind: 'vault' }
  const recordCount = orphanedRecordIds(storage).length
  return recordCount === 0 ? { kind: 'empty' } : { kind: 'orphaned', recordCount }
}

/** Whether `storage` holds a vault header. */
export function vaultExists(storage: VaultStorage): boolean {
  return vaultState(storage).kind === 'vault'
}

/** Ids of the records in `storage` when it has no header (none when it has one). */
export function orphanedRecordIds(storage: VaultStorage): string[] {
  if (storage.getItem(storageKeys.header) !== null) return []
  return storage
    .keys()
    .map(recordIdOf)
    .filter((id) => id !== undefined)
}
