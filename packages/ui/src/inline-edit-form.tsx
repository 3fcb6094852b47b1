import type { ComponentProps, FormEvent } from 'react'
import { Button } from './button'

export type InlineEditFormProps = Omit<ComponentProps<'input'>, 'id' | 'onSubmit'> & {
  id: string
  /** Read by screen readers only: the row itself shows what is being edited. */
  label: string
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

/** One text input and a Save button in place of a list row, for renaming or editing that row. */
export function InlineEditForm({ id, label, onSubmit, ...inputProps }: InlineEditFormProps) {
  // What is renamed or edited here is private (titles, memories): keep it out of the browser's form history.
  return (
    <form onSubmit={onSubmit} className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        className="h-8 min-w-0 flex-1 rounded-md border border-white/10 bg-black/20 px-2 text-sm text-slate-50 outline-none"
        autoComplete="off"
        {...inputProps}
      />
      <Button type="submit" size="sm">
        Save
      </Button>
    </form>
  )
}
