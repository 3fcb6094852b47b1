'use client'

import { claimAndStakeCall, claimCall } from '@rialto/protocol/actions'
import { formatAmount } from '@rialto/protocol/format'
import { Card } from '@rialto/ui/card'
import type { PositionActionProps } from '../../position/action-props'
import { TransactionButton } from '../../wallet/transaction-flow/transaction-button'
import { singleStep } from '../../wallet/transaction-flow/transaction-plan'

/** Claim the VVV staking has earned, or stake it straight back (compounding). */
export function RewardsPanel({ chainId, position }: PositionActionProps) {
  const pending = position.staking.pendingRewards
  const blocked = pending === 0n ? 'No rewards yet.' : null
  const claim = singleStep('Claim rewards', claimCall(chainId))
  const compound = singleStep('Claim and stake rewards', claimAndStakeCall(chainId))

  return (
    <Card title="Rewards" data-testid="rewards-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          <span className="font-mono text-lg text-slate-100">{formatAmount(pending)} VVV</span> earned so far, growing
          every second. Claiming pays it to your wallet; claiming and staking adds it to your sVVV.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TransactionButton action="claim-rewards" data-testid="claim-submit" plan={claim} blockedReason={blocked}>
            Claim
          </TransactionButton>
          <TransactionButton
            action="claim-and-stake-rewards"
            data-testid="claim-and-stake-submit"
            variant="secondary"
            plan={compound}
            blockedReason={blocked}
          >
            Claim and stake
          </TransactionButton>
        </div>
      </div>
    </Card>
  )
}
