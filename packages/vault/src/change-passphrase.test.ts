import { describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import { EmptyPassphraseError, StorageFullError, WrongPassphraseError } from './errors'
import { openVault } from './open-vault'
import type { VaultStorage } from './storage'
import { memoryStorage } from './testing/memory-storage'
import { recordingStorage } from './testing/recording-storage'
import { parseVaultHeader } from './vault-header'

const fast = { iterations: 1_000 }

function snapshot(storage: VaultStorage) {
  return Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key)]))
}

async function vaultWithRecords(storage = memoryStorage()) {
  const vault = await createVault(storage, 'old passphrase', fast)
  await vault.put('settings', { apiKey: 'sk-1' })
  await vault.put('conversation:1', { title: 't', messages: ['hello'] })
  return { storage, vault }
}

async function readAll(storage: VaultStorage, passphrase: string) {
  const vault = await openVault(storage, passphrase)
  return Promise.all(vault.list().map(async (id) => [id, (await vault.get(id))?.value]))
}

describe('changePassphrase', () => {
  it('re-wraps only the data key: one header write, records untouched', async () => {
    const { storage: inner } = await vaultWithRecords()
    const { storage, writes } = recordingStorage(inner)
    const vault = await openVault(storage, 'old passphrase')
    const before = snapshot(inner)
    await vault.changePassphrase('old passphrase', 'new passphrase', fast)
    expect(writes.map((write) => write.key)).toEqual(['header'])
    const after = snapshot(inner)
    expect({ ...after, header: null }).toEqual({ ...before, header: null })
    const oldHeader = parseVaultHeader(before.header ?? '')
    const newHeader = parseVaultHeader(after.header ?? '')
    expect(newHeader.vaultId).toBe(oldHeader.vaultId)
    expect(newHeader.kdf.salt).not.toBe(oldHeader.kdf.salt)
    await expect(openVault(inner, 'old passphrase')).rejects.toThrow(WrongPassphraseError)
    expect(await readAll(inner, 'new passphrase')).toEqual([
      ['conversation:1', { title: 't', messages: ['hello'] }],
      ['settings', { apiKey: 'sk-1' }],
    ])
    // The open handle keeps working: its data key did not change.
    expect((await vault.get('settings'))?.value).toEqual({ apiKey: 'sk-1' })
  })

  it('refuses a wrong old passphrase and changes nothing', async () => {
    const { storage, vault } = await vaultWithRecords()
    const before = snapshot(storage)
    await expect(vault.changePassphrase('not it', 'new', fast)).rejects.toThrow(WrongPassphraseError)
    await expect(vault.changePassphrase('old passphrase', '', fast)).rejects.toThrow(EmptyPassphraseError)
    expect(snapshot(storage)).toEqual(before)
  })

  it('raises the iterations to the default unless told otherwise', async () => {
    const { storage, vault } = await vaultWithRecords()
    await vault.changePassphrase('old passphrase', 'new passphrase')
    expect(parseVaultHeader(storage.getItem('header') ?? '').kdf.iterations).toBeGreaterThanOrEqual(600_000)
  })

  it('still opens with the old or the new passphrase, with no data lost, when interrupted at any write', async () => {
    const { storage: pristine } = await vaultWithRecords()
    const expected = await readAll(pristine, 'old passphrase')
    // One more than the writes a change makes, so the uninterrupted run is covered too.
    for (let crashAtWrite = 1; crashAtWrite <= 3; crashAtWrite++) {
      const inner = memoryStorage()
      for (const [key, value] of Object.entries(snapshot(pristine))) inner.setItem(key, value ?? '')
      const { storage } = recordingStorage(inner, { crashAtWrite })
      const vault = await openVault(storage, 'old passphrase')
      await vault.changePassphrase('old passphrase', 'new passphrase', fast).catch(() => undefined)
      const opensWith = []
      for (const passphrase of ['old passphrase', 'new passphrase']) {
        if (
          await openVault(inner, passphrase).then(
            () => true,
            () => false,
          )
        )
          opensWith.push(passphrase)
      }
      expect(opensWith).toHaveLength(1)
      expect(await readAll(inner, opensWith[0] ?? '')).toEqual(expected)
    }
  })

  it('reports a full storage and keeps the old passphrase working', async () => {
    const { storage: roomy } = await vaultWithRecords()
    const full = memoryStorage({ quotaBytes: roomy.usedBytes() })
    for (const [key, value] of Object.entries(snapshot(roomy))) full.setItem(key, value ?? '')
    const vault = await openVault(full, 'old passphrase')
    const before = snapshot(full)
    // 10,000 is one digit longer than 1,000, so the new header needs two more bytes than there are.
    const error = await vault.changePassphrase('old passphrase', 'new', { iterations: 10_000 }).catch((e) => e)
    expect(error).toBeInstanceOf(StorageFullError)
    expect(snapshot(full)).toEqual(before)
    await expect(openVault(full, 'old passphrase')).resolves.toBeDefined()
  })
})
