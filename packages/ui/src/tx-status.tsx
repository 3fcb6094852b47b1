import type { ReactNode } from 'react'
import { classNames } from './class-names'

export type TxPhase = 'simulating' | 'signing' | 'pending' | 'awaiting-signers' | 'confirmed' | 'failed'

const phaseClasses: Record<TxPhase, string> = {
  simulating: 'border-sky-400/20 bg-sky-400/5 text-sky-100',
  signing: 'border-amber-400/30 bg-amber-400/10 text-amber-100',
  pending: 'border-sky-400/20 bg-sky-400/5 text-sky-100',
  'awaiting-signers': 'border-violet-400/30 bg-violet-400/10 text-violet-100',
  confirmed: 'border-emerald-400/30 bg-emerald-400/10 text-emerald-100',
  failed: 'border-rose-400/30 bg-rose-400/10 text-rose-100',
}

export type TxStatusProps = {
  phase: TxPhase
  /** Still under way: shows a spinner. Which phases are busy is the flow's rule, not this component's. */
  busy: boolean
  title: ReactNode
  children?: ReactNode
  /** E.g. the transaction on a block explorer. */
  link?: { href: string; label: ReactNode }
  'data-testid'?: string
}

/** Where a transaction stands, in words. Failures are announced as alerts, progress politely. */
export function TxStatus({ phase, busy, title, children, link, ...rest }: TxStatusProps) {
  return (
    <div
      role={phase === 'failed' ? 'alert' : 'status'}
      aria-live={phase === 'failed' ? 'assertive' : 'polite'}
      data-phase={phase}
      data-testid={rest['data-testid']}
      className={classNames('flex gap-3 rounded-xl border px-4 py-3 text-sm', phaseClasses[phase])}
    >
      {busy ? (
        <span
          aria-hidden="true"
          className="mt-0.5 size-4 shrink-0 animate-spin rounded-full border-2 border-current border-t-transparent"
        />
      ) : null}
      <div className="flex min-w-0 flex-col gap-1">
        <p className="font-medium">{title}</p>
        {children ? <div className="opacity-80">{children}</div> : null}
        {link ? (
          <a className="underline underline-offset-2" href={link.href} target="_blank" rel="noreferrer">
            {link.label}
          </a>
        ) : null}
      </div>
    </div>
  )
}
