import type { VaultStorage } from './storage'
import { isVaultKey, storageKeys } from './storage-keys'

/**
 * Deletes the vault for good (the UI asks first). Records go first and the header last, so an interrupted
 * wipe leaves a smaller vault that still opens, and running it again finishes the job.
 */
export function wipeVault(storage: VaultStorage): void {
  for (const key of storage.keys()) {
    if (isVaultKey(key) && key !== storageKeys.header) storage.removeItem(key)
  }
  storage.removeItem(storageKeys.header)
}
