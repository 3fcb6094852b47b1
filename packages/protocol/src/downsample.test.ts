import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { downsample, maxPointsPerLine } from './downsample'

const line = (length: number, y: (x: number) => number = (x) => Math.sin(x / 10)) =>
  Array.from({ length }, (_, x) => ({ x, y: y(x) }))

describe('downsample', () => {
  it('returns the very same array when it already has few enough points', () => {
    const points = line(10)
    expect(downsample(points, 10)).toBe(points)
    expect(downsample(points, maxPointsPerLine)).toBe(points)
    expect(downsample([], 2)).toEqual([])
  })

  it('keeps exactly maxPoints, first and last among them', () => {
    const points = line(10_000)
    const sampled = downsample(points, maxPointsPerLine)
    expect(sampled).toHaveLength(maxPointsPerLine)
    expect(sampled[0]).toBe(points[0])
    expect(sampled.at(-1)).toBe(points.at(-1))
  })

  it('keeps a one-point spike that every-n-th sampling would drop', () => {
    const points = line(5_000, (x) => (x === 2_345 ? 1_000 : 0))
    const sampled = downsample(points, 100)
    expect(sampled).toContainEqual({ x: 2_345, y: 1_000 })
    const dip = downsample(
      line(5_000, (x) => (x === 4_001 ? -50 : 1)),
      50,
    )
    expect(dip).toContainEqual({ x: 4_001, y: -50 })
  })

  it('keeps the point objects themselves, extra fields included', () => {
    const points = Array.from({ length: 300 }, (_, x) => ({ x, y: x % 7, day: `day ${x}`, wei: BigInt(x) }))
    const sampled = downsample(points, 30)
    for (const point of sampled) expect(points).toContain(point)
    expect(sampled[1]?.day).toBe(`day ${sampled[1]?.x}`)
  })

  it('with two points, keeps only the ends', () => {
    const points = line(50)
    expect(downsample(points, 2)).toEqual([points[0], points[49]])
  })

  it('refuses a maxPoints that cannot keep both ends', () => {
    expect(() => downsample(line(5), 1)).toThrow(RangeError)
    expect(() => downsample(line(5), 2.5)).toThrow(RangeError)
  })

  it('never exceeds maxPoints, keeps the ends and keeps x strictly increasing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 0, maxLength: 500 }),
        fc.integer({ min: 2, max: 120 }),
        (ys, maxPoints) => {
          const points = ys.map((y, x) => ({ x: x * 3, y }))
          const sampled = downsample(points, maxPoints)
          expect(sampled.length).toBe(Math.min(points.length, maxPoints))
          if (points.length > 0) {
            expect(sampled[0]).toBe(points[0])
            expect(sampled.at(-1)).toBe(points.at(-1))
          }
          for (let index = 1; index < sampled.length; index++) {
            expect(sampled[index]?.x).toBeGreaterThan(sampled[index - 1]?.x ?? Number.NaN)
          }
        },
      ),
    )
  })
})
