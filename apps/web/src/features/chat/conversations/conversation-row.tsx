import { Button } from '@rialto/ui/button'
import { classNames } from '@rialto/ui/class-names'
import { InlineEditForm } from '@rialto/ui/inline-edit-form'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import type { ConversationSummary } from './conversation-index'

type RowMode = 'view' | 'rename' | 'confirm-delete'

export type ConversationRowProps = {
  summary: ConversationSummary
  open: boolean
  onOpen: () => void
  onRename: (title: string) => void
  onDelete: () => void
}

/** One conversation in the list: open it, rename it in place, or delete it after a second click. */
export function ConversationRow({ summary, open, onOpen, onRename, onDelete }: ConversationRowProps) {
  const [mode, setMode] = useState<RowMode>('view')
  const [title, setTitle] = useState(summary.title)
  const titleInput = useRef<HTMLInputElement>(null)
  // The rename field appears because the user asked for it: typing should go straight into it.
  useEffect(() => {
    if (mode === 'rename') titleInput.current?.focus()
  }, [mode])

  function saveTitle(event: FormEvent) {
    event.preventDefault()
    onRename(title)
    setMode('view')
  }

  if (mode === 'rename') {
    return (
      <li>
        <InlineEditForm
          id={`rename-${summary.id}`}
          label="New title"
          onSubmit={saveTitle}
          ref={titleInput}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </li>
    )
  }
  return (
    <li className={classNames('group flex items-center gap-1 rounded-lg', open && 'bg-white/[0.06]')}>
      <button
        type="button"
        onClick={onOpen}
        aria-current={open ? 'true' : undefined}
        className="min-w-0 flex-1 truncate px-2 py-2 text-left text-sm text-slate-200 hover:text-white"
      >
        {summary.title}
      </button>
      {mode === 'confirm-delete' ? (
        <>
          <Button variant="danger" size="sm" onClick={onDelete} aria-label={`Delete “${summary.title}” for good`}>
            Delete
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setMode('view')}>
            Keep
          </Button>
        </>
      ) : (
        <>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Rename “${summary.title}”`}
            onClick={() => {
              setTitle(summary.title)
              setMode('rename')
            }}
          >
            ✎
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Delete “${summary.title}”`}
            onClick={() => setMode('confirm-delete')}
          >
            ×
          </Button>
        </>
      )}
    </li>
  )
}
