import { formatDuration, formatExactAmount, formatPercent } from '@rialto/protocol/format'
import type { AccountHistory } from '@rialto/protocol/history'
import { ChartFrame } from '@rialto/ui/chart-frame'
import { Countdown } from '@rialto/ui/countdown'
import { Notice } from '@rialto/ui/notice'
import { useEffect, useState } from 'react'
import { accountShareRows, secondsUntilCreditReset } from './account-rows'
import type { HistoryView } from './chart-data'
import { chartColors } from './chart-palette'
import { compactNumber, dayTimestamp, percentTick } from './chart-rows'
import { useHistoryWindow } from './history-window'
import { SeriesChart } from './series-chart'

const usd = (amount: number) => `$${amount.toFixed(2)}`

/** The account's share of staked VVV and of staked DIEM over time, and the API credit its staked DIEM buys. */
export function AccountShareCard({ history, account }: { history: HistoryView; account: AccountHistory }) {
  const timeline = useHistoryWindow(history)
  const shares = timeline.dayRange ? accountShareRows(account, timeline.days, timeline.dayRange) : []
  const latest = shares.at(-1)
  const rows = shares.map((share) => ({ x: dayTimestamp(share.day), ...share }))
  return (
    <ChartFrame
      name="account-share"
      title="Your share and API credit"
      {...timeline.frame}
      summary={
        <div className="flex flex-col gap-3">
          <CreditResetLine />
          {latest?.belowMinimum ? (
            <Notice title="Below the 0.1 staked DIEM minimum" data-testid="account-share-minimum">
              Venice spends none of a wallet’s DIEM credit until at least 0.1 DIEM is staked; this account had{' '}
              {formatExactAmount(latest.diemStakedWei)} staked DIEM as last indexed.
            </Notice>
          ) : null}
        </div>
      }
      tables={[
        {
          caption: 'Your share of all staked VVV and of all staked DIEM, and your API credit, per UTC day',
          columns: [
            { label: 'Day (UTC)' },
            { label: 'Share of staked VVV', numeric: true },
            { label: 'Share of staked DIEM', numeric: true },
            { label: 'Your staked DIEM', numeric: true },
            { label: 'API credit (USD/day)', numeric: true },
            { label: 'Spendable' },
          ],
          rows: shares.map((share) => ({
            key: share.day,
            cells: [
              share.day,
              formatPercent(share.stakeShare, 4),
              formatPercent(share.diemStakedShare, 4),
              formatExactAmount(share.diemStakedWei),
              usd(share.dailyCreditUsd),
              share.belowMinimum ? 'no: under the 0.1 DIEM minimum' : 'yes',
            ],
          })),
        },
      ]}
    >
      {rows.length > 0 ? (
        <SeriesChart
          rows={rows}
          description="Your share of staked VVV and of staked DIEM over time, and your daily API credit in US dollars"
          x={{ kind: 'time' }}
          left={{ label: 'Share', format: percentTick, detail: (ratio) => formatPercent(ratio, 4) }}
          right={{ label: 'USD per day', format: (value) => `$${compactNumber(value)}`, detail: usd }}
          series={[
            { key: 'stakeShare', label: 'Share of staked VVV', color: chartColors.orange, kind: 'line' },
            { key: 'diemStakedShare', label: 'Share of staked DIEM', color: chartColors.skyBlue, kind: 'line' },
            {
              key: 'dailyCreditUsd',
              label: 'API credit ($/day)',
              color: chartColors.bluishGreen,
              kind: 'line',
              axis: 'right',
            },
          ]}
        />
      ) : null}
    </ChartFrame>
  )
}

/** The browser's clock, not the chain's: the reset is Venice's (off-chain) day, 00:00 UTC by wall time. */
function CreditResetLine() {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null)
  useEffect(() => {
    const tick = () => setSecondsLeft(secondsUntilCreditReset(Date.now() / 1000))
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <p className="text-sm text-slate-300">
      Each staked DIEM buys $1 of API credit a day; unused credit does not roll over. Next reset at 00:00 UTC
      {secondsLeft === null ? (
        '.'
      ) : (
        <>
          , in{' '}
          <Countdown
            secondsLeft={secondsLeft}
            label={formatDuration(secondsLeft)}
            data-testid="credit-reset-countdown"
          />
          .
        </>
      )}
    </p>
  )
}
