import fc from 'fast-check'
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import type { NetworkDay } from './history'
import { networkDayShape } from './history-series'
import { aprOverTime, type StakingState, stakingApr, yearlyRewards, yearlyRewardsForStake } from './staking-yield'

const vvv = (amount: string) => parseEther(amount)
const percent = (value: number) => BigInt(value) * 10n ** 16n

/** The chain on 2026-09-19 (spec §2.2): 2.5M VVV a year, Venice takes 0% unlocked and 20% locked. */
const base: StakingState = {
  emissionRatePerSecond: 79274479959411466n,
  stakedVvv: vvv('33941208.99'),
  lockedSvvv: vvv('8954489.93'),
  veniceCut: 0n,
  veniceCutWhenLocked: percent(20),
}
const emittedPerYear = 79274479959411466n * 31_536_000n
const unlockedSvvv = vvv('33941208.99') - vvv('8954489.93')

describe('yearlyRewards', () => {
  it('splits emissions pro rata, then cuts the locked part by 20%', () => {
    const toUnlocked = (emittedPerYear * unlockedSvvv) / base.stakedVvv
    expect(yearlyRewards(base)).toEqual({
      toUnlocked,
      toLocked: ((emittedPerYear - toUnlocked) * 80n) / 100n,
    })
    expect(yearlyRewards(base).toUnlocked).toBe(1840441148351681028157424n)
  })

  it('cuts Venice’s share before the split', () => {
    const { toUnlocked, toLocked } = yearlyRewards({ ...base, veniceCut: percent(10) })
    expect(toUnlocked + toLocked).toBeLessThan((emittedPerYear * 90n) / 100n)
    expect(toUnlocked).toBe((((emittedPerYear * 90n) / 100n) * unlockedSvvv) / base.stakedVvv)
  })

  it('never pays out more than is emitted', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        (stakedVvv, lockedPart, veniceCut, veniceCutWhenLocked) => {
          const lockedSvvv = stakedVvv === 0n ? 0n : lockedPart % (stakedVvv + 1n)
          const state = { ...base, stakedVvv, lockedSvvv, veniceCut, veniceCutWhenLocked }
          const { toUnlocked, toLocked } = yearlyRewards(state)
          expect(toUnlocked + toLocked).toBeLessThanOrEqual(stakedVvv === 0n ? 0n : emittedPerYear)
          expect(toUnlocked).toBeGreaterThanOrEqual(0n)
          expect(toLocked).toBeGreaterThanOrEqual(0n)
        },
      ),
    )
  })
})

describe('stakingApr', () => {
  it('gives the spec’s figures for 2026-09-19 (blended about 6.97%)', () => {
    const apr = stakingApr(base)
    // Each sVVV earns 2.5M / 33.94M before the locked cut; locked stakers keep 80% of that.
    expect(apr.unlocked).toBeCloseTo(2_500_000 / 33_941_208.99, 12)
    expect(apr.locked).toBeCloseTo((0.8 * 2_500_000) / 33_941_208.99, 12)
    expect(apr.blended).toBeCloseTo((2_500_000 * (24_986_719.06 + 0.8 * 8_954_489.93)) / 33_941_208.99 ** 2, 12)
    expect(apr).toEqual({ unlocked: 0.07365677518253895, locked: 0.05892542014603116, blended: 0.06977029693809784 })
  })

  it('is the same for everyone with no Venice cut on locked stake', () => {
    const apr = stakingApr({ ...base, veniceCutWhenLocked: 0n })
    expect(apr.locked).toBe(apr.unlocked)
    expect(apr.blended).toBeCloseTo(apr.unlocked, 15)
  })

  it('is all 0 when nothing is staked or nothing is emitted', () => {
    expect(stakingApr({ ...base, stakedVvv: 0n, lockedSvvv: 0n })).toEqual({ unlocked: 0, locked: 0, blended: 0 })
    expect(stakingApr({ ...base, emissionRatePerSecond: 0n })).toEqual({ unlocked: 0, locked: 0, blended: 0 })
  })

  it('when all is locked, averages the locked rate and still says what a first unlocked VVV would earn', () => {
    const apr = stakingApr({ ...base, lockedSvvv: base.stakedVvv })
    expect(apr.blended).toBe(apr.locked)
    expect(apr.unlocked).toBe(stakingApr(base).unlocked)
  })

  it('refuses chain state that cannot be', () => {
    expect(() => stakingApr({ ...base, lockedSvvv: base.stakedVvv + 1n })).toThrow(RangeError)
    expect(() => stakingApr({ ...base, veniceCutWhenLocked: 10n ** 18n + 1n })).toThrow(RangeError)
    expect(() => stakingApr({ ...base, veniceCut: -1n })).toThrow(RangeError)
  })
})

describe('aprOverTime', () => {
  it('applies the given cuts to each day’s levels', () => {
    const day = (date: string, fields: Partial<NetworkDay>): NetworkDay => ({
      ...networkDayShape.zero,
      day: date,
      ...fields,
    })
    const days = [day('2026-09-18', { emissionRatePerSecond: 0n, stakedVvv: 0n }), day('2026-09-19', base)]
    expect(aprOverTime(days, { veniceCut: 0n, veniceCutWhenLocked: percent(20) })).toEqual([
      { day: '2026-09-18', unlocked: 0, locked: 0, blended: 0 },
      { day: '2026-09-19', ...stakingApr(base) },
    ])
  })
})

describe('yearlyRewardsForStake', () => {
  it('gives a new stake its share of the unlocked part once it has joined', () => {
    const stake = vvv('1000')
    const toUnlockedAfter = (emittedPerYear * (unlockedSvvv + stake)) / (base.stakedVvv + stake)
    const expected = yearlyRewardsForStake(base, stake)
    // The formula of the brief, up to the one wei the two-step division may lose.
    expect(expected - (toUnlockedAfter * stake) / (unlockedSvvv + stake)).toBeLessThanOrEqual(1n)
    expect(expected).toBe(73654605118262810854n)
  })

  it('dilutes: the whole emission is the limit, and a first staker gets it all', () => {
    expect(yearlyRewardsForStake(base, 10n ** 40n)).toBeLessThan(emittedPerYear)
    expect(yearlyRewardsForStake({ ...base, stakedVvv: 0n, lockedSvvv: 0n }, vvv('1'))).toBe(emittedPerYear)
  })

  it('does not depend on how much is locked, and keeps 1 wei stakes', () => {
    expect(yearlyRewardsForStake({ ...base, lockedSvvv: 0n }, vvv('5'))).toBe(yearlyRewardsForStake(base, vvv('5')))
    expect(yearlyRewardsForStake({ ...base, stakedVvv: 10n ** 18n, lockedSvvv: 0n }, 1n)).toBe(
      emittedPerYear / (10n ** 18n + 1n),
    )
  })

  it('is 0 for no stake, and refuses a negative one', () => {
    expect(yearlyRewardsForStake(base, 0n)).toBe(0n)
    expect(() => yearlyRewardsForStake(base, -1n)).toThrow(RangeError)
  })
})
