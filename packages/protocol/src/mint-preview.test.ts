import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { previewBurn, previewMint } from './mint-preview'
import { sVvvInForDiem } from './mint-quote'
import { mintRateTable } from './mint-rate'

const table = mintRateTable()
const diem = (amount: number) => parseEther(String(amount))

describe('previewMint', () => {
  it('has no price impact inside one bucket', () => {
    const preview = previewMint(table, diem(100), sVvvInForDiem(table, diem(100), diem(10)) ?? 0n, 50)
    expect(preview?.diemOut).toBe(diem(10))
    expect(preview?.bucketsCrossed).toBe(0)
    expect(preview?.priceImpact).toBeLessThan(1e-6)
    expect(preview?.minDiemOut).toBe(diem(9.95))
  })

  it('counts the buckets a large mint climbs and the price impact it pays', () => {
    const sVvv = sVvvInForDiem(table, diem(37_700), diem(2_000)) ?? 0n
    const preview = previewMint(table, diem(37_700), sVvv, 100)
    expect(preview?.diemOut).toBe(diem(2_000))
    expect(preview?.bucketsCrossed).toBe(4)
    expect(preview?.priceImpact).toBeGreaterThan(0.05)
    expect(preview?.averageRate).toBeGreaterThan(preview?.currentRate ?? 0n)
  })

  it('is null when nothing would be minted or the table runs out', () => {
    expect(previewMint(table, diem(100), 0n, 50)).toBeNull()
    expect(previewMint(table, diem(127_999), 10n ** 60n, 50)).toBeNull()
  })
})

describe('previewBurn', () => {
  const lock = { locked: parseEther('9000'), outstandingDiem: diem(100) }

  it('unlocks the own lock pro rata, and all of it for the whole outstanding DIEM', () => {
    expect(previewBurn(lock, diem(10))).toBe(parseEther('900'))
    expect(previewBurn(lock, diem(100))).toBe(parseEther('9000'))
  })

  it('unlocks nothing beyond the lock', () => {
    expect(previewBurn(lock, diem(101))).toBe(0n)
    expect(previewBurn({ locked: 0n, outstandingDiem: 0n }, diem(1))).toBe(0n)
  })
})
