import { parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { formatTokenAmount } from './format-token-amount'

describe('formatTokenAmount', () => {
  it('groups thousands and keeps up to four decimals', () => {
    expect(formatTokenAmount(parseUnits('1234567.891234', 18))).toBe('1,234,567.8912')
  })

  it('cuts extra decimals instead of rounding up', () => {
    expect(formatTokenAmount(parseUnits('0.99999', 18))).toBe('0.9999')
  })

  it('drops trailing zeros and a bare decimal point', () => {
    expect(formatTokenAmount(parseUnits('1.5', 18))).toBe('1.5')
    expect(formatTokenAmount(parseUnits('1000', 18))).toBe('1,000')
    expect(formatTokenAmount(0n)).toBe('0')
  })

  it('shows dust as "less than" the smallest visible amount', () => {
    expect(formatTokenAmount(1n)).toBe('<0.0001')
    expect(formatTokenAmount(1n, { maxFractionDigits: 2 })).toBe('<0.01')
    expect(formatTokenAmount(1n, { maxFractionDigits: 0 })).toBe('<1')
  })

  it('is exact for amounts beyond Number precision', () => {
    expect(formatTokenAmount(123456789012345678901234567890n)).toBe('123,456,789,012.3456')
  })

  it('honours other decimals and signs', () => {
    expect(formatTokenAmount(1234567n, { decimals: 6 })).toBe('1.2345')
    expect(formatTokenAmount(-parseUnits('1234.5', 18))).toBe('-1,234.5')
  })
})
