export type CountdownProps = {
  secondsLeft: number
  /** The time left as text, e.g. "4 d 23 h". */
  label: string
  'data-testid'?: string
}

/** Time left until something unlocks; the seconds stay machine-readable for tests and assistive tech. */
export function Countdown({ secondsLeft, label, ...rest }: CountdownProps) {
  const seconds = Math.max(0, Math.floor(secondsLeft))
  return (
    <time
      dateTime={`PT${seconds}S`}
      data-seconds-left={seconds}
      data-testid={rest['data-testid']}
      className="font-mono tabular-nums text-amber-200"
    >
      {label}
    </time>
  )
}
