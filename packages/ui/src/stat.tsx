import type { ComponentProps, ReactNode } from 'react'

export type StatProps = ComponentProps<'div'> & {
  label: ReactNode
  /** `undefined` while the value is loading: a placeholder keeps the layout still. */
  value: ReactNode | undefined
  unit?: ReactNode
  hint?: ReactNode
}

export function Stat({ label, value, unit, hint, className = '', ...divProps }: StatProps) {
  return (
    <div className={`flex flex-col gap-1 rounded-xl bg-white/[0.04] px-4 py-3 ${className}`} {...divProps}>
      <span className="text-xs text-slate-400">{label}</span>
      {value === undefined ? (
        <span aria-hidden="true" className="my-1 h-6 w-24 animate-pulse rounded bg-white/10" />
      ) : (
        <span className="font-mono text-xl tabular-nums text-slate-50">
          {value}
          {unit ? <span className="ml-1.5 text-sm text-slate-400">{unit}</span> : null}
        </span>
      )}
      {hint ? <span className="text-xs text-slate-400">{hint}</span> : null}
    </div>
  )
}
