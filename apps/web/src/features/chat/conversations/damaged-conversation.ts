import { type TamperReason, VaultError } from '@rialto/vault/errors'
import type { ConversationSummary } from './conversation-index'

/** Title shown for a conversation whose record failed to decrypt, so the user can still see and delete it. */
export const damagedTitle = 'Damaged conversation (cannot be opened)'

const listedDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' })

/** How the user knows a conversation: its title and date in the list (its record id means nothing to them). */
function conversationName(summary: ConversationSummary | undefined): string {
  if (summary === undefined) return 'A conversation'
  if (summary.title === damagedTitle) return `The conversation listed as “${damagedTitle}”`
  return `The conversation “${summary.title}” (last changed ${listedDate.format(summary.updatedAt)})`
}

/** A conversation whose record cannot be used, said with what the user sees in the list and what they can do. */
export class DamagedConversationError extends VaultError {
  override name = 'DamagedConversationError'
  readonly conversationId: string

  constructor(
    {
      conversationId,
      summary,
      reason,
    }: { conversationId: string; summary?: ConversationSummary; reason: TamperReason },
    options?: ErrorOptions,
  ) {
    const what =
      reason === 'rollback' ? 'was replaced by an older copy of itself' : 'is damaged or was changed outside Rialto'
    super(
      `${conversationName(summary)} ${what}, so it cannot be opened. Delete it from the list, or import a backup that holds it (Vault panel).`,
      options,
    )
    this.conversationId = conversationId
  }
}
