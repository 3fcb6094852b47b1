import { VaultNotFoundError } from './errors'
import { unlockDataKey } from './key-wrapping'
import type { VaultStorage } from './storage'
import { storageKeys } from './storage-keys'
import { unlockedVault, type Vault } from './vault'
import { parseVaultHeader } from './vault-header'

/** Unlocks the vault in `storage`. A wrong passphrase throws `WrongPassphraseError` and changes nothing. */
export async function openVault(storage: VaultStorage, passphrase: string): Promise<Vault> {
  const stored = storage.getItem(storageKeys.header)
  if (stored === null) throw new VaultNotFoundError()
  const header = parseVaultHeader(stored)
  const dataKey = await unlockDataKey(passphrase, header)
  return unlockedVault({ storage, vaultId: header.vaultId, dataKey })
}
