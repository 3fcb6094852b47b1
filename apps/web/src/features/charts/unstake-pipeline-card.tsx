import { formatExactAmount } from '@rialto/protocol/format'
import { unstakePipeline } from '@rialto/protocol/history-series'
import { ChartFrame } from '@rialto/ui/chart-frame'
import type { HistoryView } from './chart-data'
import { chartColors } from './chart-palette'
import { chartAmount, compactNumber, dayTimestamp } from './chart-rows'
import { useHistoryWindow } from './history-window'
import { SeriesChart } from './series-chart'

/** What entered staking, started its 7-day cooldown and left each day, and what sat in the cooldown. */
export function UnstakePipelineCard({ history }: { history: HistoryView }) {
  const timeline = useHistoryWindow(history)
  const pipeline = unstakePipeline(timeline.days)
  const rows = pipeline.map((day) => ({
    x: dayTimestamp(day.day),
    day: day.day,
    staked: chartAmount(day.staked),
    unstakeStarted: chartAmount(day.unstakeStarted),
    unstakeFinalized: chartAmount(day.unstakeFinalized),
    inCooldown: chartAmount(day.vvvInCooldown),
  }))
  return (
    <ChartFrame
      name="unstake-pipeline"
      title="Unstake pipeline"
      {...timeline.frame}
      tables={[
        {
          caption: 'VVV staked, entering and leaving the unstake cooldown per UTC day',
          columns: [
            { label: 'Day (UTC)' },
            { label: 'New stakes (VVV)', numeric: true },
            { label: 'Unstakes started (VVV)', numeric: true },
            { label: 'Unstakes finalized (VVV)', numeric: true },
            { label: 'In cooldown (VVV)', numeric: true },
          ],
          rows: pipeline.map((day) => ({
            key: day.day,
            cells: [
              day.day,
              formatExactAmount(day.staked),
              formatExactAmount(day.unstakeStarted),
              formatExactAmount(day.unstakeFinalized),
              formatExactAmount(day.vvvInCooldown),
            ],
          })),
        },
      ]}
    >
      {rows.length > 0 ? (
        <SeriesChart
          rows={rows}
          description="Daily new stakes, unstakes started and unstakes finalized as bars, and VVV in cooldown as a line"
          x={{ kind: 'category', key: 'day', label: 'Day (UTC)' }}
          left={{ label: 'VVV per day', format: compactNumber }}
          right={{ label: 'VVV in cooldown', format: compactNumber }}
          series={[
            { key: 'staked', label: 'New stakes', color: chartColors.bluishGreen, kind: 'bar' },
            { key: 'unstakeStarted', label: 'Unstakes started', color: chartColors.orange, kind: 'bar' },
            { key: 'unstakeFinalized', label: 'Unstakes finalized', color: chartColors.vermillion, kind: 'bar' },
            { key: 'inCooldown', label: 'In cooldown', color: chartColors.skyBlue, kind: 'line', axis: 'right' },
          ]}
        />
      ) : null}
    </ChartFrame>
  )
}
