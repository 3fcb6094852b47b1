import { toBase64 } from '../base64'
import { deriveKeyEncryptionKey } from '../key-wrapping'
import { randomBytes } from '../random-bytes'
import { defaultIterations } from '../vault-header'

export { defaultIterations }

/** The key derivation an unlock starts with, alone (fresh salt, default iterations): what benchmarks compare with. */
export function deriveKeyAsUnlockDoes(passphrase: string): Promise<CryptoKey> {
  return deriveKeyEncryptionKey(passphrase, {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: defaultIterations,
    salt: toBase64(randomBytes(16)),
  })
}
