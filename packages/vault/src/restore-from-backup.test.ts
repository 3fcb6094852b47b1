import { describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import { ForeignBackupError, VaultExistsError, WrongPassphraseError } from './errors'
import { openVault } from './open-vault'
import { restoreFromBackup } from './restore-from-backup'
import { memoryStorage } from './testing/memory-storage'
import { vaultState } from './vault-exists'

const fast = { iterations: 1_000 }

/** A vault with two records and a backup of it, then a third record saved after the backup; then the header goes. */
async function vaultWithoutHeader() {
  const storage = memoryStorage()
  const vault = await createVault(storage, 'the passphrase', fast)
  await vault.put('conversation:a', { title: 'in the backup' })
  await vault.put('settings', { apiKey: 'sk-1' })
  const backup = await vault.exportFile()
  await vault.put('conversation:b', { title: 'saved after the backup' })
  vault.lock()
  storage.removeItem('header')
  return { storage, backup }
}

const snapshot = (storage: ReturnType<typeof memoryStorage>) =>
  new Map(storage.keys().map((key) => [key, storage.getItem(key)]))

describe('restoreFromBackup', () => {
  it('puts the header back from a backup, so records saved after the backup open again too', async () => {
    const { storage, backup } = await vaultWithoutHeader()
    expect(vaultState(storage)).toEqual({ kind: 'orphaned', recordCount: 3 })
    const { vault, report } = await restoreFromBackup(storage, backup, 'the passphrase')
    expect(report.recovered.sort()).toEqual(['conversation:a', 'conversation:b', 'settings'])
    expect(report.unreadable).toEqual([])
    expect(report.imported.unchanged.sort()).toEqual(['conversation:a', 'settings'])
    expect((await vault.get('conversation:b'))?.value).toEqual({ title: 'saved after the backup' })
    const reopened = await openVault(storage, 'the passphrase')
    expect((await reopened.get('conversation:a'))?.value).toEqual({ title: 'in the backup' })
  })

  it('brings back records that were lost with the header, without overwriting what is still here', async () => {
    const { storage, backup } = await vaultWithoutHeader()
    storage.removeItem('record:settings')
    const { vault, report } = await restoreFromBackup(storage, backup, 'the passphrase')
    expect(report.imported.added).toEqual(['settings'])
    expect((await vault.get('settings'))?.value).toEqual({ apiKey: 'sk-1' })
  })

  it('changes nothing with a backup of another vault, a wrong passphrase, or when a vault exists', async () => {
    const { storage } = await vaultWithoutHeader()
    const before = snapshot(storage)
    const other = await createVault(memoryStorage(), 'the passphrase', fast)
    await other.put('conversation:z', { title: 'elsewhere' })
    await expect(restoreFromBackup(storage, await other.exportFile(), 'the passphrase')).rejects.toThrow(
      ForeignBackupError,
    )
    const { backup } = await vaultWithoutHeader()
    await expect(restoreFromBackup(storage, backup, 'wrong passphrase')).rejects.toThrow(WrongPassphraseError)
    expect(snapshot(storage)).toEqual(before)

    const existing = memoryStorage()
    await createVault(existing, 'p', fast)
    await expect(restoreFromBackup(existing, backup, 'the passphrase')).rejects.toThrow(VaultExistsError)
  })
})
