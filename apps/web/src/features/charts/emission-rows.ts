import type { NetworkDay } from '@rialto/protocol/history'
import { cumulative, type EmissionRateStep, projectedEmissions } from '@rialto/protocol/history-series'
import { type ChartRow, chartAmount, dayTimestamp } from './chart-rows'

/** One day of VVV emitted since the chart's first day, or of the projection after its last. */
export type EmittedRow = ChartRow & {
  day: string
  emittedWei: bigint | null
  projectedWei: bigint | null
  emitted?: number
  projected?: number
}

/**
 * Cumulative VVV emitted over `days` (dense), then `projectionDays` more at `ratePerSecond`. The last real day
 * carries both values, so the dashed projection starts where the line ends.
 */
export function emittedWithProjection(
  days: readonly NetworkDay[],
  ratePerSecond: bigint,
  projectionDays: number,
): EmittedRow[] {
  const totals = cumulative(days.map((day) => day.vvvEmitted))
  const rows: EmittedRow[] = days.map((day, index) => {
    const emittedWei = totals[index] ?? 0n
    return { x: dayTimestamp(day.day), day: day.day, emittedWei, projectedWei: null, emitted: chartAmount(emittedWei) }
  })
  const last = rows.at(-1)
  if (!last || last.emittedWei === null) return rows
  const base = last.emittedWei
  last.projectedWei = base
  last.projected = last.emitted
  for (const point of projectedEmissions(ratePerSecond, last.x, projectionDays).slice(1)) {
    const projectedWei = base + point.cumulativeVvv
    rows.push({
      x: point.timestamp,
      day: point.day,
      emittedWei: null,
      projectedWei,
      projected: chartAmount(projectedWei),
    })
  }
  return rows
}

export type StepRow = ChartRow & { vvvPerYear: number }

/**
 * The points of a step line (drawn `stepAfter`) for the steps that reach into the chart from `fromTimestamp` on:
 * each step's start, clipped to the chart's start, and the last step's end.
 */
export function emissionStepRows(steps: readonly EmissionRateStep[], fromTimestamp: number): StepRow[] {
  const shown = steps.filter((step) => step.end > fromTimestamp)
  const rows = shown.map((step) => ({ x: Math.max(step.start, fromTimestamp), vvvPerYear: step.vvvPerYear }))
  const last = shown.at(-1)
  if (last) rows.push({ x: last.end, vvvPerYear: last.vvvPerYear })
  return rows
}
