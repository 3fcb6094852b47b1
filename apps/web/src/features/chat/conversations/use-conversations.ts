import { useCallback, useRef, useState } from 'react'
import type { Conversation } from './conversation'
import { type ConversationSummary, newestFirst, summaryOf, withSummary } from './conversation-index'

/** What the list needs of the chat store; declared here so this folder does not import the store. */
export type ConversationStore = {
  readIndex(): Promise<ConversationSummary[]>
  readConversation(id: string): Promise<Conversation | undefined>
  rename(conversationId: string, title: string): Promise<Conversation>
  deleteConversation(conversationId: string): Promise<void>
}

/**
 * The conversation list and the open conversation. Only the open one is decrypted; another is read from the vault
 * when the user opens it.
 */
export function useConversations(
  store: ConversationStore,
  initial: { conversations: ConversationSummary[]; open: Conversation | undefined },
  report: (error: unknown) => void,
) {
  const [list, setList] = useState(initial.conversations)
  const [open, setOpen] = useState(initial.open)
  // Which conversation the user asked for: a slow read of an earlier choice must not replace it.
  const wanted = useRef(initial.open?.id)

  const select = useCallback(
    async (id: string) => {
      wanted.current = id
      try {
        const conversation = await store.readConversation(id)
        if (wanted.current === id) setOpen(conversation)
      } catch (error) {
        if (wanted.current === id) setOpen(undefined)
        report(error)
      }
    },
    [store, report],
  )

  const startNew = useCallback(() => {
    wanted.current = undefined
    setOpen(undefined)
  }, [])

  /** A save went through: show it if it is the open conversation (or the one just started), list it either way. */
  const saved = useCallback((conversation: Conversation, { show = false } = {}) => {
    if (show || wanted.current === conversation.id) {
      wanted.current = conversation.id
      setOpen(conversation)
    }
    setList((current) => withSummary({ conversations: current }, summaryOf(conversation)).conversations)
  }, [])

  const rename = useCallback(
    async (id: string, title: string) => {
      try {
        saved(await store.rename(id, title))
      } catch (error) {
        report(error)
      }
    },
    [store, report, saved],
  )

  const remove = useCallback(
    async (id: string) => {
      try {
        await store.deleteConversation(id)
        setList((current) => current.filter((summary) => summary.id !== id))
        if (wanted.current === id) {
          wanted.current = undefined
          setOpen(undefined)
        }
      } catch (error) {
        report(error)
      }
    },
    [store, report],
  )

  /** Another tab changed the list or a conversation: read the index again (and the open one if it changed). */
  const reloadList = useCallback(() => {
    store.readIndex().then((summaries) => setList(newestFirst(summaries)), report)
  }, [store, report])

  const reloadIfOpen = useCallback(
    (id: string) => {
      if (wanted.current !== id) return
      store.readConversation(id).then((conversation) => {
        if (wanted.current === id) setOpen(conversation)
      }, report)
    },
    [store, report],
  )

  return { list, open, select, startNew, saved, rename, remove, reloadList, reloadIfOpen }
}
