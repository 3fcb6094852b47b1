import { TamperedRecordError, VaultError } from '@rialto/vault/errors'
import type { Vault } from '@rialto/vault/vault'
import {
  type Conversation,
  conversationToJson,
  newConversation,
  parseConversation,
  renamed,
  type StoredMessage,
  withMessage,
  withoutMessages,
} from '../conversations/conversation'
import {
  type ConversationIndex,
  type ConversationSummary,
  emptyIndex,
  indexIsCurrentFor,
  indexToJson,
  parseIndex,
  summaryOf,
  withoutSummaries,
  withSummary,
} from '../conversations/conversation-index'
import { DamagedConversationError, damagedTitle } from '../conversations/damaged-conversation'
import { type ChatSettings, parseSettings, settingsToJson } from '../endpoint/chat-settings'
import {
  type MemoryList,
  memoriesToJson,
  mergedMemories,
  parseMemories,
  withEditedMemory,
  withMemory,
  withoutMemory,
} from '../memory/memories'
import { recentWrites } from './recent-writes'
import { type Change, deleteRecord, type RecordCodec, unchanged, updateRecord } from './update-record'

/** Record ids in the vault. Ids are visible at rest, so a conversation's id is random and its title is inside. */
export const recordIds = {
  conversationPrefix: 'conversation:',
  index: 'conversation-index',
  memory: 'memory',
  settings: 'settings',
} as const

export const conversationRecordId = (id: string) => `${recordIds.conversationPrefix}${id}`

export const conversationIdOf = (recordId: string) =>
  recordId.startsWith(recordIds.conversationPrefix) ? recordId.slice(recordIds.conversationPrefix.length) : undefined

const indexCodec: RecordCodec<ConversationIndex> = { parse: parseIndex, toJson: indexToJson }
const memoryCodec: RecordCodec<MemoryList> = { parse: parseMemories, toJson: memoriesToJson }
const settingsCodec: RecordCodec<ChatSettings> = { parse: parseSettings, toJson: settingsToJson }
const conversationCodec = (id: string): RecordCodec<Conversation | undefined> => ({
  parse: (value) => parseConversation(id, value),
  // Only called with what a change returned, which is never `undefined` here.
  toJson: (conversation) => (conversation === undefined ? null : conversationToJson(conversation)),
})

/** A change to a conversation that another tab deleted meanwhile (only new messages bring one back). */
export class ConversationDeletedError extends VaultError {
  override name = 'ConversationDeletedError'
  constructor() {
    super('This conversation was deleted in another tab, so the change was not saved.')
  }
}

export type ChatStoreOptions = { newId?: () => string }

export type ChatStore = ReturnType<typeof createChatStore>

/**
 * The chat's data over the vault: one record per conversation, one index record (ids, titles, times), one for
 * memories, one for settings. Saving a message writes that conversation's record, plus the index only when the
 * list changes (new conversation, new title, another conversation moved to the top).
 */
export function createChatStore(vault: Vault, { newId = () => crypto.randomUUID() }: ChatStoreOptions = {}) {
  const written = recentWrites()

  /** `updateRecord`, remembering the change so it can be applied again if another tab's write replaces it. */
  async function update<T>(id: string, codec: RecordCodec<T>, change: Change<T>): Promise<T> {
    const reapply = async () => (await updateRecord(vault, id, codec, change)).revision
    const { value, revision } = await updateRecord(vault, id, codec, change)
    if (revision !== undefined) written.note(id, revision, reapply)
    return value
  }

  /** `work` on conversation `id`, a damaged record reported by the name the user knows it by. */
  async function namingDamage<T>(id: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      if (!(error instanceof TamperedRecordError)) throw error
      const index = await vault.get(recordIds.index).then(
        (record) => parseIndex(record?.value),
        () => emptyIndex,
      )
      const summary = index.conversations.find((entry) => entry.id === id)
      throw new DamagedConversationError({ conversationId: id, summary, reason: error.reason }, { cause: error })
    }
  }

  function readConversation(id: string): Promise<Conversation | undefined> {
    return namingDamage(id, async () => parseConversation(id, (await vault.get(conversationRecordId(id)))?.value))
  }

  async function noteInIndex(summary: ConversationSummary, { force = false } = {}): Promise<void> {
    await update(recordIds.index, indexCodec, (index) =>
      !force && indexIsCurrentFor(index, summary) ? unchanged : withSummary(index, summary),
    )
  }

  /** Applies `change` to the stored conversation (created from `message` if another tab deleted it meanwhile). */
  async function changeConversation(
    id: string,
    change: (conversation: Conversation) => Conversation,
    { recreateWith }: { recreateWith?: StoredMessage } = {},
  ): Promise<Conversation> {
    const saved = await namingDamage(id, () =>
      update(conversationRecordId(id), conversationCodec(id), (current) => {
        if (current !== undefined) return change(current)
        // Deleted in another tab while this one was writing to it: keep the user's words rather than drop them.
        return recreateWith === undefined ? unchanged : change(newConversation(id, recreateWith))
      }),
    )
    if (saved === undefined) throw new ConversationDeletedError()
    return saved
  }

  /**
   * The index, reconciled with the records actually stored (ids are listed without decrypting anything). Throws
   * `TamperedRecordError` if the index itself is damaged; `rebuildIndex` is the way out.
   */
  async function readIndex(): Promise<ConversationSummary[]> {
    const index = parseIndex((await vault.get(recordIds.index))?.value)
    const stored = new Set(
      vault.list(recordIds.conversationPrefix).flatMap((recordId) => conversationIdOf(recordId) ?? []),
    )
    const listed = new Set(index.conversations.map((entry) => entry.id))
    const gone = new Set([...listed].filter((id) => !stored.has(id)))
    const missing = [...stored].filter((id) => !listed.has(id))
    if (gone.size === 0 && missing.length === 0) return index.conversations
    // Only after an import or an interrupted save: decrypt the conversations the index does not know yet.
    const found = await Promise.all(missing.map(summaryForRepair))
    const repair = (current: ConversationIndex) => found.reduce(withSummary, withoutSummaries(current, gone))
    // Best effort: the list is right either way, and a full storage must not stop an unlock.
    const repaired = await update(recordIds.index, indexCodec, repair).catch(() => repair(index))
    return repaired.conversations
  }

  async function readMemories(): Promise<MemoryList> {
    return parseMemories((await vault.get(recordIds.memory))?.value)
  }

  async function summaryForRepair(id: string): Promise<ConversationSummary> {
    try {
      const conversation = await readConversation(id)
      return conversation ? summaryOf(conversation) : { id, title: damagedTitle, updatedAt: 0 }
    } catch (error) {
      if (error instanceof DamagedConversationError) return { id, title: damagedTitle, updatedAt: 0 }
      throw error
    }
  }

  return {
    readIndex,
    readConversation,

    /**
     * Replaces a damaged index by one made from the conversations themselves (each is authenticated on its own, so
     * nothing is taken on trust). Slow with many conversations, and only needed after damage.
     */
    async rebuildIndex(): Promise<ConversationSummary[]> {
      await deleteRecord(vault, recordIds.index)
      return readIndex()
    },

    /**
     * Call when another tab changed `recordId`, before reading it again: if that write replaced one of this tab's
     * recent changes instead of building on it, the change is applied again (see `recent-writes.ts`).
     */
    async reconcile(recordId: string): Promise<void> {
      const heal = async () => written.heal(recordId, (await vault.get(recordId))?.revision)
      const conversationId = conversationIdOf(recordId)
      await (conversationId === undefined ? heal() : namingDamage(conversationId, heal))
    },

    /** Creates a conversation holding its first message (the user's question, saved before anything is sent). */
    async startConversation(first: StoredMessage): Promise<Conversation> {
      // Written only if absent, so that replaying this change (see `reconcile`) never resets a conversation.
      const saved = await changeConversation(newId(), (existing) => existing, { recreateWith: first })
      await noteInIndex(summaryOf(saved), { force: true })
      return saved
    },

    async addMessage(conversationId: string, message: StoredMessage): Promise<Conversation> {
      const saved = await changeConversation(conversationId, (current) => withMessage(current, message), {
        recreateWith: message,
      })
      await noteInIndex(summaryOf(saved))
      return saved
    },

    async removeMessages(conversationId: string, messageIds: ReadonlySet<string>): Promise<Conversation> {
      return changeConversation(conversationId, (current) => withoutMessages(current, messageIds))
    },

    async rename(conversationId: string, title: string, at = Date.now()): Promise<Conversation> {
      const saved = await changeConversation(conversationId, (current) => renamed(current, title, at))
      await noteInIndex(summaryOf(saved), { force: true })
      return saved
    },

    async deleteConversation(conversationId: string): Promise<void> {
      await deleteRecord(vault, conversationRecordId(conversationId))
      written.forget(conversationRecordId(conversationId))
      await update(recordIds.index, indexCodec, (index) => withoutSummaries(index, new Set([conversationId])))
    },

    readMemories,

    addMemory(text: string, at = Date.now()) {
      const memory = { id: newId(), text, at }
      return update(recordIds.memory, memoryCodec, (list) => withMemory(list, memory))
    },

    editMemory: (id: string, text: string) =>
      update(recordIds.memory, memoryCodec, (list) => withEditedMemory(list, id, text)),

    deleteMemory: (id: string) => update(recordIds.memory, memoryCodec, (list) => withoutMemory(list, id)),

    readSettings: async (): Promise<ChatSettings> => parseSettings((await vault.get(recordIds.settings))?.value),

    /** Saves only the fields given, so two tabs changing different settings both keep their change. */
    updateSettings: (patch: Partial<ChatSettings>) =>
      update(recordIds.settings, settingsCodec, (current) => ({ ...current, ...patch })),

    /** Adds every memory of `incoming` not already here (an imported backup's list). */
    mergeMemories: (incoming: MemoryList) =>
      update(recordIds.memory, memoryCodec, (list) => mergedMemories(list, incoming)),
  }
}
