import { yearlyEmission } from './emission-schedule'
import type { NetworkDay } from './history'
import { ratio } from './ratio'

/**
 * Staking APR from chain state, by the split of the protocol spec (§3.1): emissions are first cut by Venice's share,
 * the rest is split between unlocked and DIEM-locked sVVV pro rata to their supplies, and the locked part is cut
 * again (locked stakers keep 80% today). The split is inferred from the contract's getters, not read from source.
 */

const wad = 10n ** 18n

/** Venice's cuts of emissions, 1e18-scaled fractions as the staking contract returns them. */
export type EmissionCuts = {
  /** `veniceEmissionsPercentage()`: taken before stakers' share (0 today). */
  veniceCut: bigint
  /** `veniceEmissionsPercentageWhenLocked()`: taken from the locked stakers' part (2e17 = 20% today). */
  veniceCutWhenLocked: bigint
}

export type StakingState = EmissionCuts & {
  emissionRatePerSecond: bigint
  /** sVVV supply: all staked VVV, locked and unlocked. */
  stakedVvv: bigint
  /** `totalLockedStakedVVV()`. */
  lockedSvvv: bigint
}

/** Ratios: 0.05 is 5% a year. */
export type StakingApr = { unlocked: number; locked: number; blended: number }

/** VVV a year (wei) paid to all unlocked and to all locked sVVV, after Venice's cuts. */
export function yearlyRewards(state: StakingState): { toUnlocked: bigint; toLocked: bigint } {
  const { stakedVvv, lockedSvvv } = checked(state)
  if (stakedVvv === 0n) return { toUnlocked: 0n, toLocked: 0n }
  const toStakers = toStakersPerYear(state)
  const toUnlocked = (toStakers * (stakedVvv - lockedSvvv)) / stakedVvv
  // The rest, rather than a second pro-rata division, so that no wei is lost between the two parts.
  const lockedBeforeCut = toStakers - toUnlocked
  return { toUnlocked, toLocked: (lockedBeforeCut * (wad - state.veniceCutWhenLocked)) / wad }
}

/**
 * What one staked VVV earns in a year, unlocked and locked, and on average over all sVVV. With nothing locked (or
 * all locked) the rate of the empty side is what a first VVV there would earn. All 0 when nothing is staked: the
 * first staker's rate is not a number worth showing.
 */
export function stakingApr(state: StakingState): StakingApr {
  const { stakedVvv } = checked(state)
  if (stakedVvv === 0n) return { unlocked: 0, locked: 0, blended: 0 }
  const toStakers = toStakersPerYear(state)
  const { toUnlocked, toLocked } = yearlyRewards(state)
  return {
    // Pro rata means each sVVV gets the same share before the locked cut: toUnlocked / unlocked = toStakers / staked.
    unlocked: ratio(toStakers, stakedVvv),
    locked: ratio((toStakers * (wad - state.veniceCutWhenLocked)) / wad, stakedVvv),
    blended: ratio(toUnlocked + toLocked, stakedVvv),
  }
}

export type AprDay = StakingApr & { day: string }

/**
 * The APRs of each day from its levels. History does not record the cuts, so today's `cuts` are applied to every
 * day: before DIEM launched (2025-08-20) Venice's share followed another rule, and the figures there are indicative.
 */
export function aprOverTime(networkDays: readonly NetworkDay[], cuts: EmissionCuts): AprDay[] {
  return networkDays.map(({ day, emissionRatePerSecond, stakedVvv, lockedSvvv }) => ({
    day,
    ...stakingApr({ ...cuts, emissionRatePerSecond, stakedVvv, lockedSvvv }),
  }))
}

/**
 * VVV (wei) a year that a new unlocked stake of `stakeWei` would earn at today's rate. The stake dilutes everyone,
 * itself included: its share of the unlocked part after it joins is toUnlocked′ × X / (unlocked + X), which is
 * toStakers × X / (staked + X). Computed in one division so that small stakes keep every wei.
 */
export function yearlyRewardsForStake(state: StakingState, stakeWei: bigint): bigint {
  const { stakedVvv } = checked(state)
  if (stakeWei < 0n) throw new RangeError('A stake cannot be negative.')
  if (stakeWei === 0n) return 0n
  const emittedPerYear = yearlyEmission(state.emissionRatePerSecond)
  return (emittedPerYear * (wad - state.veniceCut) * stakeWei) / (wad * (stakedVvv + stakeWei))
}

function toStakersPerYear(state: StakingState): bigint {
  return (yearlyEmission(state.emissionRatePerSecond) * (wad - state.veniceCut)) / wad
}

/** Chain state that cannot be: better an error than an APR above 100% or below zero on a chart. */
function checked(state: StakingState): StakingState {
  const fraction = (value: bigint) => value >= 0n && value <= wad
  if (!fraction(state.veniceCut) || !fraction(state.veniceCutWhenLocked)) {
    throw new RangeError('Venice’s cuts of emissions are fractions from 0 to 1e18.')
  }
  if (state.lockedSvvv < 0n || state.lockedSvvv > state.stakedVvv || state.emissionRatePerSecond < 0n) {
    throw new RangeError('Locked sVVV must be between 0 and all staked VVV, and the emission rate not negative.')
  }
  return state
}
