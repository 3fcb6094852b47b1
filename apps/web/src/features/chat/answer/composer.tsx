import { Button } from '@rialto/ui/button'
import { type FormEvent, type KeyboardEvent, useState } from 'react'

export type ComposerProps = {
  streaming: boolean
  /** Why nothing can be sent yet (no key, no model), in a sentence; `undefined` when ready. */
  blockedBecause: string | undefined
  /** Resolves `true` once the question is stored; the text stays in the box otherwise. */
  onSend: (text: string) => Promise<boolean>
  onStop: () => void
}

/** Where questions are typed. Enter sends, Shift+Enter starts a new line. */
export function Composer({ streaming, blockedBecause, onSend, onStop }: ComposerProps) {
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)

  async function send(event?: FormEvent) {
    event?.preventDefault()
    if (sending || streaming || blockedBecause !== undefined || text.trim() === '') return
    setSending(true)
    if (await onSend(text)) setText('')
    setSending(false)
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      void send()
    }
  }

  return (
    <form onSubmit={send} className="flex flex-col gap-2">
      <label htmlFor="chat-message" className="sr-only">
        Message
      </label>
      <textarea
        id="chat-message"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        placeholder="Write a message. Start with “Remember that …” to keep a fact."
        className="resize-y rounded-xl border border-white/10 bg-black/20 px-3 py-2 text-sm text-slate-50 outline-none placeholder:text-slate-600 focus:border-amber-400/60"
      />
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs text-slate-400">{blockedBecause ?? 'Enter to send · Shift+Enter for a new line'}</p>
        {streaming ? (
          <Button variant="secondary" onClick={onStop}>
            Stop
          </Button>
        ) : (
          <Button type="submit" disabled={sending || blockedBecause !== undefined || text.trim() === ''}>
            Send
          </Button>
        )}
      </div>
    </form>
  )
}
