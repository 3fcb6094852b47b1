import { downsample, maxPointsPerLine } from '@rialto/protocol/downsample'
import { utcDateToUnix } from '@rialto/protocol/emission-schedule'
import { type DayRange, type HistoryRange, rangeStart, utcDay } from '@rialto/protocol/history-series'
import { formatUnits } from 'viem'

/** Wei as a chart's y-value. Only ever at the edge: sums and differences stay bigint. */
export function chartAmount(wei: bigint, decimals = 18): number {
  return Number(formatUnits(wei, decimals))
}

/** Unix seconds at 00:00 UTC of a 'YYYY-MM-DD' day: the x of a daily point. */
export function dayTimestamp(day: string): number {
  return utcDateToUnix(day)
}

/**
 * The days a `range` chart shows: up to the day the history was indexed at, from no earlier than its first day.
 * `null` when there is no day of history yet.
 */
export function chartDayRange(
  range: HistoryRange,
  days: readonly { day: string }[],
  asOfTimestamp: number,
): DayRange | null {
  const firstDay = days[0]?.day
  if (firstDay === undefined) return null
  const lastRecorded = days.at(-1)?.day ?? firstDay
  const asOfDay = utcDay(asOfTimestamp)
  // biome-ignore lint/complexity/useMathMinMax: ISO days are strings, compared as such; Math.max would make NaN.
  const to = asOfDay > lastRecorded ? asOfDay : lastRecorded
  return { from: rangeStart(range, to, firstDay), to }
}

/** A chart row: its x (Unix seconds, or an index for categories) and one y per line, absent where a line has none. */
export type ChartRow = { x: number }

/**
 * The rows that keep every line's shape with at most `maxPoints` rows in all: each line picks its share of the
 * budget by LTTB, and a row stays when any line picked it, so no line draws more than `maxPoints` points.
 */
export function downsampleRows<Row extends ChartRow>(
  rows: readonly Row[],
  lines: readonly (keyof Row & string)[],
  maxPoints: number = maxPointsPerLine,
): readonly Row[] {
  if (rows.length <= maxPoints || lines.length === 0) return rows
  const budget = Math.max(2, Math.floor(maxPoints / lines.length))
  const kept = new Set<number>()
  for (const line of lines) {
    const points = rows.flatMap((row, index) => {
      const y = row[line]
      return typeof y === 'number' && Number.isFinite(y) ? [{ x: row.x, y, index }] : []
    })
    for (const point of downsample(points, budget)) kept.add(point.index)
  }
  return rows.filter((_, index) => kept.has(index))
}

const compactFormat = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 })

/** 27_100_000 → "27.1M": for axis ticks only; tables show exact figures. */
export function compactNumber(value: number): string {
  return compactFormat.format(value)
}

const percentTickFormat = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 })

/** 0.0697 → "7%", 0.00052 → "0.052%" on an axis: two significant digits, whatever the scale; tables show more. */
export function percentTick(ratio: number): string {
  return `${percentTickFormat.format(ratio * 100)}%`
}

const tickDateFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  year: '2-digit',
  timeZone: 'UTC',
})

/** Unix seconds → "Mar 3, 26": a short UTC date for axis ticks. */
export function dateTick(timestampSeconds: number): string {
  return tickDateFormat.format(new Date(timestampSeconds * 1000))
}

/** Unix seconds → "2026-03-01T12:00:00Z", as the CSV writes it. */
export function isoTimestamp(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toISOString().replace('.000Z', 'Z')
}
