import { fromBase64, toBase64 } from './base64'
import { WrongPassphraseError } from './errors'
import { randomBytes } from './random-bytes'
import type { KdfParams, VaultHeader, WrappedDataKey } from './vault-header'

const aesGcm256 = { name: 'AES-GCM', length: 256 } as const

/** NFC first, so the same passphrase typed on macOS and Windows (different Unicode forms) gives the same key. */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(passphrase.normalize('NFC'))
}

/** PBKDF2-SHA256 → an AES-GCM key that can only wrap and unwrap, never leave WebCrypto. */
export async function deriveKeyEncryptionKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: decode(kdf.salt) },
    material,
    aesGcm256,
    false,
    ['wrapKey', 'unwrapKey'],
  )
}

/** Extractable on purpose, and only for as long as it takes to wrap it; the vault keeps a non-extractable copy. */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(aesGcm256, true, ['encrypt', 'decrypt'])
}

/** The wrap is bound to the vault id and KDF parameters, so none of them can be edited in the header unnoticed. */
export function keyWrapAad({ vaultId, kdf }: Pick<VaultHeader, 'vaultId' | 'kdf'>): Uint8Array<ArrayBuffer> {
  const fields = ['rialto-vault/key', 1, vaultId, kdf.name, kdf.hash, kdf.iterations, kdf.salt]
  return new TextEncoder().encode(JSON.stringify(fields))
}

export async function wrapDataKey(
  dataKey: CryptoKey,
  keyEncryptionKey: CryptoKey,
  header: Pick<VaultHeader, 'vaultId' | 'kdf'>,
): Promise<WrappedDataKey> {
  const iv = randomBytes(12)
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, keyEncryptionKey, {
    name: 'AES-GCM',
    iv,
    additionalData: keyWrapAad(header),
  })
  return { wrap: 'AES-GCM', iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) }
}

/**
 * Recovers the data key. A wrong passphrase and an edited header look the same to AES-GCM (the tag does not
 * match), so both surface as `WrongPassphraseError`. `extractable` is only for re-wrapping on a passphrase change.
 */
export async function unwrapDataKey(
  keyEncryptionKey: CryptoKey,
  header: VaultHeader,
  { extractable = false }: { extractable?: boolean } = {},
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      decode(header.dataKey.wrapped),
      keyEncryptionKey,
      { name: 'AES-GCM', iv: decode(header.dataKey.iv), additionalData: keyWrapAad(header) },
      aesGcm256,
      extractable,
      ['encrypt', 'decrypt'],
    )
  } catch (error) {
    throw new WrongPassphraseError({ cause: error })
  }
}

/** Passphrase + header → non-extractable data key. */
export async function unlockDataKey(passphrase: string, header: VaultHeader): Promise<CryptoKey> {
  return unwrapDataKey(await deriveKeyEncryptionKey(passphrase, header.kdf), header)
}

/** Header fields were validated by `parseVaultHeader`, so a failure here is a programming error. */
function decode(base64: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(base64)
  if (!bytes) throw new Error(`Invalid base64 in a validated header: ${base64}`)
  return bytes
}
