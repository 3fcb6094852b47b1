import { describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import { EmptyPassphraseError, VaultExistsError } from './errors'
import { memoryStorage } from './memory-storage'
import { openVault } from './open-vault'
import { parseVaultHeader } from './vault-header'

const fast = { iterations: 1_000 }

describe('createVault', () => {
  it('uses at least 600,000 PBKDF2 iterations by default and stores them in the header', async () => {
    const storage = memoryStorage()
    await createVault(storage, 'correct horse')
    const header = parseVaultHeader(storage.getItem('header') ?? '')
    expect(header.kdf.iterations).toBeGreaterThanOrEqual(600_000)
  })

  it('stores only the header, with a random 16-byte salt and vault id per vault', async () => {
    const first = memoryStorage()
    const second = memoryStorage()
    await createVault(first, 'same passphrase', fast)
    await createVault(second, 'same passphrase', fast)
    expect(first.keys()).toEqual(['header'])
    const a = parseVaultHeader(first.getItem('header') ?? '')
    const b = parseVaultHeader(second.getItem('header') ?? '')
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.vaultId).not.toBe(b.vaultId)
    expect(a.dataKey.wrapped).not.toBe(b.dataKey.wrapped)
    expect(first.getItem('header')).not.toContain('same passphrase')
  })

  it('never replaces an existing vault', async () => {
    const storage = memoryStorage()
    const vault = await createVault(storage, 'first', fast)
    await vault.put('settings', { apiKey: 'kept' })
    const before = storage.getItem('header')
    await expect(createVault(storage, 'second', fast)).rejects.toThrow(VaultExistsError)
    expect(storage.getItem('header')).toBe(before)
    expect((await (await openVault(storage, 'first')).get('settings'))?.value).toEqual({ apiKey: 'kept' })
  })

  it('refuses an empty passphrase, and iteration counts that would make a vault no reader opens', async () => {
    await expect(createVault(memoryStorage(), '', fast)).rejects.toThrow(EmptyPassphraseError)
    for (const iterations of [0, 1.5, 10_000_001]) {
      const storage = memoryStorage()
      await expect(createVault(storage, 'p', { iterations })).rejects.toThrow(RangeError)
      expect(storage.keys()).toEqual([])
    }
  })

  it('clears records orphaned by an interrupted wipe (they can never be decrypted)', async () => {
    const storage = memoryStorage()
    storage.setItem('record:old', '{"v":1}')
    storage.setItem('unrelated', 'kept')
    await createVault(storage, 'new', fast)
    expect(storage.keys().sort()).toEqual(['header', 'unrelated'])
  })
})
