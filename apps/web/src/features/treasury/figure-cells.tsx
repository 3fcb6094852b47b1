import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import type { PendingUnstake } from '@rialto/protocol/position'
import { useSyncExternalStore } from 'react'
import { cooldownEnd } from './treasury-rows'

const cellClass = 'whitespace-nowrap px-3 py-2 text-right font-mono tabular-nums'

/** An amount, cut to four decimals; every digit in the tooltip and in `data-wei` (what tests compare). */
export function AmountCell({ testId, wei }: { testId: string; wei: bigint }) {
  return (
    <td className={cellClass} data-testid={testId} data-wei={wei.toString()} title={formatExactAmount(wei)}>
      {formatAmount(wei)}
    </td>
  )
}

/** An amount waiting out a cooldown, and when it ends by the block's clock (`blockTimestamp`). */
export function CooldownCell({
  testId,
  unstake,
  blockTimestamp,
}: {
  testId: string
  unstake: PendingUnstake
  blockTimestamp: bigint
}) {
  const end = cooldownEnd(unstake)
  return (
    <td
      className={cellClass}
      data-testid={testId}
      data-wei={unstake.amount.toString()}
      data-cooldown-end={end ?? ''}
      title={formatExactAmount(unstake.amount)}
    >
      {end === null ? (
        <span className="text-slate-500">–</span>
      ) : (
        <>
          {formatAmount(unstake.amount)}
          <span className="block text-xs text-slate-400">
            {unstake.cooldownEnd <= blockTimestamp ? 'ready since ' : 'until '}
            <LocalTime seconds={end} />
          </span>
        </>
      )}
    </td>
  )
}

const subscribeToNothing = () => () => {}

/**
 * A moment in the reader's time zone. The server knows no time zone, so the HTML and the first render say UTC,
 * and the browser's own time replaces it once hydrated (no mismatch in between).
 */
export function LocalTime({ seconds }: { seconds: number }) {
  const inBrowser = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
  const date = new Date(seconds * 1000)
  const text = inBrowser
    ? date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`
  return <time dateTime={date.toISOString()}>{text}</time>
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

export function CreditCell({ testId, cents }: { testId: string; cents: bigint }) {
  return (
    <td className={cellClass} data-testid={testId} data-cents={cents.toString()}>
      {usd.format(Number(cents) / 100)}
    </td>
  )
}
