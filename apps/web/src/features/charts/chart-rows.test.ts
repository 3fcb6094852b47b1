import { describe, expect, it } from 'vitest'
import {
  chartAmount,
  chartDayRange,
  compactNumber,
  dateTick,
  downsampleRows,
  isoTimestamp,
  percentTick,
} from './chart-rows'

const at = (day: string) => Date.parse(`${day}T12:00:00Z`) / 1000

describe('chartAmount', () => {
  it('turns wei into a whole-token number only at the edge', () => {
    expect(chartAmount(27_100_000n * 10n ** 18n)).toBe(27_100_000)
    expect(chartAmount(1n)).toBe(1e-18)
  })
})

describe('chartDayRange', () => {
  const days = [{ day: '2026-01-01' }, { day: '2026-03-01' }]

  it('ends on the day the history was indexed at, so quiet days at the end still show', () => {
    expect(chartDayRange('30d', days, at('2026-03-10'))).toEqual({ from: '2026-02-09', to: '2026-03-10' })
  })

  it('never starts before the first day of history', () => {
    expect(chartDayRange('1y', days, at('2026-03-10'))).toEqual({ from: '2026-01-01', to: '2026-03-10' })
    expect(chartDayRange('all', days, at('2026-03-10'))).toEqual({ from: '2026-01-01', to: '2026-03-10' })
  })

  it('is null with no history at all', () => {
    expect(chartDayRange('all', [], at('2026-03-10'))).toBeNull()
  })
})

describe('downsampleRows', () => {
  const rows = Array.from({ length: 5000 }, (_, x) => ({ x, a: Math.sin(x / 50), b: x === 2500 ? 100 : 0 }))

  it('keeps rows as they are when there are few enough', () => {
    const few = rows.slice(0, 10)
    expect(downsampleRows(few, ['a', 'b'], 1000)).toBe(few)
  })

  it('draws no line with more than the budget, and keeps each line’s spikes', () => {
    const kept = downsampleRows(rows, ['a', 'b'], 1000)
    expect(kept.length).toBeLessThanOrEqual(1000)
    expect(kept.some((row) => row.b === 100)).toBe(true)
    expect(kept[0]).toBe(rows[0])
    expect(kept.at(-1)).toBe(rows.at(-1))
  })

  it('only counts the rows where a line has a value', () => {
    const partial = rows.map((row) => ({
      x: row.x,
      a: row.x < 4000 ? row.a : undefined,
      p: row.x >= 3999 ? 1 : undefined,
    }))
    const kept = downsampleRows(partial, ['a', 'p'], 100)
    expect(kept.length).toBeLessThanOrEqual(100)
    expect(kept.some((row) => row.x === 3999)).toBe(true)
  })
})

describe('formatting for axes', () => {
  it('writes compact numbers and short UTC dates', () => {
    expect(compactNumber(27_100_000)).toBe('27.1M')
    expect(percentTick(0.0697)).toBe('7%')
    expect(percentTick(0.00052)).toBe('0.052%')
    expect(dateTick(at('2026-03-03'))).toBe('Mar 3, 26')
    expect(isoTimestamp(1_772_366_400)).toBe('2026-03-01T12:00:00Z')
  })
})
