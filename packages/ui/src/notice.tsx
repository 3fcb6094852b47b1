import type { ComponentProps, ReactNode } from 'react'

const toneClasses = {
  info: 'border-sky-400/20 bg-sky-400/5 text-sky-100',
  error: 'border-rose-400/30 bg-rose-400/10 text-rose-100',
} as const

export type NoticeProps = ComponentProps<'div'> & {
  tone?: keyof typeof toneClasses
  title: ReactNode
  children?: ReactNode
}

/** A sentence for the reader: why nothing is shown, or what went wrong. Errors are announced (`role="alert"`). */
export function Notice({ tone = 'info', title, children, className = '', ...divProps }: NoticeProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-xl border px-4 py-3 text-sm ${toneClasses[tone]} ${className}`}
      {...divProps}
    >
      <p className="font-medium">{title}</p>
      {children ? <div className="mt-1 opacity-80">{children}</div> : null}
    </div>
  )
}
