import { createVault } from '@rialto/vault/create-vault'
import { memoryStorage } from '@rialto/vault/testing/memory-storage'
import { damageCiphertext } from '@rialto/vault/testing/tamper'
import { describe, expect, it } from 'vitest'
import { conversationRecordId, createChatStore, recordIds } from '../store/chat-store'
import { loadWorkspace } from './load-workspace'

// Tests need the format, not the slowness: real vaults use 600,000 iterations.
const iterations = 1_000

describe('unlocking a vault with damaged records', () => {
  it('opens anyway, and says what is damaged as the user knows it, never by a record id', async () => {
    const storage = memoryStorage()
    const store = createChatStore(await createVault(storage, 'correct horse battery staple', { iterations }))
    const at = Date.UTC(2026, 2, 14, 12)
    const older = await store.startConversation({ id: 'q1', role: 'user', content: 'Older chat', at })
    const newest = await store.startConversation({ id: 'q2', role: 'user', content: 'Trip to Burano', at: at + 1 })
    await store.addMemory('I live in Lisbon')
    await store.updateSettings({ model: 'qwen3-4b' })
    for (const recordId of [conversationRecordId(newest.id), recordIds.memory, recordIds.settings]) {
      const key = `record:${recordId}`
      storage.setItem(key, damageCiphertext(storage.getItem(key) ?? ''))
    }

    const workspace = await loadWorkspace(store)
    expect(workspace.conversations.map((summary) => summary.id)).toEqual([newest.id, older.id])
    expect(workspace.open).toBeUndefined()
    expect(workspace.problems).toEqual([
      'Your chat settings were damaged or changed outside Rialto, so they were not used.',
      'Your memories were damaged or changed outside Rialto, so they were not used.',
      'The conversation “Trip to Burano” (last changed Mar 14, 2026) is damaged or was changed outside Rialto, so it cannot be opened. Delete it from the list, or import a backup that holds it (Vault panel).',
    ])
    for (const problem of workspace.problems) expect(problem).not.toMatch(/"|conversation:|conversation-index/)
  })

  it('rebuilds a damaged conversation list and says so in words', async () => {
    const storage = memoryStorage()
    const store = createChatStore(await createVault(storage, 'correct horse battery staple', { iterations }))
    await store.startConversation({ id: 'q1', role: 'user', content: 'Older chat', at: Date.now() })
    const key = `record:${recordIds.index}`
    storage.setItem(key, damageCiphertext(storage.getItem(key) ?? ''))

    const workspace = await loadWorkspace(store)
    expect(workspace.conversations.map((summary) => summary.title)).toEqual(['Older chat'])
    expect(workspace.problems).toEqual([
      'The conversation list was damaged or changed outside Rialto, so it was not used. It was rebuilt from the conversations themselves.',
    ])
  })
})
