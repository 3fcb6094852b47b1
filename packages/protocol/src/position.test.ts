import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { dailyApiCreditUsdForDiem } from './position'

describe('dailyApiCreditUsdForDiem', () => {
  it('gives $1 a day for each staked DIEM, cut to whole cents', () => {
    expect(dailyApiCreditUsdForDiem(parseEther('1'))).toBe(1)
    expect(dailyApiCreditUsdForDiem(parseEther('1234.5678'))).toBe(1234.56)
    expect(dailyApiCreditUsdForDiem(parseEther('0.009999'))).toBe(0)
    expect(dailyApiCreditUsdForDiem(0n)).toBe(0)
  })
})
