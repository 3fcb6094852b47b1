import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { dailyApiCreditCents, dailyApiCreditUsdForDiem } from './position'

describe('dailyApiCreditUsdForDiem', () => {
  it('gives $1 a day for each staked DIEM, cut to whole cents', () => {
    expect(dailyApiCreditUsdForDiem(parseEther('1'))).toBe(1)
    expect(dailyApiCreditUsdForDiem(parseEther('1234.5678'))).toBe(1234.56)
    expect(dailyApiCreditUsdForDiem(parseEther('0.009999'))).toBe(0)
    expect(dailyApiCreditUsdForDiem(0n)).toBe(0)
  })
})

describe('dailyApiCreditCents', () => {
  it('is the credit in whole cents, cut like the dollar figure', () => {
    expect(dailyApiCreditCents(parseEther('1234.5678'))).toBe(123_456n)
    expect(dailyApiCreditCents(parseEther('0.009999'))).toBe(0n)
    expect(dailyApiCreditCents(10n ** 40n)).toBe(10n ** 24n)
  })
})
