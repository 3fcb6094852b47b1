import { type JsonValue, jsonObject } from '@rialto/vault/json-value'
import * as v from 'valibot'
import type { Conversation } from './conversation'
import { finiteNumber, readableItems } from './lenient-schemas'

/**
 * What the conversation list needs without decrypting every conversation: one small encrypted record, so an
 * unlock reads the index and the open conversation only, however many conversations there are.
 */
export type ConversationSummary = { id: string; title: string; updatedAt: number }

export type ConversationIndex = { conversations: ConversationSummary[] }

export const emptyIndex: ConversationIndex = { conversations: [] }

export function summaryOf(conversation: Conversation): ConversationSummary {
  return { id: conversation.id, title: conversation.title, updatedAt: conversation.updatedAt }
}

/** Newest first; ties by id so every tab shows the same order. */
export function newestFirst(summaries: readonly ConversationSummary[]): ConversationSummary[] {
  return [...summaries].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Whether the index already says enough about `summary`: same title, and already the newest entry. Then a message
 * saved to that conversation needs no index write, which keeps a message save to one record however long the
 * history. (The newest entry's `updatedAt` may lag behind; its place in the list cannot.)
 */
export function indexIsCurrentFor(index: ConversationIndex, summary: ConversationSummary): boolean {
  const entry = index.conversations.find((candidate) => candidate.id === summary.id)
  if (entry === undefined || entry.title !== summary.title) return false
  return index.conversations.every((other) => other.id === summary.id || other.updatedAt <= entry.updatedAt)
}

export function withSummary(index: ConversationIndex, summary: ConversationSummary): ConversationIndex {
  const others = index.conversations.filter((entry) => entry.id !== summary.id)
  const previous = index.conversations.find((entry) => entry.id === summary.id)
  // Another tab may have saved a later message meanwhile: the index never moves backwards.
  const updatedAt = Math.max(summary.updatedAt, previous?.updatedAt ?? 0)
  return { conversations: newestFirst([...others, { ...summary, updatedAt }]) }
}

export function withoutSummaries(index: ConversationIndex, ids: ReadonlySet<string>): ConversationIndex {
  return { conversations: index.conversations.filter((entry) => !ids.has(entry.id)) }
}

/** Case- and accent-insensitive search in titles (the only text the index holds). */
export function searchTitles(summaries: readonly ConversationSummary[], query: string): ConversationSummary[] {
  const needle = foldForSearch(query.trim())
  if (needle === '') return [...summaries]
  return summaries.filter((summary) => foldForSearch(summary.title).includes(needle))
}

function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

export function indexToJson(index: ConversationIndex): JsonValue {
  return index
}

const summarySchema = jsonObject({ id: v.string(), title: v.string(), updatedAt: finiteNumber })

const indexSchema = v.fallback(
  v.pipe(
    jsonObject({ conversations: readableItems(summarySchema) }),
    v.transform(({ conversations }): ConversationIndex => ({ conversations: newestFirst(conversations) })),
  ),
  emptyIndex,
)

export function parseIndex(value: JsonValue | undefined): ConversationIndex {
  return v.parse(indexSchema, value)
}
