import { toBase64 } from './base64'
import { EmptyPassphraseError, VaultExistsError } from './errors'
import { deriveKeyEncryptionKey, generateDataKey, unwrapDataKey, wrapDataKey } from './key-wrapping'
import { randomBytes } from './random-bytes'
import { type VaultStorage, writeItem } from './storage'
import { recordIdOf, storageKeys } from './storage-keys'
import { unlockedVault, type Vault } from './vault'
import {
  assertIterations,
  defaultIterations,
  type KdfParams,
  serializeVaultHeader,
  type VaultHeader,
  vaultFormat,
  vaultFormatVersion,
} from './vault-header'

export type CreateVaultOptions = {
  /** PBKDF2 iterations; defaults to `defaultIterations` (600,000). Lower it only in tests. */
  iterations?: number
}

/** Makes a new vault in `storage` (refusing to replace one) and returns it unlocked. */
export async function createVault(
  storage: VaultStorage,
  passphrase: string,
  { iterations = defaultIterations }: CreateVaultOptions = {},
): Promise<Vault> {
  if (passphrase.length === 0) throw new EmptyPassphraseError()
  if (storage.getItem(storageKeys.header) !== null) throw new VaultExistsError()
  const vaultId = toBase64(randomBytes(16))
  const kdf: KdfParams = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: assertIterations(iterations),
    salt: toBase64(randomBytes(16)),
  }
  const keyEncryptionKey = await deriveKeyEncryptionKey(passphrase, kdf)
  const header: VaultHeader = {
    format: vaultFormat,
    version: vaultFormatVersion,
    vaultId,
    kdf,
    dataKey: await wrapDataKey(await generateDataKey(), keyEncryptionKey, { vaultId, kdf }),
  }
  // Unwrapping what we are about to store proves the header opens, and gives the non-extractable copy we keep.
  const dataKey = await unwrapDataKey(keyEncryptionKey, header)
  if (storage.getItem(storageKeys.header) !== null) throw new VaultExistsError()
  // Records left without a header (an interrupted wipe) can never be decrypted again.
  for (const key of storage.keys()) {
    if (recordIdOf(key) !== undefined) storage.removeItem(key)
  }
  writeItem(storage, storageKeys.header, serializeVaultHeader(header))
  return unlockedVault({ storage, vaultId, dataKey })
}
