import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import { useEffect, useRef } from 'react'
import type { StoredMessage } from '../conversations/conversation'
import { MessageView } from './message-view'
import type { StreamingAnswer, TurnFailure, UnsavedAnswer } from './use-answer-turn'

export type MessageListProps = {
  messages: readonly StoredMessage[]
  streaming: StreamingAnswer | undefined
  failure: TurnFailure | undefined
  unsaved: UnsavedAnswer | undefined
  busy: boolean
  onRemember: (message: StoredMessage) => void
  onAskAgain: () => void
  onRetrySave: () => void
  onUsePassThrough: () => void
}

/** The open conversation, the answer being streamed, and what went wrong with the last question, if anything. */
export function MessageList({
  messages,
  streaming,
  failure,
  unsaved,
  busy,
  onRemember,
  onAskAgain,
  onRetrySave,
  onUsePassThrough,
}: MessageListProps) {
  const end = useRef<HTMLDivElement>(null)
  const last = messages.at(-1)
  const streamedText = streaming?.text
  // biome-ignore lint/correctness/useExhaustiveDependencies: these are the triggers (the answer grows, another conversation opens), not inputs.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' })
  }, [streamedText, last?.id])

  if (messages.length === 0 && streaming === undefined) {
    return (
      <p className="py-16 text-center text-sm text-slate-400">
        Ask anything. Messages are encrypted in this browser before they are saved.
      </p>
    )
  }
  return (
    <div className="flex flex-col gap-3" data-testid="messages">
      {messages.map((message) => (
        <MessageView
          key={message.id}
          message={message}
          onRemember={message.role === 'user' ? () => onRemember(message) : undefined}
        />
      ))}
      {streaming ? <MessageView message={{ role: 'assistant', content: streaming.text }} streaming /> : null}
      {unsaved ? (
        <>
          <MessageView message={unsaved.message} />
          <Notice tone="error" title="This answer is not saved yet." data-testid="answer-unsaved">
            <Button variant="secondary" size="sm" onClick={onRetrySave}>
              Try saving again
            </Button>
          </Notice>
        </>
      ) : null}
      {failure ? (
        <Notice tone="error" title={failure.message} data-testid="answer-error">
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={onAskAgain} disabled={busy}>
              Retry
            </Button>
            {failure.offerPassThrough ? (
              <Button variant="secondary" size="sm" onClick={onUsePassThrough} data-testid="use-pass-through">
                Use Rialto’s pass-through (stores nothing)
              </Button>
            ) : null}
          </div>
        </Notice>
      ) : null}
      {!busy && failure === undefined && last?.role === 'assistant' ? (
        <div className="flex justify-start">
          <Button variant="ghost" size="sm" onClick={onAskAgain}>
            Regenerate
          </Button>
        </div>
      ) : null}
      <div ref={end} />
    </div>
  )
}
