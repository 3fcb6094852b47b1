import { formatExactAmount, formatPercent } from '@rialto/protocol/format'
import type { NetworkNow } from '@rialto/protocol/network-now'
import { aprOverTime, stakingApr, yearlyRewardsForStake } from '@rialto/protocol/staking-yield'
import { AmountInput } from '@rialto/ui/amount-input'
import { ChartFrame } from '@rialto/ui/chart-frame'
import { Stat } from '@rialto/ui/stat'
import type { HistoryView } from './chart-data'
import { chartColors } from './chart-palette'
import { dayTimestamp, percentTick } from './chart-rows'
import { useHistoryWindow } from './history-window'
import { SeriesChart } from './series-chart'
import { useCalculatorAmount } from './use-calculator-amount'

/** Staking APR now and over time, and what a new stake would earn at today's rate. */
export function YieldCard({ history, now }: { history: HistoryView; now: NetworkNow }) {
  const timeline = useHistoryWindow(history)
  const cuts = { veniceCut: now.veniceCut, veniceCutWhenLocked: now.veniceCutWhenLocked }
  const aprNow = stakingApr(now)
  const aprDays = aprOverTime(timeline.days, cuts)
  const rows = aprDays.map((day) => ({ x: dayTimestamp(day.day), ...day }))
  return (
    <ChartFrame
      name="yield"
      title="Staking yield"
      {...timeline.frame}
      summary={
        <div className="grid gap-3 sm:grid-cols-3">
          <Stat
            label="Unlocked sVVV APR"
            value={formatPercent(aprNow.unlocked)}
            hint={`Now, block ${now.blockNumber}`}
          />
          <Stat
            label="Locked sVVV APR"
            value={formatPercent(aprNow.locked)}
            hint="After Venice’s cut on locked stake"
          />
          <Stat label="Blended APR" value={formatPercent(aprNow.blended)} hint="Over all staked VVV" />
        </div>
      }
      tables={[
        {
          caption: 'Staking APR per UTC day, with today’s cuts applied to every day',
          columns: [
            { label: 'Day (UTC)' },
            { label: 'Unlocked APR', numeric: true },
            { label: 'Locked APR', numeric: true },
            { label: 'Blended APR', numeric: true },
          ],
          rows: aprDays.map((day) => ({
            key: day.day,
            cells: [day.day, formatPercent(day.unlocked), formatPercent(day.locked), formatPercent(day.blended)],
          })),
        },
      ]}
      footer={<StakeCalculator now={now} />}
    >
      {rows.length > 0 ? (
        <SeriesChart
          rows={rows}
          description="Staking APR over time for unlocked, DIEM-locked and all staked VVV"
          x={{ kind: 'time' }}
          left={{ label: 'APR', format: percentTick, detail: (ratio) => formatPercent(ratio) }}
          series={[
            { key: 'unlocked', label: 'Unlocked', color: chartColors.orange, kind: 'line' },
            { key: 'locked', label: 'Locked', color: chartColors.skyBlue, kind: 'line' },
            { key: 'blended', label: 'Blended', color: chartColors.bluishGreen, kind: 'line' },
          ]}
        />
      ) : null}
    </ChartFrame>
  )
}

function StakeCalculator({ now }: { now: NetworkNow }) {
  const stake = useCalculatorAmount({ symbol: 'VVV' })
  const perYear = stake.wei === null ? null : yearlyRewardsForStake(now, stake.wei)
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white/[0.03] p-4">
      <AmountInput
        id="yield-stake-in"
        data-testid="yield-stake-in"
        label="Stake (VVV)"
        symbol="VVV"
        value={stake.text}
        onChange={stake.onChange}
        error={stake.error}
      />
      <p className="text-sm text-slate-300" aria-live="polite">
        {perYear === null ? (
          'Enter an amount to see what it would earn in a year at today’s rate (it dilutes everyone, itself included).'
        ) : (
          <>
            earns about{' '}
            <span className="font-mono text-slate-50" data-testid="yield-per-year" data-wei={perYear.toString()}>
              {formatExactAmount(perYear)}
            </span>{' '}
            VVV a year at today’s rate, unlocked.
          </>
        )}
      </p>
    </div>
  )
}
