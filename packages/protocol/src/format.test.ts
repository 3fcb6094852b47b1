import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  formatAmount,
  formatDuration,
  formatExactAmount,
  formatPercent,
  formatRoundedWhole,
  shortAddress,
} from './format'

describe('formatAmount', () => {
  it.each([
    [parseEther('1234567.891234'), '1,234,567.8912'],
    [parseEther('0.99999'), '0.9999'],
    [parseEther('100'), '100'],
    [0n, '0'],
    [1n, '<0.0001'],
    [-1n, '>-0.0001'],
    [-parseEther('1500.5'), '-1,500.5'],
  ])('%s wei → %s', (wei, text) => {
    expect(formatAmount(wei)).toBe(text)
  })
})

describe('formatDuration', () => {
  it.each([
    [7 * 86_400 - 1, '6 d 23 h'],
    [4 * 3_600 + 12 * 60 + 5, '4 h 12 min'],
    [185, '3 min 5 s'],
    [35, '35 s'],
    [-4, '0 s'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})

describe('formatPercent and shortAddress', () => {
  it('formats', () => {
    expect(formatPercent(0.012345)).toBe('1.23%')
    expect(shortAddress('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')).toBe('0xf39F…2266')
  })
})

describe('formatExactAmount', () => {
  it('keeps every digit', () => {
    expect(formatExactAmount(1_234_567_890_123_456_789n)).toBe('1.234567890123456789')
    expect(formatExactAmount(1n)).toBe('0.000000000000000001')
  })
})

describe('formatAmount without fraction digits', () => {
  it('shows dust as less than one whole unit', () => {
    expect(formatAmount(1n, { maxFractionDigits: 0 })).toBe('<1')
    expect(formatAmount(-1n, { maxFractionDigits: 0 })).toBe('>-1')
  })
})

describe('formatRoundedWhole', () => {
  it('rounds a yearly emission back to the figure it was set from', () => {
    expect(formatRoundedWhole(63419583967529173n * 31_536_000n)).toBe('2,000,000')
    expect(formatRoundedWhole(499_999_999_999_999_999n)).toBe('0')
    expect(formatRoundedWhole(500_000_000_000_000_000n)).toBe('1')
  })
})
