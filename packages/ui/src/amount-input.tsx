import type { ReactNode } from 'react'
import { classNames } from './class-names'

export type AmountInputProps = {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  symbol: string
  /** What is available, shown beside the label, e.g. "Balance 1,234.5 VVV". */
  available?: ReactNode
  /** Fills in the whole available amount. */
  onMax?: () => void
  /** Why the amount cannot be sent; shown under the field. */
  error?: string
  disabled?: boolean
  'data-testid'?: string
}

/** A text field for token amounts: text, not `type="number"`, so what the person typed reaches the parser as is. */
export function AmountInput({
  id,
  label,
  value,
  onChange,
  symbol,
  available,
  onMax,
  error,
  disabled,
  ...rest
}: AmountInputProps) {
  const errorId = `${id}-error`
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-3 text-xs">
        <label htmlFor={id} className="font-medium text-slate-300">
          {label}
        </label>
        {available ? <span className="font-mono text-slate-400">{available}</span> : null}
      </div>
      <div
        className={classNames(
          'flex items-center gap-2 rounded-lg border bg-black/20 px-3 focus-within:border-amber-400/60',
          error ? 'border-rose-400/50' : 'border-white/10',
        )}
      >
        <input
          id={id}
          data-testid={rest['data-testid']}
          className="h-11 min-w-0 flex-1 bg-transparent font-mono text-base text-slate-50 outline-none placeholder:text-slate-600"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder="0.0"
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="text-sm text-slate-400">{symbol}</span>
        {onMax ? (
          <button
            type="button"
            className="rounded px-2 py-1 text-xs font-semibold text-amber-300 hover:bg-white/5 disabled:text-slate-500"
            onClick={onMax}
            disabled={disabled}
          >
            Max
          </button>
        ) : null}
      </div>
      {error ? (
        <p
          id={errorId}
          className="text-xs text-rose-300"
          data-testid={rest['data-testid'] ? `${rest['data-testid']}-error` : undefined}
        >
          {error}
        </p>
      ) : null}
    </div>
  )
}
