import { TamperedRecordError, type TamperReason, VaultError } from '@rialto/vault/errors'
import { VeniceApiError } from '@rialto/venice-api/errors'
import { conversationIdOf, recordIds } from '../store/chat-store'

/**
 * The one sentence to show for a failure. Both packages already word theirs for people; anything else is a bug
 * in this app, said as such rather than as a raw stack.
 */
export function errorSentence(error: unknown): string {
  if (error instanceof TamperedRecordError) return damagedRecordSentence(error.recordId, error.reason)
  if (error instanceof VaultError || error instanceof VeniceApiError) return error.message
  return 'Something went wrong in Rialto itself. Reload the page; your saved chats are not affected.'
}

/** What a record holds, in the user's words: the vault names records by ids that mean nothing to them. */
function recordSubject(recordId: string): { subject: string; plural: boolean } {
  if (recordId === recordIds.index) return { subject: 'The conversation list', plural: false }
  if (recordId === recordIds.memory) return { subject: 'Your memories', plural: true }
  if (recordId === recordIds.settings) return { subject: 'Your chat settings', plural: true }
  // The chat store names conversations by their titles; one reaching here is not in the list.
  if (conversationIdOf(recordId) !== undefined) return { subject: 'A conversation', plural: false }
  return { subject: 'Some saved data', plural: false }
}

function damagedRecordSentence(recordId: string, reason: TamperReason): string {
  const { subject, plural } = recordSubject(recordId)
  const what = reason === 'rollback' ? 'replaced by an older copy' : 'damaged or changed outside Rialto'
  return `${subject} ${plural ? 'were' : 'was'} ${what}, so ${plural ? 'they were' : 'it was'} not used.`
}
