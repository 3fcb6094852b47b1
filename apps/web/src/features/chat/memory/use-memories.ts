import { useCallback, useState } from 'react'
import type { ChatStore } from '../conversations/chat-store'
import { type Memory, type MemoryList, normaliseMemoryText } from './memories'

/** The memory list in React state. Each change is stored first; `add` hands back the new list for the prompt. */
export function useMemories(store: ChatStore, initial: Memory[], report: (error: unknown) => void) {
  const [memories, setMemories] = useState(initial)

  const apply = useCallback(
    async (change: Promise<MemoryList>): Promise<Memory[] | undefined> => {
      try {
        const { memories: saved } = await change
        setMemories(saved)
        return saved
      } catch (error) {
        report(error)
        return undefined
      }
    },
    [report],
  )

  const add = useCallback(
    (text: string) => {
      const fact = normaliseMemoryText(text)
      return fact === undefined ? Promise.resolve(undefined) : apply(store.addMemory(fact))
    },
    [store, apply],
  )

  const edit = useCallback(
    (id: string, text: string) => {
      const fact = normaliseMemoryText(text)
      return fact === undefined ? apply(store.deleteMemory(id)) : apply(store.editMemory(id, fact))
    },
    [store, apply],
  )

  const remove = useCallback((id: string) => apply(store.deleteMemory(id)), [store, apply])

  const reload = useCallback(() => {
    store.readMemories().then((list) => setMemories(list.memories), report)
  }, [store, report])

  return { memories, add, edit, remove, reload }
}
