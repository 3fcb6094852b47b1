import { describe, expect, it } from 'vitest'
import { parseSlippagePercent } from './slippage'

describe('parseSlippagePercent', () => {
  it.each([
    ['0.5', 50],
    ['1', 100],
    ['0', 0],
    ['.25', 25],
    ['50', 5000],
  ])('reads %j as %i bps', (input, bps) => {
    expect(parseSlippagePercent(input)).toEqual({ ok: true, bps })
  })

  it.each([
    ['', /Enter a slippage/],
    ['-1', /percentage/],
    ['0.125', /two decimals/],
    ['1e1', /percentage/],
    ['51', /at most 50%/],
  ])('refuses %j', (input, reason) => {
    const parsed = parseSlippagePercent(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
  })
})
