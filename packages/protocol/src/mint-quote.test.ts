import fc from 'fast-check'
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { currentMintRate, diemAmountOut, sVvvInForDiem } from './mint-quote'
import { mintRateTable } from './mint-rate'

const table = mintRateTable()
const diem = (amount: number) => parseEther(String(amount))

describe('diemAmountOut', () => {
  it('mints at bucket 0 rate from an empty supply', () => {
    const rate = table.diemMintRates[0] ?? 0n
    expect(diemAmountOut(table, 0n, rate)).toBe(diem(1))
  })

  it('charges each bucket its own rate when a mint spans buckets', () => {
    const spanning = sVvvInForDiem(table, diem(400), diem(200)) ?? 0n
    const bucket0 = ((table.diemMintRates[0] ?? 0n) * diem(100)) / 10n ** 18n
    const bucket1 = ((table.diemMintRates[1] ?? 0n) * diem(100)) / 10n ** 18n
    expect(spanning).toBe(bucket0 + bucket1)
    expect(diemAmountOut(table, diem(400), spanning)).toBe(diem(200))
  })

  it('returns null past the last bucket', () => {
    expect(diemAmountOut(table, diem(127_999), 10n ** 60n)).toBeNull()
  })

  it('round-trips with sVvvInForDiem without ever minting more than paid for', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: diem(60_000) }),
        fc.bigInt({ min: 1n, max: diem(5_000) }),
        (supply, wanted) => {
          const cost = sVvvInForDiem(table, supply, wanted)
          expect(cost).not.toBeNull()
          expect(diemAmountOut(table, supply, cost ?? 0n)).toBeGreaterThanOrEqual(wanted)
          expect(diemAmountOut(table, supply, (cost ?? 0n) - 1n)).toBeLessThanOrEqual(wanted)
        },
      ),
    )
  })
})

describe('currentMintRate', () => {
  it('is the rate of the bucket the supply falls in', () => {
    expect(currentMintRate(table, diem(500))).toBe(table.diemMintRates[1])
    expect(currentMintRate(table, diem(499))).toBe(table.diemMintRates[0])
    expect(currentMintRate(table, diem(128_000))).toBeNull()
  })
})
