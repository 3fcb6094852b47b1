import { beforeEach, describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import {
  ConflictError,
  InvalidExportError,
  StorageFullError,
  TamperedRecordError,
  WrongPassphraseError,
} from './errors'
import { openVault } from './open-vault'
import type { VaultStorage } from './storage'
import { type MemoryStorage, memoryStorage } from './testing/memory-storage'
import { recordingStorage } from './testing/recording-storage'
import { damageCiphertext } from './testing/tamper'
import type { Vault } from './vault'

const fast = { iterations: 1_000 }

function snapshot(storage: VaultStorage) {
  return Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key)]))
}

async function values(vault: Vault) {
  return Object.fromEntries(await Promise.all(vault.list().map(async (id) => [id, (await vault.get(id))?.value])))
}

let file: string
let storage: MemoryStorage
let vault: Vault

beforeEach(async () => {
  const source = await createVault(memoryStorage(), 'laptop passphrase', fast)
  await source.put('settings', { apiKey: 'sk-laptop' })
  await source.put('conversation:shared', { title: 'Same', messages: ['hi'] })
  await source.put('conversation:laptop', { title: 'Only on laptop', messages: [] })
  file = await source.exportFile()
  storage = memoryStorage()
  vault = await createVault(storage, 'phone passphrase', fast)
  await vault.put('settings', { apiKey: 'sk-phone' })
  await vault.put('conversation:shared', { title: 'Same', messages: ['hi'] })
  await vault.put('conversation:phone', { title: 'Only on phone', messages: [] })
})

describe('importFile', () => {
  it('restores into an empty vault', async () => {
    const fresh = await createVault(memoryStorage(), 'new device', fast)
    const report = await fresh.importFile(file, 'laptop passphrase')
    expect(report.added.sort()).toEqual(['conversation:laptop', 'conversation:shared', 'settings'])
    expect(await values(fresh)).toEqual({
      'conversation:laptop': { title: 'Only on laptop', messages: [] },
      'conversation:shared': { title: 'Same', messages: ['hi'] },
      settings: { apiKey: 'sk-laptop' },
    })
  })

  it('merges: adds what is new, skips what is identical, keeps both when they differ', async () => {
    const report = await vault.importFile(file, 'laptop passphrase')
    expect(report).toEqual({
      added: ['conversation:laptop'],
      unchanged: ['conversation:shared'],
      keptBoth: [{ id: 'settings', importedAs: 'settings (imported)' }],
    })
    expect(await values(vault)).toEqual({
      'conversation:laptop': { title: 'Only on laptop', messages: [] },
      'conversation:phone': { title: 'Only on phone', messages: [] },
      'conversation:shared': { title: 'Same', messages: ['hi'] },
      settings: { apiKey: 'sk-phone' },
      'settings (imported)': { apiKey: 'sk-laptop' },
    })
  })

  it('never overwrites: every local value survives any import, and importing twice adds nothing more', async () => {
    const before = await values(vault)
    await vault.importFile(file, 'laptop passphrase')
    const once = await values(vault)
    for (const [id, value] of Object.entries(before)) expect(once[id]).toEqual(value)
    const again = await vault.importFile(file, 'laptop passphrase')
    expect(again.added).toEqual([])
    expect(again.keptBoth).toEqual([])
    expect(await values(vault)).toEqual(once)
  })

  it('numbers further copies when "(imported)" is already taken by something else', async () => {
    await vault.put('settings (imported)', { apiKey: 'unrelated' })
    const report = await vault.importFile(file, 'laptop passphrase')
    expect(report.keptBoth).toEqual([{ id: 'settings', importedAs: 'settings (imported 2)' }])
  })

  it('keeps a damaged local record untouched and stores the incoming one beside it', async () => {
    const damaged = damageCiphertext(storage.getItem('record:settings') ?? '')
    storage.setItem('record:settings', damaged)
    await vault.importFile(file, 'laptop passphrase')
    expect(storage.getItem('record:settings')).toBe(damaged)
    expect((await vault.get('settings (imported)'))?.value).toEqual({ apiKey: 'sk-laptop' })
  })

  it('rejects corrupt, truncated, tampered and wrong-passphrase files and writes nothing', async () => {
    const parsed = JSON.parse(file)
    const envelope = JSON.parse(parsed.records[0][1])
    const flippedRecord = JSON.stringify({
      ...parsed,
      records: [
        [parsed.records[0][0], JSON.stringify({ ...envelope, rev: envelope.rev + 1 })],
        ...parsed.records.slice(1),
      ],
    })
    const cases: [string, string, new (...args: never[]) => Error][] = [
      ['not json', 'laptop passphrase', InvalidExportError],
      [file.slice(0, file.length / 2), 'laptop passphrase', InvalidExportError],
      [file.slice(0, -1), 'laptop passphrase', InvalidExportError],
      [JSON.stringify({ ...parsed, records: parsed.records.slice(1) }), 'laptop passphrase', InvalidExportError],
      [flippedRecord, 'laptop passphrase', InvalidExportError],
      [
        JSON.stringify({ ...parsed, header: parsed.header.replace('"iterations":1000', '"iterations":1001') }),
        'laptop passphrase',
        WrongPassphraseError,
      ],
      [JSON.stringify({ ...parsed, header: parsed.header.slice(1) }), 'laptop passphrase', TamperedRecordError],
      [file, 'phone passphrase', WrongPassphraseError],
    ]
    const before = snapshot(storage)
    for (const [text, passphrase, expected] of cases) {
      await expect(vault.importFile(text, passphrase)).rejects.toThrow(expected)
      expect(snapshot(storage)).toEqual(before)
    }
  })

  it('does not overwrite a record another tab creates while the import runs', async () => {
    // The second read of the record is the import's save; the other tab's write lands just before it.
    const otherTab = await openVault(storage.openTab(), 'phone passphrase')
    await otherTab.put('conversation:laptop', { title: 'Written in the other tab' })
    const written = storage.getItem('record:conversation:laptop') ?? ''
    await otherTab.delete('conversation:laptop')
    let reads = 0
    const racing: VaultStorage = {
      ...storage,
      getItem(key) {
        if (key === 'record:conversation:laptop' && ++reads === 2) storage.setItem(key, written)
        return storage.getItem(key)
      },
    }
    const importing = await openVault(racing, 'phone passphrase')
    await expect(importing.importFile(file, 'laptop passphrase')).rejects.toThrow(ConflictError)
    expect(storage.getItem('record:conversation:laptop')).toBe(written)
  })

  it('removes what it added if storage fills up halfway, leaving the vault as it was', async () => {
    const roomy = memoryStorage()
    const big = await createVault(roomy, 'p', fast)
    for (let index = 0; index < 5; index++) await big.put(`conversation:${index}`, { text: 'x'.repeat(500) })
    const bigFile = await big.exportFile()
    const small = memoryStorage({ quotaBytes: 5_000 })
    const { storage: recorded, writes } = recordingStorage(small)
    const target = await createVault(recorded, 'p', fast)
    await target.put('settings', { apiKey: 'kept' })
    const before = snapshot(small)
    await expect(target.importFile(bigFile, 'p')).rejects.toThrow(StorageFullError)
    // Some records did fit before the quota ran out, and were taken back out.
    expect(writes.filter((write) => write.kind === 'remove').length).toBeGreaterThan(0)
    // The revision map moved on (it recorded the additions and their removal); the records are as they were.
    const records = (stored: Record<string, string | null>) =>
      Object.fromEntries(Object.entries(stored).filter(([key]) => !key.startsWith('revisions:')))
    expect(records(snapshot(small))).toEqual(records(before))
    expect((await openVault(small, 'p')).integrity).toEqual({ rolledBack: [], missing: [], mapOutdated: false })
  })
})
