import { Composer } from '../answer/composer'
import { MessageList } from '../answer/message-list'
import type { AnswerTurn } from '../answer/use-answer-turn'
import type { Conversation } from '../conversations/conversation'
import { factFromMessage } from '../memory/memories'

export type OpenConversationProps = {
  conversation: Conversation | undefined
  turn: AnswerTurn
  /** Why nothing can be sent yet, in a sentence; `undefined` when ready. */
  blockedBecause: string | undefined
  onRemember: (fact: string) => void
  onUsePassThrough: () => void
}

/** The open conversation with its answer in progress (shown only if it belongs to this one), and the composer. */
export function OpenConversation({
  conversation,
  turn,
  blockedBecause,
  onRemember,
  onUsePassThrough,
}: OpenConversationProps) {
  const openId = conversation?.id
  const busy = turn.streaming !== undefined
  return (
    <>
      <MessageList
        messages={conversation?.messages ?? []}
        streaming={turn.streaming?.conversationId === openId ? turn.streaming : undefined}
        failure={turn.failure?.conversationId === openId ? turn.failure : undefined}
        unsaved={turn.unsaved?.conversationId === openId ? turn.unsaved : undefined}
        busy={busy}
        onRemember={(message) => {
          const fact = factFromMessage(message.content)
          if (fact !== undefined) onRemember(fact)
        }}
        onAskAgain={turn.askAgain}
        onRetrySave={turn.retrySave}
        onUsePassThrough={onUsePassThrough}
      />
      <Composer streaming={busy} blockedBecause={blockedBecause} onSend={turn.send} onStop={turn.stop} />
    </>
  )
}
