import { createVeniceClient } from '@rialto/venice-api/client'
import type { BalanceHeaders } from '@rialto/venice-api/response-headers'
import { useCallback, useRef, useState } from 'react'
import {
  type AnswerEnding,
  answersAfterLastQuestion,
  type Conversation,
  type StoredMessage,
} from '../conversations/conversation'
import { type Endpoint, shouldOfferPassThrough } from '../endpoint/endpoint'
import { errorSentence } from '../errors/error-sentence'
import { type Memory, rememberedFact } from '../memory/memories'
import { requestMessages } from '../prompt/system-prompt'
import type { ChatStore } from '../store/chat-store'
import { streamAnswer } from './answer-stream'

export type StreamingAnswer = { conversationId: string; text: string }

/** No answer came: the sentence says why; `offerPassThrough` when the browser blocked a direct call to Venice. */
export type TurnFailure = { conversationId: string; message: string; offerPassThrough: boolean }

/** An answer that arrived but could not be stored (storage full): kept on screen until a save succeeds. */
export type UnsavedAnswer = { conversationId: string; message: StoredMessage }

type TurnDependencies = {
  store: ChatStore
  endpoint: Endpoint
  model: string
  memories: Memory[]
  open: Conversation | undefined
  /** Called with every conversation the vault accepted. */
  onSaved: (conversation: Conversation, options?: { show?: boolean }) => void
  addMemory: (text: string) => Promise<Memory[] | undefined>
  report: (error: unknown) => void
}

/**
 * One question and its streamed answer. The question is stored before anything is sent; the answer every few
 * seconds while it streams (marked cut, which is what it is if the page dies then) and when it ends (done, stopped
 * or cut), always as the same message: a crash mid-answer loses only its last seconds.
 */
export function useAnswerTurn({
  store,
  endpoint,
  model,
  memories,
  open,
  onSaved,
  addMemory,
  report,
}: TurnDependencies) {
  const [streaming, setStreaming] = useState<StreamingAnswer>()
  const [failure, setFailure] = useState<TurnFailure>()
  const [unsaved, setUnsaved] = useState<UnsavedAnswer>()
  const [balance, setBalance] = useState<BalanceHeaders>()
  const stopper = useRef<AbortController | undefined>(undefined)
  const running = useRef<Promise<void>>(Promise.resolve())
  // Set from the click on Send until the answer ends, so a double click cannot send twice.
  const busy = useRef(false)

  const saveAnswer = useCallback(
    async (conversationId: string, message: StoredMessage) => {
      try {
        onSaved(await store.addMessage(conversationId, message))
        setUnsaved(undefined)
      } catch (error) {
        report(error)
        setUnsaved({ conversationId, message })
      }
    },
    [store, onSaved, report],
  )

  // Not shown (`onSaved`): the answer is on screen as it streams, and the final save replaces this one.
  const saveCheckpoint = useCallback(
    async (conversationId: string, message: StoredMessage) => {
      try {
        await store.addMessage(conversationId, message)
      } catch (error) {
        report(error)
      }
    },
    [store, report],
  )

  const answer = useCallback(
    (conversation: Conversation, memoriesNow: Memory[]) => {
      const stop = new AbortController()
      stopper.current = stop
      setFailure(undefined)
      setUnsaved(undefined)
      setStreaming({ conversationId: conversation.id, text: '' })
      const client = createVeniceClient({ baseUrl: endpoint.baseUrl, apiKey: endpoint.apiKey })
      const run = async () => {
        try {
          await streamAndSave()
        } finally {
          stopper.current = undefined
          setStreaming(undefined)
          busy.current = false
        }
      }
      // One id for every save of this answer, so each replaces the one before.
      const answerId = crypto.randomUUID()
      const answerMessage = (text: string, ending: AnswerEnding | undefined): StoredMessage => ({
        id: answerId,
        role: 'assistant',
        content: text,
        at: Date.now(),
        model,
        ...(ending === undefined ? {} : { ending }),
      })
      const streamAndSave = async () => {
        const messages = requestMessages(conversation.messages, memoriesNow)
        const result = await streamAnswer(
          client,
          { model, messages, signal: stop.signal },
          {
            onText: (text) => {
              setStreaming({ conversationId: conversation.id, text })
            },
            onBalance: setBalance,
            onCheckpoint: (text) => saveCheckpoint(conversation.id, answerMessage(text, 'cut')),
          },
        )
        if (result.kind === 'failed') {
          const offerPassThrough = shouldOfferPassThrough(result.error, endpoint.mode)
          setFailure({ conversationId: conversation.id, message: errorSentence(result.error), offerPassThrough })
        } else if (result.text === '' && result.ending === 'cut') {
          setFailure({ conversationId: conversation.id, message: result.cutReason ?? '', offerPassThrough: false })
        } else if (result.text !== '') {
          await saveAnswer(conversation.id, answerMessage(result.text, result.ending))
        }
      }
      running.current = run()
    },
    [endpoint, model, saveAnswer, saveCheckpoint],
  )

  /** Stores the question, then streams the answer. Resolves once the question is stored (the composer clears). */
  const send = useCallback(
    async (text: string): Promise<boolean> => {
      if (busy.current || text.trim() === '') return false
      busy.current = true
      const question: StoredMessage = { id: crypto.randomUUID(), role: 'user', content: text.trim(), at: Date.now() }
      let conversation: Conversation
      try {
        conversation = open ? await store.addMessage(open.id, question) : await store.startConversation(question)
      } catch (error) {
        busy.current = false
        report(error)
        return false
      }
      onSaved(conversation, { show: true })
      const fact = rememberedFact(question.content)
      const memoriesNow = fact === undefined ? memories : ((await addMemory(fact)) ?? memories)
      answer(conversation, memoriesNow)
      return true
    },
    [open, store, onSaved, memories, addMemory, answer, report],
  )

  /** Retry after a failure, or regenerate: answers after the last question are dropped, then it is asked again. */
  const askAgain = useCallback(async () => {
    if (busy.current || open === undefined) return
    busy.current = true
    const stale = answersAfterLastQuestion(open)
    let conversation = open
    try {
      if (stale.size > 0) conversation = await store.removeMessages(open.id, stale)
    } catch (error) {
      busy.current = false
      report(error)
      return
    }
    onSaved(conversation)
    answer(conversation, memories)
  }, [open, store, onSaved, memories, answer, report])

  const stop = useCallback(() => stopper.current?.abort(), [])

  /** Before a lock: stop the answer and wait until what arrived is stored. */
  const stopAndSave = useCallback(async () => {
    stopper.current?.abort()
    await running.current
  }, [])

  const retrySave = useCallback(() => {
    if (unsaved) void saveAnswer(unsaved.conversationId, unsaved.message)
  }, [unsaved, saveAnswer])

  return { streaming, failure, unsaved, balance, send, askAgain, stop, stopAndSave, retrySave }
}

export type AnswerTurn = ReturnType<typeof useAnswerTurn>
