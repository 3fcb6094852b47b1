'use client'

import { initiateDiemUnstakeCall, stakeDiemCall, unstakeDiemCall } from '@rialto/protocol/actions'
import { cooldownStatus } from '@rialto/protocol/cooldown'
import { formatAmount, formatDuration, formatExactAmount } from '@rialto/protocol/format'
import { AmountInput } from '@rialto/ui/amount-input'
import { Card } from '@rialto/ui/card'
import { Notice } from '@rialto/ui/notice'
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
  const stakePlan = stakeAmount.parsed.ok
    ? singleStep(
        `Stake ${formatExactAmount(stakeAmount.parsed.wei)} DIEM`,
        stakeDiemCall(chainId, stakeAmount.parsed.wei),
      )
    : null
  const unstakePlan = unstakeAmount.parsed.ok
    ? singleStep(
        `Start unstaking ${formatExactAmount(unstakeAmount.parsed.wei)} DIEM`,
        initiateDiemUnstakeCall(chainId, unstakeAmount.parsed.wei),
      )
    : null
  const withdrawPlan = singleStep(`Unstake ${formatExactAmount(unstake.amount)} DIEM`, unstakeDiemCall(chainId))
  const adding = unstakeAmount.parsed.ok ? unstakeAmount.parsed.wei : 0n

  return (
    <Card title="Stake DIEM" data-testid="diem-staking-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          Each staked DIEM gives $1 of Venice API credit per day (reset at 00:00 UTC, unused credit does not roll over).
          Staking needs no approval. Unstaking takes a {cooldown} cooldown.
        </p>
        <AmountInput
          id="diem-stake-amount"
          data-testid="diem-stake-amount"
          label="DIEM to stake"
          symbol="DIEM"
          value={stakeAmount.text}
          onChange={stakeAmount.setText}
          onMax={stakeAmount.fillMax}
          available={`Wallet: ${formatAmount(balance)} DIEM`}
          error={stakeAmount.error}
        />
        <TransactionButton
          action="stake-diem"
          data-testid="diem-stake-submit"
          plan={stakePlan}
          blockedReason={stakeAmount.blockedReason}
          onConfirmed={stakeAmount.clear}
        >
          Stake DIEM
        </TransactionButton>
        <div className="flex flex-col gap-4 border-t border-white/5 pt-4">
          <AmountInput
            id="diem-unstake-amount"
            data-testid="diem-unstake-amount"
            label="DIEM to unstake"
            symbol="DIEM"
            value={unstakeAmount.text}
            onChange={unstakeAmount.setText}
            onMax={unstakeAmount.fillMax}
            available={`Staked: ${formatAmount(staked)} DIEM`}
            error={unstakeAmount.error}
          />
          <Notice title={`Every unstake restarts the ${cooldown} timer.`} data-testid="diem-unstake-warning">
            {unstake.amount > 0n
              ? `${formatAmount(unstake.amount)} DIEM is already cooling down. Unstaking more adds to it and resets the timer for the whole ${formatAmount(unstake.amount + adding)} DIEM.`
              : 'Starting another unstake later adds to the pending amount and resets the timer for all of it.'}
          </Notice>
          <TransactionButton
            action="unstake-diem"
            data-testid="diem-unstake-submit"
            variant="secondary"
            plan={unstakePlan}
            blockedReason={unstakeAmount.blockedReason}
            onConfirmed={unstakeAmount.clear}
          >
            Start unstaking DIEM
          </TransactionButton>
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
