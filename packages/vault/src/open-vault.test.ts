import { describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import { TamperedRecordError, UnsupportedVersionError, VaultNotFoundError, WrongPassphraseError } from './errors'
import { openVault } from './open-vault'
import type { VaultStorage } from './storage'
import { memoryStorage } from './testing/memory-storage'

const fast = { iterations: 1_000 }

function snapshot(storage: VaultStorage) {
  return Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key)]))
}

async function vaultWithSettings(passphrase = 'correct horse') {
  const storage = memoryStorage()
  const vault = await createVault(storage, passphrase, fast)
  await vault.put('settings', { apiKey: 'sk-test' })
  return storage
}

type StoredHeader = { version: number; vaultId: string; kdf: { iterations: number } }

function editHeader(storage: VaultStorage, edit: (header: StoredHeader) => void) {
  const header = JSON.parse(storage.getItem('header') ?? '')
  edit(header)
  storage.setItem('header', JSON.stringify(header))
}

describe('openVault', () => {
  it('opens with the passphrase and reads what was stored', async () => {
    const vault = await openVault(await vaultWithSettings(), 'correct horse')
    expect((await vault.get('settings'))?.value).toEqual({ apiKey: 'sk-test' })
  })

  it('says so plainly on a wrong passphrase, changes nothing, and allows another try', async () => {
    const storage = await vaultWithSettings()
    const before = snapshot(storage)
    for (const attempt of ['wrong', 'Correct horse', 'correct horse ', '']) {
      const error = await openVault(storage, attempt).catch((caught) => caught)
      expect(error).toBeInstanceOf(WrongPassphraseError)
      expect(error.message).toBe('That passphrase does not unlock this vault. Check it and try again.')
    }
    expect(snapshot(storage)).toEqual(before)
    await expect(openVault(storage, 'correct horse')).resolves.toBeDefined()
  })

  it('treats the passphrase in any Unicode normal form as the same passphrase', async () => {
    const storage = await vaultWithSettings('caf\u00e9')
    await expect(openVault(storage, 'cafe\u0301')).resolves.toBeDefined()
  })

  it('reports a missing vault', async () => {
    await expect(openVault(memoryStorage(), 'x')).rejects.toThrow(VaultNotFoundError)
  })

  it('reports a vault from a newer format version', async () => {
    const storage = await vaultWithSettings()
    editHeader(storage, (header) => {
      header.version = 2
    })
    await expect(openVault(storage, 'correct horse')).rejects.toThrow(UnsupportedVersionError)
  })

  it('reports a damaged header', async () => {
    const storage = await vaultWithSettings()
    storage.setItem('header', (storage.getItem('header') ?? '').slice(0, 40))
    const error = await openVault(storage, 'correct horse').catch((caught) => caught)
    expect(error).toBeInstanceOf(TamperedRecordError)
    expect(error.recordId).toBe('header')
  })

  it('does not open when the header’s vault id or KDF parameters were edited (they are bound to the wrapped key)', async () => {
    const edits: ((header: StoredHeader) => void)[] = [
      (header) => {
        header.vaultId = 'AQEBAQEBAQEBAQEBAQEBAQ=='
      },
      (header) => {
        header.kdf.iterations += 1
      },
    ]
    for (const edit of edits) {
      const storage = await vaultWithSettings()
      editHeader(storage, edit)
      await expect(openVault(storage, 'correct horse')).rejects.toThrow(WrongPassphraseError)
    }
  })
})
