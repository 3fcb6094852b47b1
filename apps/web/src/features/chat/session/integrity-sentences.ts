import type { IntegrityReport } from '@rialto/vault/revision-map'
import type { ConversationSummary } from '../conversations/conversation-index'
import { conversationIdOf, recordIds } from '../store/chat-store'

const otherRecordNames: Record<string, string> = {
  [recordIds.settings]: 'your settings',
  [recordIds.memory]: 'your memories',
  [recordIds.index]: 'the conversation list',
}

/** Names the user knows for record ids: a conversation's title (or "an untitled conversation"), never the id. */
function describe(recordIds: readonly string[], conversations: readonly ConversationSummary[]): string | undefined {
  if (recordIds.length === 0) return undefined
  const names = recordIds.map((recordId) => {
    const conversationId = conversationIdOf(recordId)
    if (conversationId === undefined) return otherRecordNames[recordId] ?? 'a record of the chat'
    const title = conversations.find((summary) => summary.id === conversationId)?.title
    return title ? `the conversation “${title}”` : 'a conversation'
  })
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** What the unlock's comparison of records and revision map found, in sentences for the notices. */
export function integritySentences(
  integrity: IntegrityReport,
  conversations: readonly ConversationSummary[],
): string[] {
  const sentences: string[] = []
  const rolledBack = describe(integrity.rolledBack, conversations)
  if (rolledBack) {
    sentences.push(
      `${capitalized(rolledBack)} ${integrity.rolledBack.length === 1 ? 'was' : 'were'} put back to an older copy outside Rialto, so Rialto did not open ${integrity.rolledBack.length === 1 ? 'it' : 'them'}. Import your latest backup to get the newer version back, or delete what is shown as damaged.`,
    )
  }
  const missing = describe(integrity.missing, conversations)
  if (missing) {
    sentences.push(
      `${capitalized(missing)} ${integrity.missing.length === 1 ? 'was' : 'were'} deleted from this browser outside Rialto. Import your latest backup to bring ${integrity.missing.length === 1 ? 'it' : 'them'} back.`,
    )
  }
  if (integrity.mapOutdated) {
    sentences.push(
      'Parts of this vault were put back to an older copy outside Rialto, so Rialto cannot tell whether a conversation was rolled back with them. If you did not restore a copy yourself, import your latest backup.',
    )
  }
  return sentences
}
