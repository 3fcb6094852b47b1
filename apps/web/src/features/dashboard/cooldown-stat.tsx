import { cooldownStatus } from '@rialto/protocol/cooldown'
import { formatAmount, formatDuration } from '@rialto/protocol/format'
import type { PendingUnstake } from '@rialto/protocol/position'
import { Countdown } from '@rialto/ui/countdown'
import { Stat } from '@rialto/ui/stat'

type CooldownStatProps = {
  testId: string
  label: string
  unit: string
  unstake: PendingUnstake
  /** The chain's clock (seconds), ticking. */
  chainNow: number
  readyHint: string
}

/** An amount waiting out its cooldown, with the time left counting down every second. */
export function CooldownStat({ testId, label, unit, unstake, chainNow, readyHint }: CooldownStatProps) {
  const status = cooldownStatus(unstake, chainNow)
  const hint =
    status.kind === 'none' ? (
      'Nothing waiting'
    ) : status.kind === 'ready' ? (
      <span className="text-emerald-300" data-testid={`${testId}-ready`}>
        {readyHint}
      </span>
    ) : (
      <span>
        Ready in{' '}
        <Countdown
          secondsLeft={status.secondsLeft}
          label={formatDuration(status.secondsLeft)}
          data-testid={`${testId}-countdown`}
        />
      </span>
    )
  return (
    <Stat
      data-testid={testId}
      data-wei={unstake.amount.toString()}
      data-cooldown-end={unstake.cooldownEnd.toString()}
      label={label}
      value={formatAmount(unstake.amount)}
      unit={unit}
      hint={hint}
    />
  )
}
