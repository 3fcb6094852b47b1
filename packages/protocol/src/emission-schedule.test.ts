import { describe, expect, it } from 'vitest'
import { emissionRatePerSecond, emissionSchedule, utcDateToUnix } from './emission-schedule'

describe('emissionRatePerSecond', () => {
  it('gives the rate read on Base for 2.5M VVV a year', () => {
    expect(emissionRatePerSecond(2_500_000)).toBe(79274479959411466n)
  })
})

describe('emissionSchedule', () => {
  it('starts at launch with 14M and only ever cuts', () => {
    expect(emissionSchedule[0]).toMatchObject({ effective: '2025-01-27', vvvPerYear: 14_000_000 })
    for (let i = 1; i < emissionSchedule.length; i++) {
      const [previous, step] = [emissionSchedule[i - 1], emissionSchedule[i]]
      expect(utcDateToUnix(step?.effective ?? '')).toBeGreaterThan(utcDateToUnix(previous?.effective ?? ''))
      expect(step?.vvvPerYear).toBeLessThan(previous?.vvvPerYear ?? 0)
    }
  })
})
