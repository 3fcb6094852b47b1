import { unverifiedChoices } from '@rialto/contracts-abi/assumptions'
import { formatAmount, formatDuration } from './format'
import type { PendingUnstake } from './position'

export type ReinitiateWarningInput = {
  pending: PendingUnstake
  /** What the new unstake would add. */
  addingWei: bigint
  cooldownSeconds: bigint
  /** VVV: the staking contract's unstake; DIEM: the DIEM contract's. */
  symbol: 'VVV' | 'DIEM'
}

/**
 * What another `initiateUnstake` does to an unstake already cooling down, or `null` when none is. For DIEM, every
 * call resets the timer (verified). For staking it is UNVERIFIED: Rialto's assumption (contracts-abi/assumptions)
 * decides the sentence, so the copy changes with the assumption.
 */
export function reinitiateWarning({
  pending,
  addingWei,
  cooldownSeconds,
  symbol,
}: ReinitiateWarningInput): string | null {
  if (pending.amount === 0n) return null
  const already = `${formatAmount(pending.amount)} ${symbol} is already unstaking`
  const assumed = symbol === 'VVV'
  if (assumed && !unverifiedChoices.reinitiateUnstakeRestartsCooldown) {
    return `${already}. Finalize it before starting another unstake.`
  }
  return (
    `${already}. Unstaking more ADDS to it and RESTARTS the ${formatDuration(Number(cooldownSeconds))} timer for the ` +
    `whole ${formatAmount(pending.amount + addingWei)} ${symbol}, including what was already waiting.` +
    (assumed ? ' (How Base behaves here is not verified; Rialto assumes this.)' : '')
  )
}
