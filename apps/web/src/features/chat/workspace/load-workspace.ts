import { TamperedRecordError } from '@rialto/vault/errors'
import type { ChatStore } from '../conversations/chat-store'
import type { Conversation } from '../conversations/conversation'
import type { ConversationSummary } from '../conversations/conversation-index'
import { type ChatSettings, defaultSettings } from '../endpoint/chat-settings'
import type { Memory } from '../memory/memories'
import { errorSentence } from './error-sentence'

/** What an unlock decrypts: settings, memories, the conversation index and the newest conversation. Nothing else. */
export type WorkspaceSnapshot = {
  settings: ChatSettings
  memories: Memory[]
  conversations: ConversationSummary[]
  open: Conversation | undefined
  /** Sentences for records that could not be read (damaged); the rest of the vault still opens. */
  problems: string[]
}

export async function loadWorkspace(store: ChatStore): Promise<WorkspaceSnapshot> {
  const problems: string[] = []
  const orElse =
    <T>(fallback: T) =>
    (error: unknown) => {
      problems.push(errorSentence(error))
      return fallback
    }
  const [settings, memoryList, conversations] = await Promise.all([
    store.readSettings().catch(orElse(defaultSettings)),
    store.readMemories().catch(orElse({ memories: [] })),
    store.readIndex().catch(async (error: unknown) => {
      if (!(error instanceof TamperedRecordError)) throw error
      problems.push(`${errorSentence(error)} It was rebuilt from the conversations themselves.`)
      return store.rebuildIndex()
    }),
  ])
  const newest = conversations[0]
  const open = newest === undefined ? undefined : await store.readConversation(newest.id).catch(orElse(undefined))
  return { settings, memories: memoryList.memories, conversations, open, problems }
}
