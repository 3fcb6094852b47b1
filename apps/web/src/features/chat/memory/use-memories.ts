import { useCallback, useState } from 'react'
import { type Memory, type MemoryList, normaliseMemoryText } from './memories'

/** What the memory list needs of the chat store; declared here so this folder does not import the store. */
export type MemoryStore = {
  readMemories(): Promise<MemoryList>
  addMemory(text: string): Promise<MemoryList>
  editMemory(id: string, text: string): Promise<MemoryList>
  deleteMemory(id: string): Promise<MemoryList>
}

/** The memory list in React state. Each change is stored first; `add` hands back the new list for the prompt. */
export function useMemories(store: MemoryStore, initial: Memory[], report: (error: unknown) => void) {
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
