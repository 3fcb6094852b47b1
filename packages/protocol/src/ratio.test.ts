import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { ratio } from './ratio'

describe('ratio', () => {
  it('divides wei amounts far beyond 2^53 without losing the small share', () => {
    expect(ratio(parseEther('1'), parseEther('33941208.99'))).toBeCloseTo(1 / 33_941_208.99, 15)
    expect(ratio(parseEther('8954489.93'), parseEther('33941208.99'))).toBeCloseTo(8_954_489.93 / 33_941_208.99, 15)
  })

  it('is 0 of nothing, and 1 of itself', () => {
    expect(ratio(5n, 0n)).toBe(0)
    expect(ratio(parseEther('7'), parseEther('7'))).toBe(1)
  })
})
