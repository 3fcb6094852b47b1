import { toBase64 } from './base64'
import { ConflictError, EmptyPassphraseError, VaultNotFoundError } from './errors'
import { deriveKeyEncryptionKey, unwrapDataKey, wrapDataKey } from './key-wrapping'
import { randomBytes } from './random-bytes'
import { writeItem } from './storage'
import { storageKeys } from './storage-keys'
import {
  assertIterations,
  defaultIterations,
  parseVaultHeader,
  serializeVaultHeader,
  type VaultHeader,
} from './vault-header'
import { inWriteTurn, type VaultSession } from './vault-session'

/**
 * The header for a new passphrase: same vault id and data key, fresh salt, and at least the default iterations
 * unless told otherwise (this is how old vaults get raised). Throws `WrongPassphraseError` if `oldPassphrase` is wrong.
 */
export async function rewrapHeader(
  header: VaultHeader,
  oldPassphrase: string,
  newPassphrase: string,
  { iterations = Math.max(header.kdf.iterations, defaultIterations) }: { iterations?: number } = {},
): Promise<VaultHeader> {
  if (newPassphrase.length === 0) throw new EmptyPassphraseError()
  // Extractable only here, only to wrap it again; the reference dies with this function.
  const dataKey = await unwrapDataKey(await deriveKeyEncryptionKey(oldPassphrase, header.kdf), header, {
    extractable: true,
  })
  const kdf = { ...header.kdf, iterations: assertIterations(iterations), salt: toBase64(randomBytes(16)) }
  const newKey = await deriveKeyEncryptionKey(newPassphrase, kdf)
  return { ...header, kdf, dataKey: await wrapDataKey(dataKey, newKey, { vaultId: header.vaultId, kdf }) }
}

/** Re-wraps the stored header under `newPassphrase`, unless another tab changed the header meanwhile. */
export function changeStoredPassphrase(
  session: VaultSession,
  oldPassphrase: string,
  newPassphrase: string,
  options?: { iterations?: number },
): Promise<void> {
  const { storage } = session
  return inWriteTurn(session, async () => {
    const stored = storage.getItem(storageKeys.header)
    if (stored === null) throw new VaultNotFoundError()
    const header = await rewrapHeader(parseVaultHeader(stored), oldPassphrase, newPassphrase, options)
    if (storage.getItem(storageKeys.header) !== stored) {
      throw new ConflictError({ recordId: 'header', expectedRevision: 0, actualRevision: 0 })
    }
    // One write: storage holds either the old header or the new one, so one of the two passphrases works.
    writeItem(storage, storageKeys.header, serializeVaultHeader(header))
  })
}
