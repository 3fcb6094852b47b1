import type { VaultStorage } from './storage'
import { storageKeys } from './storage-keys'

/** Whether `storage` holds a vault (to choose between the "create" and "unlock" screens). */
export function vaultExists(storage: VaultStorage): boolean {
  return storage.getItem(storageKeys.header) !== null
}
