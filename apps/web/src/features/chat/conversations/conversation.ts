import type { JsonValue } from '@rialto/vault/json-value'
import { isJsonObject, type JsonObject, readNumber, readObjects, readString } from './json-reading'

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

/** Reads a stored conversation; `undefined` if the value is not one. */
export function parseConversation(id: string, value: JsonValue | undefined): Conversation | undefined {
  if (!isJsonObject(value)) return undefined
  const messages = readObjects(value, 'messages').flatMap((entry) => {
    const message = parseMessage(entry)
    return message ? [message] : []
  })
  const createdAt = readNumber(value, 'createdAt') ?? 0
  return {
    id,
    title: readString(value, 'title') ?? untitled,
    titleSetAt: readNumber(value, 'titleSetAt') ?? createdAt,
    createdAt,
    updatedAt: readNumber(value, 'updatedAt') ?? createdAt,
    messages,
  }
}

function parseMessage(entry: JsonObject): StoredMessage | undefined {
  const id = readString(entry, 'id')
  const role = readString(entry, 'role')
  const content = readString(entry, 'content')
  const at = readNumber(entry, 'at')
  if (id === undefined || content === undefined || at === undefined) return undefined
  if (role !== 'user' && role !== 'assistant') return undefined
  const ending = readString(entry, 'ending')
  const model = readString(entry, 'model')
  return {
    id,
    role,
    content,
    at,
    ...(ending === 'stopped' || ending === 'cut' ? { ending } : {}),
    ...(model === undefined ? {} : { model }),
  }
}
