import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import type { NetworkNow } from '@rialto/protocol/network-now'
import { ChartFrame } from '@rialto/ui/chart-frame'
import { Stat } from '@rialto/ui/stat'
import type { HistoryView } from './chart-data'
import { chartColors } from './chart-palette'
import { chartAmount, compactNumber } from './chart-rows'
import { useHistoryWindow } from './history-window'
import { SeriesChart } from './series-chart'
import { monthlySupplyRows } from './supply-rows'

/** VVV sent to 0x0 per month and in all, and the net supply change per month (emitted − burned). */
export function BurnsCard({ history, now }: { history: HistoryView; now: NetworkNow }) {
  const timeline = useHistoryWindow(history)
  const months = monthlySupplyRows(timeline.days)
  const rows = months.map((month, index) => ({
    x: index,
    month: month.month,
    burned: chartAmount(month.burnedWei),
    cumulativeBurned: chartAmount(month.cumulativeBurnedWei),
    netChange: chartAmount(month.netChangeWei),
  }))
  const monthAxis = { kind: 'category', key: 'month', label: 'Month (UTC)' } as const
  return (
    <ChartFrame
      name="burns"
      title="Burns and net supply"
      {...timeline.frame}
      summary={
        <Stat
          label="Burned in all (held by 0x0)"
          value={formatAmount(now.vvvBurnedTotal, { maxFractionDigits: 0 })}
          unit="VVV"
          hint={`At block ${now.blockNumber.toString()}`}
          data-wei={now.vvvBurnedTotal.toString()}
        />
      }
      tables={[
        {
          caption: 'VVV burned and emitted per UTC month (a partial month at either end covers only the days shown)',
          columns: [
            { label: 'Month (UTC)' },
            { label: 'Burned (VVV)', numeric: true },
            { label: 'Burned, cumulative (VVV)', numeric: true },
            { label: 'Emitted (VVV)', numeric: true },
            { label: 'Net supply change (VVV)', numeric: true },
          ],
          rows: months.map((month) => ({
            key: month.month,
            cells: [
              month.month,
              formatExactAmount(month.burnedWei),
              formatExactAmount(month.cumulativeBurnedWei),
              formatExactAmount(month.emittedWei),
              formatExactAmount(month.netChangeWei),
            ],
          })),
        },
      ]}
    >
      {months.length > 0 ? (
        <>
          <SeriesChart
            rows={rows}
            description="VVV sent to 0x0 per month as bars, and burned since the first month shown as a line"
            x={monthAxis}
            left={{ label: 'VVV per month', format: compactNumber }}
            right={{ label: 'VVV, cumulative', format: compactNumber }}
            series={[
              { key: 'burned', label: 'Burned per month', color: chartColors.vermillion, kind: 'bar' },
              {
                key: 'cumulativeBurned',
                label: 'Burned, cumulative',
                color: chartColors.yellow,
                kind: 'line',
                axis: 'right',
              },
            ]}
          />
          <SeriesChart
            rows={rows}
            description="Net VVV supply change per month: emitted minus burned; below zero when burns win"
            x={monthAxis}
            left={{ label: 'VVV per month', format: compactNumber }}
            series={[{ key: 'netChange', label: 'Net supply change', color: chartColors.bluishGreen, kind: 'bar' }]}
            height={200}
          />
        </>
      ) : null}
    </ChartFrame>
  )
}
