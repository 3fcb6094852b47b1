import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mintCurve, mintRate, mintRateTable } from './mint-rate'

describe('mintRate', () => {
  it('matches the launch rate Venice announced (93.34 after 10,000 DIEM at target 38,000)', () => {
    expect(mintRate(10_000, mintCurve.launchTargetSupply)).toBeCloseTo(93.34, 2)
  })

  it('is 90·e² at the target supply', () => {
    expect(mintRate(40_000)).toBeCloseTo(90 * Math.E ** 2, 9)
  })

  it('never falls as supply grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 128_000, noNaN: true }),
        fc.double({ min: 0, max: 1_000, noNaN: true }),
        (s, d) => {
          expect(mintRate(s + d)).toBeGreaterThanOrEqual(mintRate(s))
        },
      ),
    )
  })
})

describe('mintRateTable', () => {
  const table = mintRateTable()

  it('has 256 buckets of 500 DIEM, up to 128,000 DIEM', () => {
    expect(table.diemSupply).toHaveLength(256)
    expect(table.diemMintRates).toHaveLength(256)
    expect(table.diemSupply[0]).toBe(500n * 10n ** 18n)
    expect(table.diemSupply[255]).toBe(128_000n * 10n ** 18n)
  })

  it('reproduces the on-chain Base values read on 2026-09-19', () => {
    expect(table.diemMintRates[0]).toBe(90000351563186634752n)
    // Bucket 79 is the 40,000 DIEM target: 665.015 = 90·e².
    expect((table.diemMintRates[79] ?? 0n) / 10n ** 15n).toBe(665015n)
  })

  it('is strictly increasing in both columns', () => {
    for (let i = 1; i < 256; i++) {
      expect(table.diemSupply[i]).toBeGreaterThan(table.diemSupply[i - 1] ?? 0n)
      expect(table.diemMintRates[i]).toBeGreaterThan(table.diemMintRates[i - 1] ?? 0n)
    }
  })
})
