import { TamperedRecordError } from '@rialto/vault/errors'
import type { IntegrityReport } from '@rialto/vault/revision-map'
import type { Conversation } from '../conversations/conversation'
import type { ConversationSummary } from '../conversations/conversation-index'
import { DamagedConversationError } from '../conversations/damaged-conversation'
import { type ChatSettings, defaultSettings } from '../endpoint/chat-settings'
import { errorSentence } from '../errors/error-sentence'
import type { Memory } from '../memory/memories'
import { type ChatStore, conversationRecordId } from '../store/chat-store'
import { integritySentences } from './integrity-sentences'

/** What an unlock decrypts: settings, memories, the conversation index and the newest conversation. Nothing else. */
export type WorkspaceSnapshot = {
  settings: ChatSettings
  memories: Memory[]
  conversations: ConversationSummary[]
  open: Conversation | undefined
  /** Sentences for records that could not be read (damaged); the rest of the vault still opens. */
  problems: string[]
}

export async function loadWorkspace(store: ChatStore, integrity?: IntegrityReport): Promise<WorkspaceSnapshot> {
  const problems: string[] = []
  // A rolled-back record is named once, by the integrity sentence below, not again when its read is refused.
  const alreadyNamed = (error: unknown) => {
    const recordId =
      error instanceof TamperedRecordError
        ? error.recordId
        : error instanceof DamagedConversationError
          ? conversationRecordId(error.conversationId)
          : undefined
    return recordId !== undefined && integrity?.rolledBack.includes(recordId) === true
  }
  const orElse =
    <T>(fallback: T) =>
    (error: unknown) => {
      if (!alreadyNamed(error)) problems.push(errorSentence(error))
      return fallback
    }
  const [settings, memoryList, conversations] = await Promise.all([
    store.readSettings().catch(orElse(defaultSettings)),
    store.readMemories().catch(orElse({ memories: [] })),
    store.readIndex().catch(async (error: unknown) => {
      if (!(error instanceof TamperedRecordError)) throw error
      if (!alreadyNamed(error))
        problems.push(`${errorSentence(error)} It was rebuilt from the conversations themselves.`)
      return store.rebuildIndex()
    }),
  ])
  const newest = conversations[0]
  const open = newest === undefined ? undefined : await store.readConversation(newest.id).catch(orElse(undefined))
  if (integrity) problems.unshift(...integritySentences(integrity, conversations))
  return { settings, memories: memoryList.memories, conversations, open, problems }
}
