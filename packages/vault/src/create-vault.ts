import { toBase64 } from './base64'
import { EmptyPassphraseError, OrphanedRecordsError, VaultExistsError } from './errors'
import { deriveKeyEncryptionKey, generateDataKey, unwrapDataKey, wrapDataKey } from './key-wrapping'
import { randomBytes } from './random-bytes'
import { type VaultStorage, writeItem } from './storage'
import { isVaultKey, storageKeys } from './storage-keys'
import { unlockedVault, type Vault } from './vault'
import { orphanedRecordIds } from './vault-exists'
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
  /**
   * How many orphaned records (left without a header) the user agreed to lose. They are deleted only when this
   * equals the number actually there; otherwise `OrphanedRecordsError` and nothing changes.
   */
  discardOrphanedRecords?: number
}

/** Makes a new vault in `storage` (refusing to replace one) and returns it unlocked. */
export async function createVault(
  storage: VaultStorage,
  passphrase: string,
  { iterations = defaultIterations, discardOrphanedRecords }: CreateVaultOptions = {},
): Promise<Vault> {
  if (passphrase.length === 0) throw new EmptyPassphraseError()
  if (storage.getItem(storageKeys.header) !== null) throw new VaultExistsError()
  assertOrphansMayGo(storage, discardOrphanedRecords)
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
  // Checked again: another tab may have written records while the key was being derived.
  assertOrphansMayGo(storage, discardOrphanedRecords)
  for (const key of storage.keys()) {
    if (isVaultKey(key)) storage.removeItem(key)
  }
  writeItem(storage, storageKeys.header, serializeVaultHeader(header))
  return unlockedVault({ storage, vaultId, dataKey })
}

function assertOrphansMayGo(storage: VaultStorage, agreedToLose: number | undefined) {
  const recordCount = orphanedRecordIds(storage).length
  if (recordCount > 0 && agreedToLose !== recordCount) throw new OrphanedRecordsError({ recordCount })
}
