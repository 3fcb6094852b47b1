import { unverifiedChoices } from '@rialto/contracts-abi/assumptions'
import { formatAmount, formatDuration } from '@rialto/protocol/format'
import type { PendingUnstake } from '@rialto/protocol/position'

/**
 * What a second `initiateUnstake` does to one already cooling down. The live contract's behaviour is UNVERIFIED:
 * Rialto's assumption (contracts-abi/assumptions) decides the sentence, so the copy changes with the assumption.
 */
export function reinitiateWarning(pending: PendingUnstake, addingWei: bigint, cooldownSeconds: bigint): string | null {
  if (pending.amount === 0n) return null
  const duration = formatDuration(Number(cooldownSeconds))
  const already = `${formatAmount(pending.amount)} VVV is already unstaking`
  if (unverifiedChoices.reinitiateUnstakeRestartsCooldown) {
    return (
      `${already}. Unstaking more ADDS to it and RESTARTS the ${duration} timer for the whole ` +
      `${formatAmount(pending.amount + addingWei)} VVV, including what was already waiting. ` +
      '(How Base behaves here is not verified; Rialto assumes this.)'
    )
  }
  return `${already}. Finalize it before starting another unstake.`
}
