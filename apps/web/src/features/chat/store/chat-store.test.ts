import { createVault } from '@rialto/vault/create-vault'
import { StorageFullError, TamperedRecordError, VaultError } from '@rialto/vault/errors'
import { openVault } from '@rialto/vault/open-vault'
import type { VaultStorage } from '@rialto/vault/storage'
import { type MemoryStorage, memoryStorage } from '@rialto/vault/testing/memory-storage'
import { recordingStorage } from '@rialto/vault/testing/recording-storage'
import { damageCiphertext } from '@rialto/vault/testing/tamper'
import { describe, expect, it } from 'vitest'
import type { StoredMessage } from '../conversations/conversation'
import { DamagedConversationError } from '../conversations/damaged-conversation'
import { ConversationDeletedError, conversationRecordId, createChatStore, recordIds } from './chat-store'

const passphrase = 'correct horse battery staple'
// Tests need the format, not the slowness: real vaults use 600,000 iterations.
const iterations = 1_000

let clock = 1_760_000_000_000
const message = (role: StoredMessage['role'], content: string): StoredMessage => ({
  id: crypto.randomUUID(),
  role,
  content,
  at: clock++,
})

/**
 * A second tab whose copy of one key lags behind, as a browser tab's does for a moment after another tab writes:
 * after `freeze(key)` it keeps reading the old value until it writes that key itself.
 */
function laggingTab(storage: MemoryStorage): { storage: VaultStorage; freeze: (key: string) => void } {
  const tab = storage.openTab()
  const frozen = new Map<string, string | null>()
  return {
    storage: {
      ...tab,
      getItem: (key) => (frozen.has(key) ? (frozen.get(key) ?? null) : tab.getItem(key)),
      setItem(key, value) {
        frozen.delete(key)
        tab.setItem(key, value)
      },
    },
    freeze: (key) => frozen.set(key, tab.getItem(key)),
  }
}

async function freshStore(storage = memoryStorage()) {
  const vault = await createVault(storage, passphrase, { iterations })
  return { storage, vault, store: createChatStore(vault) }
}

describe('the chat store over the vault', () => {
  it('keeps conversations, the index, memories and settings across a lock and unlock', async () => {
    const { storage, vault, store } = await freshStore()
    const first = await store.startConversation(message('user', 'What is DIEM?'))
    await store.addMessage(first.id, message('assistant', 'You said: What is DIEM?'))
    await store.addMemory('I live in Lisbon')
    await store.updateSettings({ apiKey: 'sk-secret', model: 'qwen3-4b' })
    vault.lock()

    const reopened = createChatStore(await openVault(storage, passphrase))
    expect(await reopened.readIndex()).toEqual([
      { id: first.id, title: 'What is DIEM?', updatedAt: expect.any(Number) },
    ])
    const conversation = await reopened.readConversation(first.id)
    expect(conversation?.messages.map((m) => m.content)).toEqual(['What is DIEM?', 'You said: What is DIEM?'])
    expect((await reopened.readMemories()).memories.map((m) => m.text)).toEqual(['I live in Lisbon'])
    expect(await reopened.readSettings()).toMatchObject({ apiKey: 'sk-secret', model: 'qwen3-4b', autoLockMinutes: 15 })
  })

  it('stores nothing readable: no title, message, memory or key in storage', async () => {
    const { storage, store } = await freshStore()
    const conversation = await store.startConversation(message('user', 'my secret plan'))
    await store.addMessage(conversation.id, message('assistant', 'a secret answer'))
    await store.addMemory('secret memory')
    await store.updateSettings({ apiKey: 'sk-very-secret' })
    const everything = storage
      .keys()
      .map((key) => key + (storage.getItem(key) ?? ''))
      .join('\n')
    for (const secret of ['secret plan', 'secret answer', 'secret memory', 'sk-very-secret']) {
      expect(everything).not.toContain(secret)
      expect(everything).not.toContain(btoa(secret))
    }
  })

  it('writes one record per message once the conversation is at the top of the list', async () => {
    const { storage, vault } = await freshStore()
    const seeding = createChatStore(vault)
    const older = await seeding.startConversation(message('user', 'older'))
    const newer = await seeding.startConversation(message('user', 'newer'))
    vault.lock()

    const recorded = recordingStorage(storage)
    // Each record write also updates the vault's revision map (one bucket and its root); that is the vault's own.
    const recordWrites = () => recorded.writes.map((write) => write.key).filter((key) => !key.startsWith('revisions:'))
    const store = createChatStore(await openVault(recorded.storage, passphrase))
    await store.addMessage(newer.id, message('assistant', 'answer to newer'))
    expect(recordWrites()).toEqual([`record:conversation:${newer.id}`])
    expect(recorded.writes).toHaveLength(3)

    // Talking in another conversation moves it to the top: that one save also rewrites the index.
    recorded.writes.length = 0
    await store.addMessage(older.id, message('user', 'back to older'))
    expect(recordWrites()).toEqual([`record:conversation:${older.id}`, `record:${recordIds.index}`])
    expect((await store.readIndex()).map((summary) => summary.id)).toEqual([older.id, newer.id])
  })

  it('keeps both tabs’ messages when they write to the same conversation', async () => {
    const { storage, store: tabA } = await freshStore()
    const conversation = await tabA.startConversation(message('user', 'shared'))
    const tabB = createChatStore(await openVault(storage.openTab(), passphrase))
    await tabB.readConversation(conversation.id)

    await tabA.addMessage(conversation.id, message('user', 'from A'))
    // B's handle last saw revision 1; its save conflicts, reloads, and adds its message to A's.
    await tabB.addMessage(conversation.id, message('user', 'from B'))
    const final = await tabA.readConversation(conversation.id)
    expect(final?.messages.map((m) => m.content)).toEqual(['shared', 'from A', 'from B'])
  })

  it('keeps both tabs’ conversations in the index, and both tabs’ memories', async () => {
    const { storage, store: tabA } = await freshStore()
    const tabB = createChatStore(await openVault(storage.openTab(), passphrase))
    await tabA.readIndex()
    await tabB.readIndex()
    const a = await tabA.startConversation(message('user', 'tab A chat'))
    const b = await tabB.startConversation(message('user', 'tab B chat'))
    await tabA.addMemory('fact from A')
    await tabB.addMemory('fact from B')
    expect(new Set((await tabA.readIndex()).map((s) => s.id))).toEqual(new Set([a.id, b.id]))
    expect((await tabB.readMemories()).memories.map((m) => m.text)).toEqual(['fact from A', 'fact from B'])
  })

  it('re-creates a conversation deleted in another tab rather than drop a new message', async () => {
    const { storage, store: tabA } = await freshStore()
    const conversation = await tabA.startConversation(message('user', 'first'))
    const tabB = createChatStore(await openVault(storage.openTab(), passphrase))
    await tabB.deleteConversation(conversation.id)
    const saved = await tabA.addMessage(conversation.id, message('user', 'typed meanwhile'))
    expect(saved.messages.map((m) => m.content)).toEqual(['typed meanwhile'])
    expect((await tabB.readIndex()).map((s) => s.id)).toEqual([conversation.id])
  })

  it('says so when renaming a conversation that another tab deleted', async () => {
    const { storage, store: tabA } = await freshStore()
    const conversation = await tabA.startConversation(message('user', 'soon gone'))
    const tabB = createChatStore(await openVault(storage.openTab(), passphrase))
    await tabB.deleteConversation(conversation.id)
    await expect(tabA.rename(conversation.id, 'New name')).rejects.toBeInstanceOf(ConversationDeletedError)
  })

  it('renames, removes answers for a regenerate, and deletes', async () => {
    const { store } = await freshStore()
    const conversation = await store.startConversation(message('user', 'question'))
    const answer = message('assistant', 'answer')
    await store.addMessage(conversation.id, answer)
    await store.rename(conversation.id, '  Renamed  ')
    expect((await store.readIndex())[0]?.title).toBe('Renamed')
    const trimmed = await store.removeMessages(conversation.id, new Set([answer.id]))
    expect(trimmed.messages.map((m) => m.content)).toEqual(['question'])
    await store.deleteConversation(conversation.id)
    expect(await store.readIndex()).toEqual([])
    expect(await store.readConversation(conversation.id)).toBeUndefined()
  })

  it('repairs the index from the stored records, decrypting only those it does not list', async () => {
    const { storage, vault, store } = await freshStore()
    const kept = await store.startConversation(message('user', 'kept'))
    // As if a tab closed between saving a conversation and updating the index.
    await vault.put('conversation:orphan', {
      id: 'orphan',
      title: 'Orphan',
      titleSetAt: 1,
      createdAt: 1,
      updatedAt: 1,
      messages: [],
    })
    vault.lock()
    const reopened = createChatStore(await openVault(storage, passphrase))
    expect((await reopened.readIndex()).map((s) => s.title)).toEqual(['kept', 'Orphan'])
    expect((await reopened.readIndex()).map((s) => s.id)).toEqual([kept.id, 'orphan'])
  })

  it('rebuilds a damaged index from the conversations, which are each authenticated', async () => {
    const { storage, store } = await freshStore()
    const first = await store.startConversation(message('user', 'first chat'))
    const second = await store.startConversation(message('user', 'second chat'))
    const key = `record:${recordIds.index}`
    const envelope = JSON.parse(storage.getItem(key) ?? '{}')
    const flipped = envelope.ct.startsWith('A') ? 'B' : 'A'
    storage.setItem(key, JSON.stringify({ ...envelope, ct: `${flipped}${envelope.ct.slice(1)}` }))

    await expect(store.readIndex()).rejects.toBeInstanceOf(TamperedRecordError)
    expect((await store.rebuildIndex()).map((s) => s.id)).toEqual([second.id, first.id])
    expect((await store.readIndex()).map((s) => s.title)).toEqual(['second chat', 'first chat'])
  })

  describe('a damaged conversation', () => {
    // Noon UTC: the same calendar day in every time zone a test machine may use.
    const lastChanged = Date.UTC(2026, 2, 14, 12)

    async function withDamagedConversation() {
      const { storage, store } = await freshStore()
      const intact = await store.startConversation(message('user', 'an intact chat'))
      const damaged = await store.startConversation({ ...message('user', 'Trip to Burano'), at: lastChanged })
      const key = `record:${conversationRecordId(damaged.id)}`
      storage.setItem(key, damageCiphertext(storage.getItem(key) ?? ''))
      return { storage, store, intact, damaged }
    }

    const failureOf = (work: Promise<unknown>) =>
      work.then(
        () => undefined,
        (error: unknown) => error,
      )

    it('is named by its title and date from the list, with what the user can do, never by its record id', async () => {
      const { store, damaged } = await withDamagedConversation()
      const error = await failureOf(store.readConversation(damaged.id))
      expect(error).toHaveProperty(
        'message',
        'The conversation “Trip to Burano” (last changed Mar 14, 2026) is damaged or was changed outside Rialto, so it cannot be opened. Delete it from the list, or import a backup that holds it (Vault panel).',
      )
      expect(error).toBeInstanceOf(DamagedConversationError)
      expect(error).toBeInstanceOf(VaultError)
      expect(error).toHaveProperty('cause', expect.any(TamperedRecordError))
    })

    it('is named the same way when a change to it fails, and can still be deleted', async () => {
      const { store, intact, damaged } = await withDamagedConversation()
      const error = await failureOf(store.rename(damaged.id, 'New title'))
      expect(error).toHaveProperty('message', expect.stringContaining('“Trip to Burano”'))
      expect(error).toHaveProperty('message', expect.not.stringContaining(damaged.id))
      await store.deleteConversation(damaged.id)
      expect((await store.readIndex()).map((summary) => summary.id)).toEqual([intact.id])
    })

    it('is named as the list shows it when the list was rebuilt without its title', async () => {
      const { storage, store, damaged } = await withDamagedConversation()
      const indexKey = `record:${recordIds.index}`
      storage.setItem(indexKey, damageCiphertext(storage.getItem(indexKey) ?? ''))
      await store.rebuildIndex()
      expect(await failureOf(store.readConversation(damaged.id))).toHaveProperty(
        'message',
        'The conversation listed as “Damaged conversation (cannot be opened)” is damaged or was changed outside Rialto, so it cannot be opened. Delete it from the list, or import a backup that holds it (Vault panel).',
      )
    })
  })

  it('fails loudly when storage is full and damages nothing already stored', async () => {
    const storage = memoryStorage({ quotaBytes: 8_000 })
    const { store } = await freshStore(storage)
    const conversation = await store.startConversation(message('user', 'short question'))
    await expect(store.addMessage(conversation.id, message('user', 'x'.repeat(5_000)))).rejects.toBeInstanceOf(
      StorageFullError,
    )
    const stored = await store.readConversation(conversation.id)
    expect(stored?.messages.map((m) => m.content)).toEqual(['short question'])
  })

  describe('when a tab’s stale copy lets its write replace another tab’s (no compare-and-set across tabs)', () => {
    async function twoTabs() {
      const { storage, store: tabA } = await freshStore()
      const conversation = await tabA.startConversation(message('user', 'first'))
      const lagging = laggingTab(storage)
      const tabB = createChatStore(await openVault(lagging.storage, passphrase))
      await tabB.readConversation(conversation.id)
      return { storage, tabA, tabB, lagging, conversation, key: `record:${conversationRecordId(conversation.id)}` }
    }

    it('re-applies the lost change when told of the other tab’s write', async () => {
      const { tabA, tabB, lagging, conversation, key } = await twoTabs()
      lagging.freeze(key)
      await tabA.addMessage(conversation.id, message('user', 'from A'))
      // B still sees revision 1, so its save passes the vault's check and replaces A's revision 2.
      await tabB.addMessage(conversation.id, message('user', 'from B'))
      expect((await tabA.readConversation(conversation.id))?.messages.map((m) => m.content)).toEqual([
        'first',
        'from B',
      ])

      await tabA.reconcile(conversationRecordId(conversation.id))
      expect((await tabB.readConversation(conversation.id))?.messages.map((m) => m.content)).toEqual([
        'first',
        'from A',
        'from B',
      ])
    })

    it('writes nothing when the other tab built on this tab’s write', async () => {
      const { storage, tabA, tabB, conversation } = await twoTabs()
      await tabA.addMessage(conversation.id, message('user', 'from A'))
      await tabB.addMessage(conversation.id, message('user', 'from B'))
      const before = storage.getItem(`record:${conversationRecordId(conversation.id)}`)
      await tabA.reconcile(conversationRecordId(conversation.id))
      expect(storage.getItem(`record:${conversationRecordId(conversation.id)}`)).toBe(before)
    })

    it('does not bring back a conversation the other tab deleted', async () => {
      const { tabA, tabB, conversation } = await twoTabs()
      await tabA.addMessage(conversation.id, message('user', 'from A'))
      await tabB.deleteConversation(conversation.id)
      await tabA.reconcile(conversationRecordId(conversation.id))
      expect(await tabA.readConversation(conversation.id)).toBeUndefined()
    })
  })
})
