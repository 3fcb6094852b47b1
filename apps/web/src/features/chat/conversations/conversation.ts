import { type JsonValue, jsonObject } from '@rialto/vault/json-value'
import * as v from 'valibot'
import { finiteNumber, orUndefined, readableItems } from './lenient-schemas'

/** How an answer ended when it did not simply finish: the user stopped it, or the stream broke off. */
export type AnswerEnding = 'stopped' | 'cut'

export type StoredMessage = {
  id: string
  role: 'user' | 'assistant'
  content: string
  /** Epoch milliseconds. */
  at: number
  /** Only on answers that did not finish. */
  ending?: AnswerEnding
  /** The model that wrote an answer. */
  model?: string
}

/** One conversation: the value of one vault record, title inside (record ids are visible at rest, titles are not). */
export type Conversation = {
  id: string
  title: string
  /** When the title was last set: a rename in one tab and a rename in another resolve to the later one. */
  titleSetAt: number
  createdAt: number
  updatedAt: number
  messages: StoredMessage[]
}

export const untitled = 'New chat'
const longestTitle = 60

/** A title from the first message: its first line, whitespace folded, cut at a word near 60 characters. */
export function titleFromText(text: string): string {
  const firstLine = text.trim().split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? ''
  if (firstLine === '') return untitled
  if (firstLine.length <= longestTitle) return firstLine
  const cut = firstLine.slice(0, longestTitle)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > longestTitle / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

export function newConversation(id: string, first: StoredMessage): Conversation {
  return {
    id,
    title: titleFromText(first.content),
    titleSetAt: first.at,
    createdAt: first.at,
    updatedAt: first.at,
    messages: [first],
  }
}

/**
 * Adds a message, or replaces the one with the same id. Messages stay in time order, so two tabs that append to
 * the same conversation end up with the same list whichever saved first.
 */
export function withMessage(conversation: Conversation, message: StoredMessage): Conversation {
  const others = conversation.messages.filter((existing) => existing.id !== message.id)
  const messages = [...others, message].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { ...conversation, messages, updatedAt: Math.max(conversation.updatedAt, message.at) }
}

export function withoutMessages(conversation: Conversation, ids: ReadonlySet<string>): Conversation {
  return { ...conversation, messages: conversation.messages.filter((message) => !ids.has(message.id)) }
}

export function renamed(conversation: Conversation, title: string, at: number): Conversation {
  if (at < conversation.titleSetAt) return conversation
  return { ...conversation, title: title.trim() === '' ? untitled : title.trim(), titleSetAt: at }
}

/**
 * The answers to drop before answering the last question again (regenerate, or retry after a cut): every
 * assistant message after the last user message.
 */
export function answersAfterLastQuestion(conversation: Conversation): Set<string> {
  const lastUser = conversation.messages.map((message) => message.role).lastIndexOf('user')
  return new Set(
    conversation.messages.slice(lastUser + 1).flatMap((message) => (message.role === 'assistant' ? [message.id] : [])),
  )
}

export function conversationToJson(conversation: Conversation): JsonValue {
  return conversation
}

const storedMessageSchema = v.pipe(
  jsonObject({
    id: v.string(),
    role: v.picklist(['user', 'assistant']),
    content: v.string(),
    at: finiteNumber,
    ending: orUndefined(v.picklist(['stopped', 'cut'])),
    model: orUndefined(v.string()),
  }),
  // An unreadable optional field is left out, not kept as `undefined`: the message reads as this version writes it.
  v.transform(
    ({ ending, model, ...message }): StoredMessage => ({
      ...message,
      ...(ending === undefined ? {} : { ending }),
      ...(model === undefined ? {} : { model }),
    }),
  ),
)

/** The id is the record's own, not the one inside; times missing from older records default to `createdAt`. */
const storedConversationSchema = jsonObject({
  title: v.fallback(v.string(), untitled),
  titleSetAt: orUndefined(finiteNumber),
  createdAt: v.fallback(finiteNumber, 0),
  updatedAt: orUndefined(finiteNumber),
  messages: readableItems(storedMessageSchema),
})

/** Reads a stored conversation; `undefined` if the value is not one. */
export function parseConversation(id: string, value: JsonValue | undefined): Conversation | undefined {
  const stored = v.safeParse(storedConversationSchema, value)
  if (!stored.success) return undefined
  const { title, titleSetAt, createdAt, updatedAt, messages } = stored.output
  return { id, title, titleSetAt: titleSetAt ?? createdAt, createdAt, updatedAt: updatedAt ?? createdAt, messages }
}
