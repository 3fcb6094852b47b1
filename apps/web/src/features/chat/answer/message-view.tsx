import { Button } from '@rialto/ui/button'
import { classNames } from '@rialto/ui/class-names'
import { StreamCutError } from '@rialto/venice-api/errors'
import type { AnswerEnding, StoredMessage } from '../conversations/conversation'
import { ChatMarkdown } from '../markdown/chat-markdown'

/** The venice-api sentence for a cut answer, also for answers cut in an earlier session. */
const cutSentence = new StreamCutError({ partialText: '' }).message

const endingNotes: Record<AnswerEnding, string> = {
  stopped: 'Stopped before the end.',
  cut: cutSentence,
}

export type MessageViewProps = {
  message: Pick<StoredMessage, 'role' | 'content' | 'ending'>
  streaming?: boolean
  /** Keeps this message as a memory (shown on the user's own messages). */
  onRemember?: () => void
}

/** One message. The user's text is shown as typed; answers as sanitized markdown. */
export function MessageView({ message, streaming = false, onRemember }: MessageViewProps) {
  const fromUser = message.role === 'user'
  return (
    <article
      data-testid="message"
      data-role={message.role}
      data-ending={message.ending}
      data-streaming={streaming ? 'true' : undefined}
      aria-busy={streaming || undefined}
      className={classNames(
        'flex max-w-[85%] flex-col gap-2 rounded-2xl px-4 py-3 text-sm leading-relaxed',
        fromUser ? 'self-end bg-amber-400/10 text-slate-100' : 'self-start bg-white/[0.04] text-slate-200',
      )}
    >
      {fromUser ? (
        <p className="whitespace-pre-wrap break-words">{message.content}</p>
      ) : (
        <ChatMarkdown text={message.content} />
      )}
      {streaming ? <span className="text-xs text-slate-400">Answering…</span> : null}
      {message.ending ? (
        <p data-testid="answer-ending" className="text-xs text-amber-300/80">
          {endingNotes[message.ending]}
        </p>
      ) : null}
      {onRemember ? (
        <div className="flex justify-end">
          <Button variant="ghost" size="sm" onClick={onRemember}>
            Remember
          </Button>
        </div>
      ) : null}
    </article>
  )
}
