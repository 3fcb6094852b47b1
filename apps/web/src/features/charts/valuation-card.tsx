import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import type { AccountDay, PoolDay } from '@rialto/protocol/history'
import { densePoolDays } from '@rialto/protocol/history-series'
import type { NetworkNow } from '@rialto/protocol/network-now'
import { lockedSvvvPerDiem, poolPriceVvvPerDiem, valueDiemBothWays } from '@rialto/protocol/valuation'
import { ChartFrame } from '@rialto/ui/chart-frame'
import { Stat } from '@rialto/ui/stat'
import type { HistoryView } from './chart-data'
import { chartColors } from './chart-palette'
import { chartAmount, compactNumber, dayTimestamp } from './chart-rows'
import { useHistoryWindow } from './history-window'
import { SeriesChart } from './series-chart'

type ValuationCardProps = {
  history: HistoryView
  now: NetworkNow
  accountDay: AccountDay
  poolDays: readonly PoolDay[]
}

const vvvText = (wei: bigint | null) => (wei === null ? 'no price' : formatAmount(wei, { maxFractionDigits: 2 }))

/** The account's DIEM valued at its own lock and at the pool's price, and the pool price over time. */
export function ValuationCard({ history, now, accountDay, poolDays }: ValuationCardProps) {
  const timeline = useHistoryWindow(history)
  const diem = accountDay.diem + accountDay.diemStaked
  const ownRate = lockedSvvvPerDiem(accountDay.lockedSvvv, accountDay.outstandingDiem)
  const poolPrice = now.pool ? poolPriceVvvPerDiem(now.pool.reserveVvv, now.pool.reserveDiem) : null
  // Burning unlocks at most the account's own lock: DIEM beyond what it minted (bought, received) has only a market.
  // biome-ignore lint/complexity/useMathMinMax: Math.min does not take bigints.
  const burnable = diem < accountDay.outstandingDiem ? diem : accountDay.outstandingDiem
  const atLock = valueDiemBothWays({ diem: burnable, lockedSvvvPerDiem: ownRate, poolPrice }).atLockedRate
  const value = {
    atLockedRate: atLock,
    atPoolPrice: valueDiemBothWays({ diem, lockedSvvvPerDiem: ownRate, poolPrice }).atPoolPrice,
  }
  const prices = (timeline.dayRange ? densePoolDays(poolDays, timeline.dayRange) : []).map((day) => ({
    day: day.day,
    reserveVvv: day.reserveVvv,
    reserveDiem: day.reserveDiem,
    priceWei: poolPriceVvvPerDiem(day.reserveVvv, day.reserveDiem),
  }))
  const rows = prices.map((day) => ({
    x: dayTimestamp(day.day),
    price: day.priceWei === null ? undefined : chartAmount(day.priceWei),
  }))
  return (
    <ChartFrame
      name="valuation"
      title="Your DIEM, valued both ways"
      {...timeline.frame}
      summary={
        <div className="flex flex-col gap-3">
          <div className="grid gap-3 sm:grid-cols-3">
            <Stat label="Your DIEM (held + staked)" value={formatAmount(diem)} unit="DIEM" hint="As last indexed" />
            <Stat
              label="At your lock’s rate"
              value={vvvText(value.atLockedRate)}
              unit="VVV"
              hint={
                ownRate === null
                  ? 'You have minted no DIEM'
                  : `${vvvText(ownRate)} sVVV per DIEM, for the ${formatAmount(burnable)} DIEM you minted`
              }
              data-testid="valuation-at-lock"
            />
            <Stat
              label="At the pool’s price"
              value={vvvText(value.atPoolPrice)}
              unit="VVV"
              hint={poolPrice === null ? 'The pool could not be read' : `${vvvText(poolPrice)} VVV per DIEM, now`}
              data-testid="valuation-at-pool"
            />
          </div>
          <p className="text-sm text-slate-400">
            Burning DIEM gives back the sVVV you locked per DIEM when you minted, while selling it in the pool gets the
            market’s price (before its fee and price impact), so the two values differ.
          </p>
        </div>
      }
      tables={[
        {
          caption: 'The VVV/DIEM pool’s reserves and spot price per UTC day',
          columns: [
            { label: 'Day (UTC)' },
            { label: 'VVV reserve', numeric: true },
            { label: 'DIEM reserve', numeric: true },
            { label: 'Price (VVV per DIEM)', numeric: true },
          ],
          rows: prices.map((day) => ({
            key: day.day,
            cells: [
              day.day,
              formatExactAmount(day.reserveVvv),
              formatExactAmount(day.reserveDiem),
              day.priceWei === null ? 'no price' : formatExactAmount(day.priceWei),
            ],
          })),
        },
      ]}
    >
      {rows.length > 0 ? (
        <SeriesChart
          rows={rows}
          description="The VVV/DIEM pool's spot price in VVV per DIEM over time"
          x={{ kind: 'time' }}
          left={{ label: 'VVV per DIEM', format: compactNumber }}
          series={[{ key: 'price', label: 'Pool price', color: chartColors.reddishPurple, kind: 'line' }]}
        />
      ) : null}
    </ChartFrame>
  )
}
