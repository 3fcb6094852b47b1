import { Button } from '@rialto/ui/button'
import { InlineEditForm } from '@rialto/ui/inline-edit-form'
import { TextField } from '@rialto/ui/text-field'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { longestMemory, type Memory } from './memories'

export type MemoriesPanelProps = {
  memories: readonly Memory[]
  onAdd: (text: string) => Promise<unknown>
  onEdit: (id: string, text: string) => Promise<unknown>
  onDelete: (id: string) => Promise<unknown>
}

/** Facts the assistant keeps about the user: sent with every question as part of the system prompt. */
export function MemoriesPanel({ memories, onAdd, onEdit, onDelete }: MemoriesPanelProps) {
  const [draft, setDraft] = useState('')

  async function add(event: FormEvent) {
    event.preventDefault()
    if (draft.trim() === '') return
    await onAdd(draft)
    setDraft('')
  }

  return (
    <div className="flex flex-col gap-4" data-testid="memories-panel">
      <p className="text-xs text-slate-400">
        Sent with every question so the assistant knows them. Add one here, press “Remember” on a message, or start a
        message with “Remember that …”.
      </p>
      {memories.length === 0 ? <p className="text-sm text-slate-400">No memories yet.</p> : null}
      <ul className="flex flex-col gap-2">
        {memories.map((memory) => (
          <MemoryRow key={memory.id} memory={memory} onEdit={onEdit} onDelete={onDelete} />
        ))}
      </ul>
      <form onSubmit={add} className="flex items-end gap-2">
        <TextField
          id="new-memory"
          label="New memory"
          className="flex-1"
          maxLength={longestMemory}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit" disabled={draft.trim() === ''}>
          Add
        </Button>
      </form>
    </div>
  )
}

function MemoryRow({ memory, onEdit, onDelete }: { memory: Memory } & Pick<MemoriesPanelProps, 'onEdit' | 'onDelete'>) {
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(memory.text)
  const textInput = useRef<HTMLInputElement>(null)
  // The field appears because the user pressed Edit: typing should go straight into it.
  useEffect(() => {
    if (editing) textInput.current?.focus()
  }, [editing])

  async function save(event: FormEvent) {
    event.preventDefault()
    await onEdit(memory.id, text)
    setEditing(false)
  }

  if (editing) {
    return (
      <li>
        <InlineEditForm
          id={`memory-${memory.id}`}
          label="Edit memory"
          onSubmit={save}
          ref={textInput}
          value={text}
          maxLength={longestMemory}
          onChange={(event) => setText(event.target.value)}
        />
      </li>
    )
  }
  return (
    <li className="flex items-center gap-2 rounded-lg bg-white/[0.04] px-3 py-2 text-sm" data-testid="memory">
      <span className="min-w-0 flex-1 break-words text-slate-200">{memory.text}</span>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          setText(memory.text)
          setEditing(true)
        }}
      >
        Edit
      </Button>
      <Button variant="ghost" size="sm" onClick={() => onDelete(memory.id)}>
        Delete
      </Button>
    </li>
  )
}
