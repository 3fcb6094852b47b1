import type { ComponentProps } from 'react'
import { classNames } from './class-names'

const variantClasses = {
  primary: 'bg-amber-500 text-slate-950 hover:bg-amber-400 disabled:bg-amber-500/30 disabled:text-slate-400',
  secondary: 'border border-white/15 bg-white/5 text-slate-100 hover:bg-white/10 disabled:text-slate-500',
  ghost: 'text-amber-300 hover:bg-white/5 disabled:text-slate-500',
  danger: 'border border-rose-400/40 bg-rose-500/10 text-rose-100 hover:bg-rose-500/20 disabled:text-slate-500',
} as const

const sizeClasses = {
  sm: 'h-8 px-3 text-xs',
  md: 'h-10 px-4 text-sm',
} as const

export type ButtonProps = ComponentProps<'button'> & {
  variant?: keyof typeof variantClasses
  size?: keyof typeof sizeClasses
}

export function Button({ variant = 'primary', size = 'md', className, type = 'button', ...buttonProps }: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames(
        'inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors motion-reduce:transition-none',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-400 disabled:cursor-not-allowed',
        variantClasses[variant],
        sizeClasses[size],
        className,
      )}
      {...buttonProps}
    />
  )
}
