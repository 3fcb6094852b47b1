import { beforeAll, describe, expect, it } from 'vitest'
import { createVault } from './create-vault'
import { InvalidExportError, TamperedRecordError, UnsupportedVersionError, WrongPassphraseError } from './errors'
import { openExportFile, sealExportFile } from './export-file'
import { unlockDataKey } from './key-wrapping'
import { memoryStorage } from './testing/memory-storage'
import { damageCiphertext } from './testing/tamper'
import type { Vault } from './vault'
import { parseVaultHeader } from './vault-header'

const fast = { iterations: 1_000 }
let vault: Vault
let file: string

beforeAll(async () => {
  const storage = memoryStorage()
  vault = await createVault(storage, 'backup passphrase', fast)
  await vault.put('settings', { apiKey: 'sk-1' })
  await vault.put('conversation:a', { title: 'A', messages: ['hi'] })
  await vault.put('conversation:b', { title: 'B', messages: [] })
  file = await vault.exportFile()
})

function edit(text: string, change: (file: { header: string; records: [string, string][]; seal: object }) => void) {
  const parsed = JSON.parse(text)
  change(parsed)
  return JSON.stringify(parsed)
}

describe('exportFile / openExportFile', () => {
  it('carries the header and every record, and opens with the passphrase alone', async () => {
    const parsed = JSON.parse(file)
    expect(parsed).toMatchObject({ format: 'rialto-vault-export', version: 1 })
    expect(JSON.parse(parsed.header).vaultId).toBe(vault.vaultId)
    const opened = await openExportFile(file, 'backup passphrase')
    expect(opened.records).toEqual([
      { id: 'conversation:a', value: { title: 'A', messages: ['hi'] } },
      { id: 'conversation:b', value: { title: 'B', messages: [] } },
      { id: 'settings', value: { apiKey: 'sk-1' } },
    ])
  })

  it('refuses a wrong passphrase', async () => {
    await expect(openExportFile(file, 'guess')).rejects.toThrow(WrongPassphraseError)
  })

  it('refuses the file cut short at any point', async () => {
    for (let length = 0; length < file.length; length += 7) {
      await expect(openExportFile(file.slice(0, length), 'backup passphrase')).rejects.toThrow(InvalidExportError)
    }
  })

  it('refuses a dropped, duplicated, reordered or replaced record although each one is valid on its own', async () => {
    const edits = [
      edit(file, (f) => f.records.pop()),
      edit(file, (f) => f.records.reverse()),
      edit(file, (f) => {
        const [first, second] = f.records
        if (first && second) f.records[0] = [first[0], second[1]]
      }),
    ]
    for (const tampered of edits) {
      const error = await openExportFile(tampered, 'backup passphrase').catch((e) => e)
      expect(error).toBeInstanceOf(InvalidExportError)
      expect(error.reason).toBe('altered')
    }
    const duplicated = edit(file, (f) => f.records.push(f.records[0] ?? ['', '']))
    await expect(openExportFile(duplicated, 'backup passphrase')).rejects.toThrow(InvalidExportError)
  })

  it('refuses a changed byte in the seal', async () => {
    const { seal } = JSON.parse(file)
    const flipped = `${seal.tag[0] === 'A' ? 'B' : 'A'}${seal.tag.slice(1)}`
    const tampered = edit(file, (f) => {
      f.seal = { ...seal, tag: flipped }
    })
    await expect(openExportFile(tampered, 'backup passphrase')).rejects.toThrow(InvalidExportError)
  })

  it('refuses to export a damaged record, naming it, rather than write a backup that would not import', async () => {
    const storage = memoryStorage()
    const other = await createVault(storage, 'p', fast)
    await other.put('x', 'fine')
    storage.setItem('record:x', damageCiphertext(storage.getItem('record:x') ?? ''))
    await expect(other.exportFile()).rejects.toThrow(TamperedRecordError)
  })

  it('names a damaged record inside a file whose seal is intact (a second line behind the seal)', async () => {
    const { header, records } = JSON.parse(file)
    const dataKey = await unlockDataKey('backup passphrase', parseVaultHeader(header))
    const [id, envelope] = records[0]
    const damaged: [string, string][] = [[id, damageCiphertext(envelope)]]
    const resealed = await sealExportFile({ dataKey, header, records: damaged })
    const error = await openExportFile(resealed, 'backup passphrase').catch((e) => e)
    expect(error).toBeInstanceOf(TamperedRecordError)
    expect(error.recordId).toBe(id)
  })

  it('reports a newer export format as unsupported and a foreign file as unreadable', async () => {
    await expect(
      openExportFile(
        edit(file, (f) => Object.assign(f, { version: 2 })),
        'p',
      ),
    ).rejects.toThrow(UnsupportedVersionError)
    for (const foreign of ['', '{}', '[]', '{"format":"rialto-vault-export","version":1}', 'PK\u0003\u0004']) {
      await expect(openExportFile(foreign, 'p')).rejects.toThrow(InvalidExportError)
    }
  })
})
