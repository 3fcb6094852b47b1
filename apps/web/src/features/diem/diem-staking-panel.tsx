'use client'

import { initiateDiemUnstakeCall, stakeDiemCall, unstakeDiemCall } from '@rialto/protocol/actions'
import { cooldownStatus } from '@rialto/protocol/cooldown'
import { formatAmount, formatDuration, formatExactAmount } from '@rialto/protocol/format'
import { reinitiateWarning } from '@rialto/protocol/unstake-warning'
import { Card } from '@rialto/ui/card'
import { Notice } from '@rialto/ui/notice'
import { AmountAction } from '../../forms/amount-action'
import { useAmountField } from '../../forms/use-amount-field'
import type { PositionActionProps } from '../../position/action-props'
import { cooldownBlockedReason } from '../../position/cooldown-gate'
import { TransactionButton } from '../../wallet/transaction-flow/transaction-button'
import { singleStep } from '../../wallet/transaction-flow/transaction-plan'

/** Stake DIEM for $1 a day of Venice API credit; unstaking waits out a cooldown. */
export function DiemStakingPanel({ chainId, position, chainNow }: PositionActionProps) {
  const { balance, staked, unstake } = position.diem
  const cooldown = formatDuration(Number(position.network.diemCooldownDuration))
  const stakeAmount = useAmountField({ symbol: 'DIEM', max: balance, maxLabel: 'your DIEM balance' })
  const unstakeAmount = useAmountField({ symbol: 'DIEM', max: staked, maxLabel: 'your staked DIEM' })
  const stakePlan =
    stakeAmount.wei === null
      ? null
      : singleStep(`Stake ${formatExactAmount(stakeAmount.wei)} DIEM`, stakeDiemCall(chainId, stakeAmount.wei))
  const unstakePlan =
    unstakeAmount.wei === null
      ? null
      : singleStep(
          `Start unstaking ${formatExactAmount(unstakeAmount.wei)} DIEM`,
          initiateDiemUnstakeCall(chainId, unstakeAmount.wei),
        )
  const withdrawPlan = singleStep(`Unstake ${formatExactAmount(unstake.amount)} DIEM`, unstakeDiemCall(chainId))
  const warning = reinitiateWarning({
    pending: unstake,
    addingWei: unstakeAmount.wei ?? 0n,
    cooldownSeconds: position.network.diemCooldownDuration,
    symbol: 'DIEM',
  })

  return (
    <Card title="Stake DIEM" data-testid="diem-staking-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          Each staked DIEM gives $1 of Venice API credit per day (reset at 00:00 UTC, unused credit does not roll over).
          Staking needs no approval. Unstaking takes a {cooldown} cooldown.
        </p>
        <AmountAction
          name="diem-stake"
          field={stakeAmount}
          label="DIEM to stake"
          available={`Wallet: ${formatAmount(balance)} DIEM`}
          action="stake-diem"
          plan={stakePlan}
          submitText="Stake DIEM"
        />
        <div className="flex flex-col gap-4 border-t border-white/5 pt-4">
          <AmountAction
            name="diem-unstake"
            field={unstakeAmount}
            label="DIEM to unstake"
            available={`Staked: ${formatAmount(staked)} DIEM`}
            action="unstake-diem"
            variant="secondary"
            plan={unstakePlan}
            submitText="Start unstaking DIEM"
          >
            <Notice title={`Every unstake restarts the ${cooldown} timer.`} data-testid="diem-unstake-warning">
              {warning ??
                'Starting another unstake later adds to the pending amount and resets the timer for all of it.'}
            </Notice>
          </AmountAction>
          <TransactionButton
            action="withdraw-diem"
            data-testid="diem-withdraw-submit"
            variant="secondary"
            plan={withdrawPlan}
            blockedReason={cooldownBlockedReason(
              cooldownStatus(unstake, chainNow),
              unstake,
              position.timestamp,
              'No DIEM is unstaking.',
            )}
          >
            Unstake to wallet
          </TransactionButton>
        </div>
      </div>
    </Card>
  )
}
