import type { ChatMessage } from '@rialto/venice-api/stream-chat-completion'
import type { StoredMessage } from '../conversations/conversation'
import type { Memory } from '../memory/memories'

const memoryPreamble =
  'The user asked you to remember the following facts about them. Use them when they are relevant; ' +
  'do not list them back unless asked.'

/** The system prompt carrying the user's memories, or `undefined` when there are none (then no system message). */
export function buildSystemPrompt(memories: readonly Memory[]): string | undefined {
  const facts = memories.map((memory) => memory.text.replace(/\s+/g, ' ').trim()).filter((fact) => fact !== '')
  if (facts.length === 0) return undefined
  return [memoryPreamble, ...facts.map((fact) => `- ${fact}`)].join('\n')
}

/**
 * What is sent for the next answer: the system prompt, then the conversation. Answers that were stopped before
 * any text are left out (servers reject empty messages); a partial answer is kept, since the user saw it.
 */
export function requestMessages(history: readonly StoredMessage[], memories: readonly Memory[]): ChatMessage[] {
  const systemPrompt = buildSystemPrompt(memories)
  const conversation = history
    .filter((message) => message.content.trim() !== '')
    .map((message): ChatMessage => ({ role: message.role, content: message.content }))
  return systemPrompt === undefined ? conversation : [{ role: 'system', content: systemPrompt }, ...conversation]
}
