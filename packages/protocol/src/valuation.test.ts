import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { lockedSvvvPerDiem, poolPriceVvvPerDiem, valueDiemBothWays } from './valuation'

const wei = (amount: string) => parseEther(amount)

describe('lockedSvvvPerDiem', () => {
  it('is the account’s own sVVV locked per DIEM it minted', () => {
    expect(lockedSvvvPerDiem(wei('1500'), wei('2'))).toBe(wei('750'))
    expect(lockedSvvvPerDiem(wei('1'), wei('3'))).toBe(333333333333333333n)
  })

  it('is null when the account minted nothing', () => {
    expect(lockedSvvvPerDiem(0n, 0n)).toBeNull()
    expect(lockedSvvvPerDiem(wei('5'), 0n)).toBeNull()
  })
})

describe('poolPriceVvvPerDiem', () => {
  it('is VVV reserve over DIEM reserve', () => {
    expect(poolPriceVvvPerDiem(wei('120000'), wei('100'))).toBe(wei('1200'))
    expect(poolPriceVvvPerDiem(1n, wei('1'))).toBe(1n)
  })

  it('is null while either reserve is empty', () => {
    expect(poolPriceVvvPerDiem(0n, wei('1'))).toBeNull()
    expect(poolPriceVvvPerDiem(wei('1'), 0n)).toBeNull()
  })
})

describe('valueDiemBothWays', () => {
  it('values the same DIEM at the lock rate and at the pool price', () => {
    const rate = lockedSvvvPerDiem(wei('1500'), wei('2'))
    const price = poolPriceVvvPerDiem(wei('120000'), wei('100'))
    expect(valueDiemBothWays({ diem: wei('2.5'), lockedSvvvPerDiem: rate, poolPrice: price })).toEqual({
      atLockedRate: wei('1875'),
      atPoolPrice: wei('3000'),
    })
  })

  it('keeps wei exact and rounds down', () => {
    expect(valueDiemBothWays({ diem: 1n, lockedSvvvPerDiem: wei('0.5'), poolPrice: wei('3') })).toEqual({
      atLockedRate: 0n,
      atPoolPrice: 3n,
    })
  })

  it('leaves out a way that has no rate', () => {
    expect(valueDiemBothWays({ diem: wei('1'), lockedSvvvPerDiem: null, poolPrice: wei('7') })).toEqual({
      atLockedRate: null,
      atPoolPrice: wei('7'),
    })
    expect(valueDiemBothWays({ diem: 0n, lockedSvvvPerDiem: wei('7'), poolPrice: null })).toEqual({
      atLockedRate: 0n,
      atPoolPrice: null,
    })
  })
})
