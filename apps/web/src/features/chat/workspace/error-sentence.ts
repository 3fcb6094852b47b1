import { VaultError } from '@rialto/vault/errors'
import { VeniceApiError } from '@rialto/venice-api/errors'

/**
 * The one sentence to show for a failure. Both packages already word theirs for people; anything else is a bug
 * in this app, said as such rather than as a raw stack.
 */
export function errorSentence(error: unknown): string {
  if (error instanceof VaultError || error instanceof VeniceApiError) return error.message
  return 'Something went wrong in Rialto itself. Reload the page; your saved chats are not affected.'
}
