import type { VaultStorage } from './storage'
import { recordIdOf, storageKeys } from './storage-keys'
import { parseVaultHeader } from './vault-header'

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

function currentVaultId(storage: VaultStorage): string | undefined {
  const stored = storage.getItem(storageKeys.header)
  try {
    return stored === null ? undefined : parseVaultHeader(stored).vaultId
  } catch {
    return undefined
  }
}
