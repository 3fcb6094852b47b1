import { createVault } from '@rialto/vault/create-vault'
import { memoryStorage } from '@rialto/vault/testing/memory-storage'
import { describe, expect, it } from 'vitest'
import type { StoredMessage } from '../conversations/conversation'
import { createChatStore } from '../store/chat-store'
import { absorbImport } from './absorb-import'

const passphrase = 'correct horse battery staple'
const iterations = 1_000

let clock = 1_760_000_000_000
const message = (role: StoredMessage['role'], content: string): StoredMessage => ({
  id: crypto.randomUUID(),
  role,
  content,
  at: clock++,
})

async function freshStore(storage = memoryStorage()) {
  const vault = await createVault(storage, passphrase, { iterations })
  return { storage, vault, store: createChatStore(vault) }
}

describe('absorbing an imported backup', () => {
  it('merges memories from an import and drops the duplicate settings and index copies', async () => {
    const source = await freshStore()
    await source.store.addMemory('imported fact')
    await source.store.updateSettings({ apiKey: 'sk-other' })
    const conversation = await source.store.startConversation(message('user', 'imported chat'))
    const file = await source.vault.exportFile()

    const target = await freshStore()
    await target.store.addMemory('local fact')
    await target.store.updateSettings({ apiKey: 'sk-local' })
    await target.store.startConversation(message('user', 'local chat'))
    const report = await target.vault.importFile(file, passphrase)
    const absorbed = await absorbImport(target.vault, target.store, report)

    expect(absorbed).toEqual({ memoriesMerged: 1, settingsKeptLocal: true, conversationsKeptBoth: 0 })
    // Memories are kept in the order they were made, wherever they come from.
    expect((await target.store.readMemories()).memories.map((m) => m.text)).toEqual(['imported fact', 'local fact'])
    expect((await target.store.readSettings()).apiKey).toBe('sk-local')
    expect(target.vault.list().filter((id) => id.includes('(imported'))).toEqual([])
    expect((await target.store.readIndex()).map((s) => s.id)).toContain(conversation.id)
  })

  it('keeps an imported conversation that differs from ours beside it, marked as imported', async () => {
    const { storage, vault, store } = await freshStore()
    const conversation = await store.startConversation(message('user', 'before the backup'))
    const file = await vault.exportFile()
    await store.addMessage(conversation.id, message('user', 'after the backup'))

    const report = await vault.importFile(file, passphrase)
    expect(await absorbImport(vault, store, report)).toMatchObject({ conversationsKeptBoth: 1 })
    const titles = (await store.readIndex()).map((summary) => summary.title).sort()
    expect(titles).toEqual(['before the backup', 'before the backup (imported)'])
    const ours = await store.readConversation(conversation.id)
    expect(ours?.messages.map((m) => m.content)).toEqual(['before the backup', 'after the backup'])
    expect(storage.keys().length).toBeGreaterThan(0)
  })
})
