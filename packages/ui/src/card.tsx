import type { ComponentProps, ReactNode } from 'react'

export type CardProps = ComponentProps<'section'> & {
  title: ReactNode
  /** Shown on the right of the title, e.g. the block the numbers are from. */
  aside?: ReactNode
}

export function Card({ title, aside, children, className = '', ...sectionProps }: CardProps) {
  return (
    <section
      className={`rounded-2xl border border-white/10 bg-white/[0.03] p-6 shadow-lg shadow-black/20 ${className}`}
      {...sectionProps}
    >
      <header className="mb-5 flex items-baseline justify-between gap-4">
        <h2 className="text-sm font-medium uppercase tracking-wider text-slate-400">{title}</h2>
        {aside ? <div className="font-mono text-xs text-slate-400">{aside}</div> : null}
      </header>
      {children}
    </section>
  )
}
