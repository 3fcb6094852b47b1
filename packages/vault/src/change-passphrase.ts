import { toBase64 } from './base64'
import { EmptyPassphraseError } from './errors'
import { deriveKeyEncryptionKey, unwrapDataKey, wrapDataKey } from './key-wrapping'
import { randomBytes } from './random-bytes'
import { assertIterations, defaultIterations, type VaultHeader } from './vault-header'

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
