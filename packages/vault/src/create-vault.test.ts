import { describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import { EmptyPassphraseError, OrphanedRecordsError, VaultExistsError } from './errors'
import { openVault } from './open-vault'
import { memoryStorage } from './testing/memory-storage'
import { vaultState } from './vault-exists'
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

  it('refuses to create a vault over records whose header is missing, and leaves them as they were', async () => {
    const storage = memoryStorage()
    const old = await createVault(storage, 'old passphrase', fast)
    await old.put('conversation:a', { title: 'kept' })
    await old.put('settings', { apiKey: 'kept' })
    storage.removeItem('header')
    const before = new Map(storage.keys().map((key) => [key, storage.getItem(key)]))
    expect(vaultState(storage)).toEqual({ kind: 'orphaned', recordCount: 2 })

    await expect(createVault(storage, 'new passphrase', fast)).rejects.toThrow(OrphanedRecordsError)
    // A confirmation must name exactly what will be lost.
    await expect(createVault(storage, 'new passphrase', { ...fast, discardOrphanedRecords: 1 })).rejects.toThrow(
      OrphanedRecordsError,
    )
    expect(new Map(storage.keys().map((key) => [key, storage.getItem(key)]))).toEqual(before)
  })

  it('deletes orphaned records only when told how many the user agreed to lose', async () => {
    const storage = memoryStorage()
    storage.setItem('record:old', '{"v":1}')
    storage.setItem('unrelated', 'kept')
    await createVault(storage, 'new', { ...fast, discardOrphanedRecords: 1 })
    expect(storage.keys().sort()).toEqual(['header', 'unrelated'])
  })
})
