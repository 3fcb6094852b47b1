'use client'

import { finalizeUnstakeCall, initiateUnstakeCall } from '@rialto/protocol/actions'
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

/** Unstake: start the cooldown on unlocked sVVV, then finalize to get the VVV back. */
export function UnstakePanel({ chainId, position, chainNow }: PositionActionProps) {
  const { unlocked, unstake } = position.staking
  const cooldown = position.network.cooldownDuration
  const amount = useAmountField({ symbol: 'sVVV', max: unlocked, maxLabel: 'your unlocked sVVV' })
  const warning = reinitiateWarning({
    pending: unstake,
    addingWei: amount.wei ?? 0n,
    cooldownSeconds: cooldown,
    symbol: 'VVV',
  })
  const status = cooldownStatus(unstake, chainNow)
  const initiatePlan =
    amount.wei === null
      ? null
      : singleStep(`Unstake ${formatExactAmount(amount.wei)} sVVV`, initiateUnstakeCall(chainId, amount.wei))
  const finalizePlan = singleStep(`Receive ${formatExactAmount(unstake.amount)} VVV`, finalizeUnstakeCall(chainId))

  return (
    <Card title="Unstake" data-testid="unstake-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          Unstaking burns unlocked sVVV now and pays the same VVV after a {formatDuration(Number(cooldown))} cooldown.
          sVVV locked behind DIEM has to be unlocked by burning DIEM first.
        </p>
        <AmountAction
          name="unstake"
          field={amount}
          label="Amount to unstake"
          available={`Unlocked: ${formatAmount(unlocked)} sVVV`}
          action="unstake-vvv"
          plan={initiatePlan}
          submitText="Start unstaking"
        >
          {warning ? (
            <Notice title="An unstake is already cooling down." data-testid="unstake-reinitiate-warning">
              {warning}
            </Notice>
          ) : null}
        </AmountAction>
        <div className="border-t border-white/5 pt-4">
          <TransactionButton
            action="finalize-unstake"
            data-testid="finalize-submit"
            variant="secondary"
            plan={finalizePlan}
            blockedReason={cooldownBlockedReason(status, unstake, position.timestamp, 'Nothing is unstaking.')}
          >
            Finalize unstake
          </TransactionButton>
        </div>
      </div>
    </Card>
  )
}
