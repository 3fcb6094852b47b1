import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { fromBase64, toBase64 } from './base64'
import { createVault } from './create-vault'
import { ConflictError, LockedError, StorageFullError, TamperedRecordError } from './errors'
import { openVault } from './open-vault'
import { bucketOf } from './revision-map'
import { serialQueue } from './serial-queue'
import type { VaultStorage } from './storage'
import { type MemoryStorage, memoryStorage } from './testing/memory-storage'
import { recordingStorage } from './testing/recording-storage'
import { damageCiphertext } from './testing/tamper'
import type { Vault } from './vault'

const fast = { iterations: 1_000 }
const passphrase = 'correct horse battery staple'

function snapshot(storage: VaultStorage) {
  return Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key)]))
}

function conversation(title: string, messageCount: number) {
  return {
    title,
    messages: Array.from({ length: messageCount }, (_, index) => ({ role: 'user', content: `message ${index}` })),
  }
}

let storage: MemoryStorage
let vault: Vault

beforeEach(async () => {
  storage = memoryStorage()
  vault = await createVault(storage, passphrase, fast)
})

describe('put and get', () => {
  it('round-trips arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.jsonValue(), async (id, value) => {
        await vault.put(id, value, { expectedRevision: (await vault.get(id))?.revision ?? 0 })
        expect((await vault.get(id))?.value).toEqual(JSON.parse(JSON.stringify(value)))
      }),
      { numRuns: 100 },
    )
  })

  it('reads back after reopening, and returns undefined for unknown ids', async () => {
    await vault.put('settings', { apiKey: 'sk-1', theme: 'dark' })
    const reopened = await openVault(storage, passphrase)
    expect(await reopened.get('settings')).toEqual({
      id: 'settings',
      revision: 1,
      value: { apiKey: 'sk-1', theme: 'dark' },
    })
    expect(await reopened.get('nothing')).toBeUndefined()
  })

  it('counts revisions up by one per save', async () => {
    expect(await vault.put('memory', ['a'])).toEqual({ id: 'memory', revision: 1 })
    expect(await vault.put('memory', ['a', 'b'])).toEqual({ id: 'memory', revision: 2 })
    expect((await vault.get('memory'))?.revision).toBe(2)
  })

  it('runs saves from one tab in order, so rapid saves do not conflict with each other', async () => {
    const saves = await Promise.all([1, 2, 3, 4, 5].map((n) => vault.put('c', { n })))
    expect(saves.map((save) => save.revision)).toEqual([1, 2, 3, 4, 5])
    expect((await vault.get('c'))?.value).toEqual({ n: 5 })
  })

  it('lists ids by prefix, sorted, and deletes', async () => {
    await vault.put('conversation:b', conversation('B', 1))
    await vault.put('conversation:a', conversation('A', 1))
    await vault.put('settings', {})
    expect(vault.list('conversation:')).toEqual(['conversation:a', 'conversation:b'])
    expect(vault.list()).toEqual(['conversation:a', 'conversation:b', 'settings'])
    await vault.delete('conversation:a')
    expect(vault.list('conversation:')).toEqual(['conversation:b'])
    expect(await vault.get('conversation:a')).toBeUndefined()
  })

  it('refuses an empty id', async () => {
    await expect(vault.put('', 1)).rejects.toThrow(TypeError)
  })
})

describe('what one save writes', () => {
  it('writes the saved conversation, one bucket of the revision map and its root, whatever the number of others', async () => {
    const mapBytes: number[] = []
    const recordBytes: number[] = []
    for (const others of [10, 200]) {
      const inner = memoryStorage()
      const { storage: recorded, writes } = recordingStorage(inner)
      const vault = await createVault(recorded, passphrase, fast)
      for (let index = 0; index < others; index++) await vault.put(`conversation:${index}`, conversation('t', 20))
      writes.length = 0
      await vault.put('conversation:0', conversation('t', 21), { expectedRevision: 1 })
      expect(writes.map((write) => write.key)).toEqual([
        'record:conversation:0',
        `revisions:${bucketOf('conversation:0')}`,
        'revisions:root',
      ])
      const size = (write: (typeof writes)[number]) => (write.kind === 'set' ? write.value.length : 0)
      recordBytes.push(size(writes[0] ?? { kind: 'remove', key: '' }))
      mapBytes.push(writes.slice(1).reduce((sum, write) => sum + size(write), 0))
    }
    // Same content, so the same size give or take base64 padding.
    expect(Math.abs((recordBytes[0] ?? 0) - (recordBytes[1] ?? 0))).toBeLessThanOrEqual(4)
    // The map's share grows with 1/64 of the records: a few entries more at 200 than at 10.
    expect(mapBytes[1] ?? Number.POSITIVE_INFINITY).toBeLessThan(1_200)
  })
})

describe('nothing readable at rest', () => {
  it('stores no plaintext, neither as text nor base64-decoded', async () => {
    const [title, apiKey, memory] = ['SECRET-TITLE-7f3a', 'sk-venice-API-KEY-0042', 'private memory about Zanzibar']
    const secrets = [title, apiKey, memory, passphrase]
    await vault.put('settings', { veniceApiKey: apiKey })
    await vault.put('memory', [memory])
    await vault.put('conversation:1', { title, messages: [{ role: 'user', content: memory }] })
    const file = await vault.exportFile()
    const stored = [...storage.keys(), ...storage.keys().map((key) => storage.getItem(key) ?? ''), file]
    // Every base64-looking run, decoded as bytes, read as Latin-1 and UTF-8.
    const decoded = stored.flatMap((text) =>
      (text.match(/[A-Za-z0-9+/]{8,}={0,2}/g) ?? []).flatMap((run) => {
        const bytes = fromBase64(run.padEnd(Math.ceil(run.length / 4) * 4, '=')) ?? new Uint8Array()
        return [String.fromCharCode(...bytes), new TextDecoder().decode(bytes)]
      }),
    )
    for (const text of [...stored, ...decoded]) {
      for (const secret of secrets) {
        expect(text).not.toContain(secret)
        expect(text).not.toContain(toBase64(new TextEncoder().encode(secret)).slice(0, 12))
      }
    }
  })
})

describe('tampering', () => {
  async function expectTampered(id: string, stored: string) {
    const original = storage.getItem(`record:${id}`)
    storage.setItem(`record:${id}`, stored)
    const reader = await openVault(storage, passphrase)
    const error = await reader.get(id).catch((caught) => caught)
    expect(error).toBeInstanceOf(TamperedRecordError)
    expect(error.recordId).toBe(id)
    expect(error.message).toContain(id)
    if (original !== null) storage.setItem(`record:${id}`, original)
  }

  it('rejects a flip of every byte of the IV, ciphertext and tag of a stored record', async () => {
    await vault.put('memory', 'hi')
    const stored = storage.getItem('record:memory') ?? ''
    const envelope = JSON.parse(stored)
    const bytes = [...(fromBase64(envelope.iv) ?? []), ...(fromBase64(envelope.ct) ?? [])]
    expect(bytes).toHaveLength(12 + 4 + 16)
    for (let position = 0; position < bytes.length; position++) {
      const flipped = new Uint8Array(bytes)
      flipped[position] = (flipped[position] ?? 0) ^ 0x01
      const tampered = { ...envelope, iv: toBase64(flipped.slice(0, 12)), ct: toBase64(flipped.slice(12)) }
      await expectTampered('memory', JSON.stringify(tampered))
    }
  })

  it('rejects the stored record cut short at every length', async () => {
    await vault.put('memory', 'hi')
    const stored = storage.getItem('record:memory') ?? ''
    for (let length = 0; length < stored.length; length++) await expectTampered('memory', stored.slice(0, length))
  })

  it('rejects two records whose ciphertexts were swapped between ids', async () => {
    await vault.put('conversation:a', conversation('A', 2))
    await vault.put('conversation:b', conversation('B', 2))
    const a = storage.getItem('record:conversation:a') ?? ''
    const b = storage.getItem('record:conversation:b') ?? ''
    storage.setItem('record:conversation:a', b)
    storage.setItem('record:conversation:b', a)
    const reader = await openVault(storage, passphrase)
    await expect(reader.get('conversation:a')).rejects.toThrow(TamperedRecordError)
    await expect(reader.get('conversation:b')).rejects.toThrow(TamperedRecordError)
  })

  it('rejects a record copied in from another vault with the same passphrase', async () => {
    const other = memoryStorage()
    const otherVault = await createVault(other, passphrase, fast)
    await otherVault.put('settings', { apiKey: 'other' })
    await vault.put('settings', { apiKey: 'mine' })
    await expectTampered('settings', other.getItem('record:settings') ?? '')
  })

  it('does not overwrite a damaged record on save: it reports it and leaves it as found', async () => {
    await vault.put('memory', 'hi')
    const damaged = damageCiphertext(storage.getItem('record:memory') ?? '')
    storage.setItem('record:memory', damaged)
    await expect(vault.put('memory', 'new', { expectedRevision: 1 })).rejects.toThrow(TamperedRecordError)
    expect(storage.getItem('record:memory')).toBe(damaged)
    // Deleting is how the user gets rid of it.
    await vault.delete('memory')
    expect(vault.list()).toEqual([])
  })

  it('detects an older copy of a record replayed over a newer one this session has seen', async () => {
    await vault.put('settings', { apiKey: 'old' })
    const old = storage.getItem('record:settings') ?? ''
    await vault.put('settings', { apiKey: 'new' })
    storage.setItem('record:settings', old)
    const error = await vault.get('settings').catch((caught) => caught)
    expect(error).toBeInstanceOf(TamperedRecordError)
    expect(error.reason).toBe('rollback')
    await expect(vault.put('settings', { apiKey: 'newer' })).rejects.toThrow(TamperedRecordError)
    expect(storage.getItem('record:settings')).toBe(old)
  })

  it('refuses an older copy of one record replayed while the others moved on, after a fresh unlock too', async () => {
    await vault.put('settings', { apiKey: 'old' })
    await vault.put('conversation:a', conversation('a', 1))
    const old = storage.getItem('record:settings') ?? ''
    await vault.put('settings', { apiKey: 'new' })
    storage.setItem('record:settings', old)
    const fresh = await openVault(storage, passphrase)
    expect(fresh.integrity).toEqual({ rolledBack: ['settings'], missing: [], mapOutdated: false })
    await expect(fresh.get('settings')).rejects.toMatchObject({ name: 'TamperedRecordError', reason: 'rollback' })
    await expect(fresh.put('settings', { apiKey: 'x' })).rejects.toThrow(TamperedRecordError)
    expect((await fresh.get('conversation:a'))?.value).toEqual(conversation('a', 1))
    expect(storage.getItem('record:settings')).toBe(old)
  })

  it('reports a record deleted outside Rialto after a fresh unlock', async () => {
    await vault.put('conversation:a', conversation('a', 1))
    await vault.put('conversation:b', conversation('b', 1))
    storage.removeItem('record:conversation:a')
    const fresh = await openVault(storage, passphrase)
    expect(fresh.integrity).toEqual({ rolledBack: [], missing: ['conversation:a'], mapOutdated: false })
    // Deleting it in Rialto is how the user acknowledges it.
    await fresh.delete('conversation:a')
    expect((await openVault(storage, passphrase)).integrity.missing).toEqual([])
  })

  it('says the map is outdated when it was put back together with a record', async () => {
    await vault.put('settings', { apiKey: 'old' })
    const oldCopy = snapshot(storage)
    for (const title of ['a', 'b', 'c']) await vault.put(`conversation:${title}`, conversation(title, 1))
    await vault.put('settings', { apiKey: 'new' })
    // The whole map and the one record rolled back; the conversations written since stay.
    for (const [key, value] of Object.entries(oldCopy))
      if (key !== 'header' && value !== null) storage.setItem(key, value)
    const fresh = await openVault(storage, passphrase)
    expect(fresh.integrity.mapOutdated).toBe(true)
  })

  it('takes a map one write behind (a tab closed between the record and the map) as normal, and repairs it', async () => {
    await vault.put('settings', { apiKey: 'one' })
    const { storage: crashing } = recordingStorage(storage, { crashAtWrite: 2 })
    const dying = await openVault(crashing, passphrase)
    await expect(dying.put('settings', { apiKey: 'two' }, { expectedRevision: 1 })).rejects.toThrow(/Simulated crash/)
    const fresh = await openVault(storage, passphrase)
    expect(fresh.integrity).toEqual({ rolledBack: [], missing: [], mapOutdated: false })
    expect((await fresh.get('settings'))?.value).toEqual({ apiKey: 'two' })
    expect((await openVault(storage, passphrase)).integrity).toEqual({
      rolledBack: [],
      missing: [],
      mapOutdated: false,
    })
  })

  it('builds the map on the first unlock of a vault that has none, so later rollbacks are caught', async () => {
    await vault.put('settings', { apiKey: 'old' })
    const old = storage.getItem('record:settings') ?? ''
    await vault.put('settings', { apiKey: 'new' })
    for (const key of storage.keys()) if (key.startsWith('revisions:')) storage.removeItem(key)
    expect((await openVault(storage, passphrase)).integrity).toEqual({
      rolledBack: [],
      missing: [],
      mapOutdated: false,
    })
    storage.setItem('record:settings', old)
    expect((await openVault(storage, passphrase)).integrity.rolledBack).toEqual(['settings'])
  })
})

describe('storage full', () => {
  it('fails loudly with StorageFullError and keeps every earlier value intact', async () => {
    const small = memoryStorage({ quotaBytes: 6_000 })
    const vault = await createVault(small, passphrase, fast)
    await vault.put('conversation:1', conversation('first', 10))
    await vault.put('settings', { apiKey: 'sk' })
    const before = snapshot(small)
    const error = await vault.put('conversation:1', conversation('first', 200)).catch((caught) => caught)
    expect(error).toBeInstanceOf(StorageFullError)
    expect(error.message).toMatch(/full/)
    await expect(vault.put('conversation:2', conversation('second', 200))).rejects.toThrow(StorageFullError)
    expect(snapshot(small)).toEqual(before)
    const reopened = await openVault(small, passphrase)
    expect((await reopened.get('conversation:1'))?.value).toEqual(conversation('first', 10))
    // The failed save did not advance the revision, so the next one still fits the expectation.
    await expect(vault.put('conversation:1', conversation('first', 11))).resolves.toEqual({
      id: 'conversation:1',
      revision: 2,
    })
  })
})

describe('two tabs', () => {
  it('refuses a stale save with ConflictError, and loses neither tab’s write', async () => {
    await vault.put('conversation:1', conversation('t', 1))
    const tabA = await openVault(storage, passphrase)
    const tabB = await openVault(storage.openTab(), passphrase)
    await tabA.get('conversation:1')
    await tabB.get('conversation:1')
    await tabA.put('conversation:1', conversation('from A', 2))
    const error = await tabB.put('conversation:1', conversation('from B', 2)).catch((caught) => caught)
    expect(error).toBeInstanceOf(ConflictError)
    expect(error).toMatchObject({ recordId: 'conversation:1', expectedRevision: 1, actualRevision: 2 })
    const reloaded = await tabB.get('conversation:1')
    expect(reloaded?.value).toEqual(conversation('from A', 2))
    await tabB.put('conversation:1', conversation('from B after reload', 3))
    expect((await tabA.get('conversation:1'))?.revision).toBe(3)
  })

  it('refuses creating a record another tab created first', async () => {
    const tabB = await openVault(storage.openTab(), passphrase)
    await vault.put('settings', { from: 'A' })
    await expect(tabB.put('settings', { from: 'B' })).rejects.toThrow(ConflictError)
    expect((await tabB.get('settings'))?.value).toEqual({ from: 'A' })
  })

  it('refuses a save when another tab wrote while this one was encrypting', async () => {
    await vault.put('c', 1)
    await vault.put('c', 'from B')
    const fromB = storage.getItem('record:c') ?? ''
    await vault.delete('c')
    await vault.put('c', 1)
    // The second read of the record is the check just before writing: the other tab's write lands right then.
    let reads = 0
    const racing: VaultStorage = {
      ...storage,
      getItem(key) {
        if (key === 'record:c' && ++reads === 2) storage.setItem(key, fromB)
        return storage.getItem(key)
      },
    }
    const tabA = await openVault(racing, passphrase)
    await expect(tabA.put('c', 2, { expectedRevision: 1 })).rejects.toThrow(ConflictError)
    expect(storage.getItem('record:c')).toBe(fromB)
  })

  it('refuses deleting a record another tab changed since it was read', async () => {
    await vault.put('c', 1)
    const tabB = await openVault(storage.openTab(), passphrase)
    await tabB.put('c', 2, { expectedRevision: 1 })
    await expect(vault.delete('c')).rejects.toThrow(ConflictError)
    expect((await vault.get('c'))?.value).toBe(2)
  })
})

describe('lock', () => {
  it('makes every use throw LockedError until reopened', async () => {
    await vault.put('settings', { apiKey: 'sk' })
    vault.lock()
    expect(vault.locked).toBe(true)
    await expect(vault.get('settings')).rejects.toThrow(LockedError)
    await expect(vault.put('settings', {})).rejects.toThrow(LockedError)
    await expect(vault.delete('settings')).rejects.toThrow(LockedError)
    await expect(vault.exportFile()).rejects.toThrow(LockedError)
    await expect(vault.importFile('{}', passphrase)).rejects.toThrow(LockedError)
    await expect(vault.changePassphrase(passphrase, 'x', fast)).rejects.toThrow(LockedError)
    expect(() => vault.list()).toThrow(LockedError)
    expect(() => vault.onExternalChange(() => undefined)).toThrow(LockedError)
    expect(new LockedError().message).toBe('The vault is locked. Unlock it with your passphrase.')
    expect((await (await openVault(storage, passphrase)).get('settings'))?.value).toEqual({ apiKey: 'sk' })
  })

  it('hands out no plaintext from a read that finishes after the lock', async () => {
    await vault.put('settings', { apiKey: 'sk' })
    const reading = vault.get('settings')
    vault.lock()
    await expect(reading).rejects.toThrow(LockedError)
  })

  it('still completes a save that was already encrypting (the ciphertext is written, not lost)', async () => {
    const saving = vault.put('settings', { apiKey: 'sk' })
    vault.lock()
    await saving
    expect((await (await openVault(storage, passphrase)).get('settings'))?.value).toEqual({ apiKey: 'sk' })
  })
})

describe('two tabs saving at the same moment', () => {
  it('runs each read-modify-write under the storage’s cross-tab lock, so two tabs never interleave', async () => {
    const lock = serialQueue()
    const log: string[] = []
    const tab = (name: string, inner: VaultStorage): VaultStorage => ({
      ...inner,
      getItem: (key) => {
        log.push(`${name} read ${key}`)
        return inner.getItem(key)
      },
      setItem: (key, value) => {
        log.push(`${name} write ${key}`)
        inner.setItem(key, value)
      },
      exclusive: (task) =>
        lock(async () => {
          log.push(`${name} enter`)
          try {
            return await task()
          } finally {
            log.push(`${name} leave`)
          }
        }),
    })
    const tabA = await openVault(tab('A', storage), passphrase)
    const tabB = await openVault(tab('B', storage.openTab()), passphrase)
    log.length = 0
    await Promise.all([tabA.put('conversation:a', 1), tabB.put('conversation:b', 2)])
    // Every storage access of a tab happens between its own enter and leave.
    let inside: string | undefined
    for (const entry of log) {
      const [name, action] = entry.split(' ')
      if (action === 'enter') {
        expect(inside, 'a tab entered while the other was inside').toBeUndefined()
        inside = name
      } else if (action === 'leave') inside = undefined
      else expect(name, `${entry} outside its lock`).toBe(inside)
    }
    expect(log.filter((entry) => entry.endsWith('enter'))).toHaveLength(2)
    expect((await tabA.get('conversation:b'))?.value).toBe(2)
  })
})
