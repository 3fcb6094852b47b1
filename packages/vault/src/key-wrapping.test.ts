import { describe, expect, it } from 'vitest'
import { toBase64 } from './base64'
import { WrongPassphraseError } from './errors'
import { deriveKeyEncryptionKey, generateDataKey, unlockDataKey, unwrapDataKey, wrapDataKey } from './key-wrapping'
import { randomBytes } from './random-bytes'
import type { KdfParams, VaultHeader } from './vault-header'

async function headerFor(passphrase: string): Promise<VaultHeader> {
  const vaultId = toBase64(randomBytes(16))
  const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000, salt: toBase64(randomBytes(16)) }
  const keyEncryptionKey = await deriveKeyEncryptionKey(passphrase, kdf)
  const dataKey = await wrapDataKey(await generateDataKey(), keyEncryptionKey, { vaultId, kdf })
  return { format: 'rialto-vault', version: 1, vaultId, kdf, dataKey }
}

describe('key wrapping', () => {
  it('gives back a data key that cannot be exported', async () => {
    const dataKey = await unlockDataKey('p', await headerFor('p'))
    expect(dataKey.extractable).toBe(false)
    expect(dataKey.usages.sort()).toEqual(['decrypt', 'encrypt'])
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow()
  })

  it('derives a key-encryption key that can only wrap and unwrap', async () => {
    const header = await headerFor('p')
    const keyEncryptionKey = await deriveKeyEncryptionKey('p', header.kdf)
    expect(keyEncryptionKey.extractable).toBe(false)
    expect(keyEncryptionKey.usages.sort()).toEqual(['unwrapKey', 'wrapKey'])
  })

  it('unwraps the same data key that was wrapped', async () => {
    const header = await headerFor('p')
    const first = await unlockDataKey('p', header)
    const second = await unlockDataKey('p', header)
    const iv = randomBytes(12)
    const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, first, new Uint8Array([1, 2, 3]))
    expect(new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, second, ciphertext))).toEqual(
      new Uint8Array([1, 2, 3]),
    )
  })

  it('refuses a wrong passphrase', async () => {
    const header = await headerFor('p')
    await expect(unlockDataKey('q', header)).rejects.toThrow(WrongPassphraseError)
    await expect(unwrapDataKey(await deriveKeyEncryptionKey('q', header.kdf), header)).rejects.toThrow(
      WrongPassphraseError,
    )
  })
})
