import { type CooldownStatus, cooldownStatus } from '@rialto/protocol/cooldown'
import { formatDuration } from '@rialto/protocol/format'
import type { PendingUnstake } from '@rialto/protocol/position'

/**
 * Why the last step of a cooldown cannot be sent yet, or null when it can. The ticking clock gives the countdown,
 * but only the last block's timestamp unlocks the button: the contract checks the block, not the browser.
 */
export function cooldownBlockedReason(
  ticking: CooldownStatus,
  unstake: PendingUnstake,
  blockTimestamp: bigint,
  nothingWaiting: string,
): string | null {
  if (ticking.kind === 'none') return nothingWaiting
  if (ticking.kind === 'cooling') return `Ready in ${formatDuration(ticking.secondsLeft)}.`
  if (cooldownStatus(unstake, blockTimestamp).kind !== 'ready') return 'Ready with the next block.'
  return null
}
