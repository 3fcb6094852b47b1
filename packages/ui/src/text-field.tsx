import type { ComponentProps, ReactNode } from 'react'
import { classNames } from './class-names'

export type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  id: string
  label: ReactNode
  /** A quiet line under the field: what it is for, or what happens to what is typed. */
  hint?: ReactNode
  /** Why the value cannot be used; announced and shown under the field instead of the hint. */
  error?: string
}

/**
 * A labelled single-line text input, with a hint or an error under it. Form history is off unless a field asks
 * for it (`autoComplete="new-password"` …): what people type here is often private, and browsers store it in clear.
 */
export function TextField({ id, label, hint, error, className, autoComplete = 'off', ...inputProps }: TextFieldProps) {
  const noteId = `${id}-note`
  const note = error ?? hint
  return (
    <div className={classNames('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-xs font-medium text-slate-300">
        {label}
      </label>
      <input
        id={id}
        className={classNames(
          'h-10 rounded-lg border bg-black/20 px-3 text-sm text-slate-50 outline-none placeholder:text-slate-600',
          'focus:border-amber-400/60 disabled:text-slate-500',
          error ? 'border-rose-400/50' : 'border-white/10',
        )}
        aria-invalid={error ? true : undefined}
        aria-describedby={note ? noteId : undefined}
        autoComplete={autoComplete}
        {...inputProps}
      />
      {note ? (
        <p
          id={noteId}
          role={error ? 'alert' : undefined}
          className={error ? 'text-xs text-rose-300' : 'text-xs text-slate-400'}
        >
          {note}
        </p>
      ) : null}
    </div>
  )
}
