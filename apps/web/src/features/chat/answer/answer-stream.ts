import type { VeniceClient } from '@rialto/venice-api/client'
import { StreamCutError } from '@rialto/venice-api/errors'
import type { BalanceHeaders } from '@rialto/venice-api/response-headers'
import { type ChatMessage, streamChatCompletion } from '@rialto/venice-api/stream-chat-completion'
import type { AnswerEnding } from '../conversations/conversation'

export type AnswerResult =
  /** Some answer (maybe empty if stopped at once); `ending` is set when it did not finish. */
  | { kind: 'answer'; text: string; ending: AnswerEnding | undefined; cutReason?: string }
  /** No answer at all: the error's `message` is the sentence to show. */
  | { kind: 'failed'; error: unknown }

export type AnswerCallbacks = {
  /** The whole text so far, after each piece. */
  onText(text: string): void
  /** The balance Venice reported with this answer (before it was charged). */
  onBalance?(balance: BalanceHeaders): void
  /**
   * Saves the text so far while a long answer streams, so that a crash loses seconds, not the answer: called at
   * most every `checkpointEveryMs`, never while the previous one runs. It reports its own failures.
   */
  onCheckpoint?(text: string): Promise<void>
}

/** A crash loses at most this much of a long answer. */
export const checkpointEveryMs = 5_000

/** Streams one answer to the end, never throwing: the result says how it ended. */
export async function streamAnswer(
  client: VeniceClient,
  request: { model: string; messages: readonly ChatMessage[]; signal: AbortSignal },
  { onText, onBalance, onCheckpoint }: AnswerCallbacks,
): Promise<AnswerResult> {
  const checkpoints = checkpointer(onCheckpoint)
  const result = await readAnswer(client, request, {
    onBalance,
    onText(text) {
      onText(text)
      checkpoints.offer(text)
    },
  })
  // The caller saves the final answer next: no checkpoint may land after it.
  await checkpoints.settled()
  return result
}

async function readAnswer(
  client: VeniceClient,
  request: { model: string; messages: readonly ChatMessage[]; signal: AbortSignal },
  { onText, onBalance }: AnswerCallbacks,
): Promise<AnswerResult> {
  let text = ''
  try {
    for await (const event of streamChatCompletion(client, request)) {
      if (event.type === 'response') {
        const { balanceDiem, balanceUsd } = event.info.balance
        if (balanceDiem !== undefined || balanceUsd !== undefined) onBalance?.(event.info.balance)
      } else if (event.type === 'delta') {
        text += event.text
        onText(text)
      } else if (event.type === 'end') {
        if (event.outcome === 'done') return { kind: 'answer', text: event.text, ending: undefined }
        if (event.outcome === 'stopped') return { kind: 'answer', text: event.text, ending: 'stopped' }
        return { kind: 'answer', text: event.text, ending: 'cut', cutReason: event.error.message }
      }
    }
  } catch (error) {
    return { kind: 'failed', error }
  }
  // The generator always ends with `end`; reaching here means it broke off without saying so.
  return { kind: 'answer', text, ending: 'cut', cutReason: new StreamCutError({ partialText: text }).message }
}

/** Calls `save` with the latest text once `checkpointEveryMs` have passed since the last call, one call at a time. */
function checkpointer(save: ((text: string) => Promise<void>) | undefined) {
  let lastAt = Date.now()
  let running: Promise<void> | undefined
  return {
    offer(text: string) {
      if (save === undefined || running !== undefined || Date.now() - lastAt < checkpointEveryMs) return
      lastAt = Date.now()
      // A failed checkpoint must not end the answer: the final save still comes.
      running = save(text)
        .catch(() => undefined)
        .finally(() => {
          running = undefined
        })
    },
    settled: async () => {
      await running
    },
  }
}
