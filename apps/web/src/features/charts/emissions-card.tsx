import { yearlyEmission } from '@rialto/protocol/emission-schedule'
import { formatExactAmount, formatRoundedWhole } from '@rialto/protocol/format'
import { annotateWithSchedule, emissionSteps } from '@rialto/protocol/history-series'
import type { NetworkNow } from '@rialto/protocol/network-now'
import { ChartFrame } from '@rialto/ui/chart-frame'
import { Stat } from '@rialto/ui/stat'
import type { HistoryView } from './chart-data'
import { chartColors } from './chart-palette'
import { compactNumber, dayTimestamp, isoTimestamp } from './chart-rows'
import { emissionStepRows, emittedWithProjection } from './emission-rows'
import { useHistoryWindow } from './history-window'
import { SeriesChart } from './series-chart'

/** How far the dashed "at today's rate" line reaches. */
const projectionDays = 365

const confidenceLabels = {
  verified: 'verified',
  'single-source': 'single source',
  'unverified-date': 'date unverified',
} as const

/** The emission rate as on-chain steps, and VVV emitted so far with a projection at today's rate. */
export function EmissionsCard({ history, now }: { history: HistoryView; now: NetworkNow }) {
  const timeline = useHistoryWindow(history)
  const changes = history.kind === 'ready' ? history.network.emissionRateChanges : []
  const steps = annotateWithSchedule(emissionSteps(changes, now.timestamp))
  const from = timeline.dayRange ? dayTimestamp(timeline.dayRange.from) : now.timestamp
  const stepsShown = steps.filter((step) => step.end > from)
  const emitted = emittedWithProjection(timeline.days, now.emissionRatePerSecond, projectionDays)
  return (
    <ChartFrame
      name="emissions"
      title="Emissions"
      {...timeline.frame}
      summary={
        <Stat
          label="Emission rate now"
          value={formatRoundedWhole(yearlyEmission(now.emissionRatePerSecond))}
          unit="VVV/yr"
          hint={`${formatExactAmount(now.emissionRatePerSecond)} VVV a second, at block ${now.blockNumber.toString()}`}
        />
      }
      tables={[
        {
          caption: 'On-chain emission rate steps, with the researched schedule entry each matches',
          columns: [
            { label: 'From (UTC)' },
            { label: 'Until (UTC)' },
            { label: 'Rate (VVV/yr, 365 d)', numeric: true },
            { label: 'Rate (VVV wei/s)', numeric: true },
            { label: 'Researched effective date' },
            { label: 'Confidence' },
          ],
          rows: stepsShown.map((step) => ({
            key: String(step.start),
            cells: [
              isoTimestamp(step.start),
              isoTimestamp(step.end),
              formatExactAmount(yearlyEmission(step.ratePerSecond)),
              step.ratePerSecond.toString(),
              step.researched?.effective ?? 'not in the researched schedule',
              step.researched ? confidenceLabels[step.researched.confidence] : '—',
            ],
          })),
        },
        {
          caption: `VVV emitted since ${timeline.dayRange?.from ?? 'the first day'}, then ${projectionDays} days at today’s rate`,
          columns: [
            { label: 'Day (UTC)' },
            { label: 'Emitted, cumulative (VVV)', numeric: true },
            { label: 'Projected, cumulative (VVV)', numeric: true },
          ],
          rows: emitted.map((row) => ({
            key: row.day,
            cells: [
              row.day,
              row.emittedWei === null ? '' : formatExactAmount(row.emittedWei),
              row.projectedWei === null ? '' : formatExactAmount(row.projectedWei),
            ],
          })),
        },
      ]}
    >
      {timeline.days.length > 0 ? (
        <>
          {stepsShown.length > 0 ? (
            <SeriesChart
              rows={emissionStepRows(stepsShown, from)}
              description="Emission rate in VVV per year over time, as steps at each on-chain change"
              x={{ kind: 'time' }}
              left={{ label: 'VVV/yr', format: compactNumber }}
              series={[{ key: 'vvvPerYear', label: 'Emission rate', color: chartColors.orange, kind: 'step' }]}
              height={200}
            />
          ) : (
            <p className="text-sm text-slate-400">No emission rate change is recorded in this range.</p>
          )}
          <SeriesChart
            rows={emitted}
            description={`Cumulative VVV emitted over the range, and a dashed projection ${projectionDays} days ahead at today’s rate`}
            x={{ kind: 'time' }}
            left={{ label: 'VVV', format: compactNumber }}
            series={[
              { key: 'emitted', label: 'Emitted', color: chartColors.skyBlue, kind: 'line' },
              {
                key: 'projected',
                label: 'At today’s rate (projection)',
                color: chartColors.skyBlue,
                kind: 'line',
                dashed: true,
              },
            ]}
          />
        </>
      ) : null}
    </ChartFrame>
  )
}
