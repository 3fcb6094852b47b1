import { type JsonValue, jsonObject } from '@rialto/vault/json-value'
import * as v from 'valibot'
import { finiteNumber, readableItems } from '../conversations/lenient-schemas'

/** A fact the user asked the assistant to keep; all of them go into the system prompt. */
export type Memory = { id: string; text: string; at: number }

export type MemoryList = { memories: Memory[] }

export const emptyMemoryList: MemoryList = { memories: [] }

/** Long enough for a real fact, short enough that one memory cannot crowd out the conversation. */
export const longestMemory = 500

/** Tidies a fact for storage: whitespace folded, capitalised, cut to `longestMemory`; `undefined` if empty. */
export function normaliseMemoryText(text: string): string | undefined {
  const folded = text.replace(/\s+/g, ' ').trim().slice(0, longestMemory).trim()
  if (folded === '') return undefined
  return folded.charAt(0).toUpperCase() + folded.slice(1)
}

const rememberCommand = /^\s*(?:please\s*,?\s+)?remember(?:\s+that\b|\s*:)\s*([\s\S]+)$/i

/** The fact in "Remember that …" / "Remember: …", or `undefined` when the message is not such a request. */
export function rememberedFact(message: string): string | undefined {
  const fact = rememberCommand.exec(message)?.[1]
  return fact === undefined ? undefined : normaliseMemoryText(fact)
}

/** The fact the "Remember" button keeps for a message: its command's fact, or the message itself. */
export function factFromMessage(message: string): string | undefined {
  return rememberedFact(message) ?? normaliseMemoryText(message)
}

export function withMemory(list: MemoryList, memory: Memory): MemoryList {
  // The same fact twice helps nobody (and two tabs may both save it).
  const duplicate = list.memories.some(
    (existing) => existing.id !== memory.id && existing.text.toLowerCase() === memory.text.toLowerCase(),
  )
  if (duplicate) return list
  const others = list.memories.filter((existing) => existing.id !== memory.id)
  return { memories: [...others, memory].sort((a, b) => a.at - b.at) }
}

export function withEditedMemory(list: MemoryList, id: string, text: string): MemoryList {
  return { memories: list.memories.map((memory) => (memory.id === id ? { ...memory, text } : memory)) }
}

export function withoutMemory(list: MemoryList, id: string): MemoryList {
  return { memories: list.memories.filter((memory) => memory.id !== id) }
}

/** Merges memories from an imported backup: every fact not already here is added. */
export function mergedMemories(local: MemoryList, incoming: MemoryList): MemoryList {
  return incoming.memories.reduce(withMemory, local)
}

export function memoriesToJson(list: MemoryList): JsonValue {
  return list
}

const memoryListSchema = v.fallback(
  jsonObject({ memories: readableItems(jsonObject({ id: v.string(), text: v.string(), at: finiteNumber })) }),
  emptyMemoryList,
)

export function parseMemories(value: JsonValue | undefined): MemoryList {
  return v.parse(memoryListSchema, value)
}
