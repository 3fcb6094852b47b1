import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import type { NetworkDay } from '@rialto/protocol/history'
import type { AmountKey } from '@rialto/protocol/history-series'
import { ChartFrame } from '@rialto/ui/chart-frame'
import { Stat } from '@rialto/ui/stat'
import type { HistoryView } from './chart-data'
import { chartAmount, compactNumber, dayTimestamp } from './chart-rows'
import { useHistoryWindow } from './history-window'
import { SeriesChart } from './series-chart'

export type CapacityLevel = {
  key: AmountKey<NetworkDay>
  label: string
  color: string
  /** Today's value from the chain, shown whether or not there is history. */
  nowWei: bigint
}

type CapacityCardProps = {
  name: string
  title: string
  unit: string
  /** What the chart shows, for its accessible name. */
  description: string
  levels: readonly [CapacityLevel, CapacityLevel]
  history: HistoryView
  nowBlock: bigint
}

/** Two network levels over time (e.g. staked and locked VVV), with today's values from the chain above. */
export function CapacityCard({ name, title, unit, description, levels, history, nowBlock }: CapacityCardProps) {
  const timeline = useHistoryWindow(history)
  const rows = timeline.days.map((day) => ({
    x: dayTimestamp(day.day),
    first: chartAmount(day[levels[0].key]),
    second: chartAmount(day[levels[1].key]),
  }))
  return (
    <ChartFrame
      name={name}
      title={title}
      {...timeline.frame}
      summary={
        <div className="grid gap-3 sm:grid-cols-2">
          {levels.map((level) => (
            <Stat
              key={level.key}
              label={`${level.label} now`}
              value={formatAmount(level.nowWei, { maxFractionDigits: 2 })}
              unit={unit}
              hint={`At block ${nowBlock.toString()}`}
              data-wei={level.nowWei.toString()}
            />
          ))}
        </div>
      }
      tables={[
        {
          caption: `${title} per UTC day (${unit})`,
          columns: [
            { label: 'Day (UTC)' },
            { label: `${levels[0].label} (${unit})`, numeric: true },
            { label: `${levels[1].label} (${unit})`, numeric: true },
          ],
          rows: timeline.days.map((day) => ({
            key: day.day,
            cells: [day.day, formatExactAmount(day[levels[0].key]), formatExactAmount(day[levels[1].key])],
          })),
        },
      ]}
    >
      {timeline.days.length > 0 ? (
        <SeriesChart
          rows={rows}
          description={description}
          x={{ kind: 'time' }}
          left={{ label: unit, format: compactNumber }}
          series={[
            { key: 'first', label: levels[0].label, color: levels[0].color, kind: 'area' },
            { key: 'second', label: levels[1].label, color: levels[1].color, kind: 'area' },
          ]}
        />
      ) : null}
    </ChartFrame>
  )
}
