import { describe, expect, it } from 'vitest'
import { dayTimestamp } from './chart-rows'
import { emissionStepRows, emittedWithProjection } from './emission-rows'
import { networkDay } from './network-day-fixture'

const vvv = 10n ** 18n

describe('emittedWithProjection', () => {
  const days = [networkDay('2026-03-01', { vvvEmitted: 10n * vvv }), networkDay('2026-03-02', { vvvEmitted: 5n * vvv })]
  // One VVV a day.
  const rate = vvv / 86_400n + 1n

  it('adds the days up in wei and joins the projection to the last real point', () => {
    const rows = emittedWithProjection(days, rate, 2)
    expect(rows.map((row) => [row.day, row.emittedWei, row.projectedWei])).toEqual([
      ['2026-03-01', 10n * vvv, null],
      ['2026-03-02', 15n * vvv, 15n * vvv],
      ['2026-03-03', null, 15n * vvv + rate * 86_400n],
      ['2026-03-04', null, 15n * vvv + rate * 86_400n * 2n],
    ])
    expect(rows[1]?.projected).toBe(15)
    expect(rows[2]?.emitted).toBeUndefined()
  })

  it('has nothing to project from without days', () => {
    expect(emittedWithProjection([], rate, 365)).toEqual([])
  })
})

describe('emissionStepRows', () => {
  const steps = [
    { start: 100, end: 200, ratePerSecond: 2n, vvvPerYear: 2 },
    { start: 200, end: 500, ratePerSecond: 1n, vvvPerYear: 1 },
  ]

  it('clips the steps to the chart’s start and ends at the last step’s end', () => {
    expect(emissionStepRows(steps, 150)).toEqual([
      { x: 150, vvvPerYear: 2 },
      { x: 200, vvvPerYear: 1 },
      { x: 500, vvvPerYear: 1 },
    ])
    expect(emissionStepRows(steps, 300)).toEqual([
      { x: 300, vvvPerYear: 1 },
      { x: 500, vvvPerYear: 1 },
    ])
  })

  it('draws nothing before the first recorded change', () => {
    expect(emissionStepRows([], dayTimestamp('2026-03-01'))).toEqual([])
  })
})
