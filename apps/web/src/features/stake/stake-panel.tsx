'use client'

import { formatAmount } from '@rialto/protocol/format'
import { Card } from '@rialto/ui/card'
import { useState } from 'react'
import { AmountAction } from '../../forms/amount-action'
import { useAmountField } from '../../forms/use-amount-field'
import type { PositionActionProps } from '../../position/action-props'
import { useBatchSupport } from '../../wallet/transaction-flow/use-batch-support'
import { AllowanceRow } from './allowance-row'
import { parseRecipient } from './recipient'
import { RecipientField } from './recipient-field'
import { stakePlan } from './stake-plan'

/** Stake VVV for sVVV: approve (exact by default) and stake, in one confirmation where the wallet can batch. */
export function StakePanel({ account, chainId, position }: PositionActionProps) {
  const balance = position.vvv.balance
  const allowance = position.vvv.allowanceToStaking
  const amount = useAmountField({ symbol: 'VVV', max: balance, maxLabel: 'your VVV balance' })
  const [unlimited, setUnlimited] = useState(false)
  const [recipientText, setRecipientText] = useState('')
  const recipient = parseRecipient(recipientText, account)
  const { oneConfirmation, via } = useBatchSupport()

  const plan =
    amount.wei !== null && recipient.ok
      ? stakePlan({
          chainId,
          recipient: recipient.address,
          amountWei: amount.wei,
          allowanceWei: allowance,
          unlimited,
          batch: oneConfirmation,
        })
      : null
  const needsApproval = plan !== null && plan.steps.length > 1
  const buttonText = !needsApproval
    ? 'Stake'
    : oneConfirmation
      ? 'Approve and stake, one confirmation'
      : 'Approve, then stake (two confirmations)'

  return (
    <Card title="Stake VVV" data-testid="stake-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          Staking turns VVV into sVVV one for one. sVVV earns a share of VVV emissions every second and cannot be
          transferred; getting VVV back takes an unstake and its cooldown.
        </p>
        <AmountAction
          name="stake"
          field={amount}
          label="Amount to stake"
          available={`Wallet: ${formatAmount(balance)} VVV`}
          action="stake-vvv"
          plan={plan}
          blockedReason={amount.blockedReason ?? (recipient.ok ? null : recipient.reason)}
          submitText={buttonText}
        >
          <AllowanceRow chainId={chainId} allowance={allowance} />
          <label className="flex items-center gap-2 text-sm text-slate-300">
            <input
              type="checkbox"
              data-testid="stake-unlimited"
              checked={unlimited}
              onChange={(event) => setUnlimited(event.target.checked)}
            />
            Approve an unlimited amount (fewer approvals later; the staking contract could then take any of your VVV)
          </label>
          <RecipientField value={recipientText} onChange={setRecipientText} recipient={recipient} />
          {needsApproval ? (
            // Said before signing, so nobody is surprised by a second confirmation or looks for one that never comes.
            <p className="text-xs text-slate-400" data-testid="stake-path-note" data-path={via}>
              {via === 'safe'
                ? 'One Safe transaction: your Safe proposes approve and stake together, so both happen or neither.'
                : via === 'atomic-batch'
                  ? 'One confirmation: your wallet runs approve and stake together, so both happen or neither.'
                  : 'Two confirmations: approve, then stake. Your wallet cannot run them together, so the approval lands first.'}
            </p>
          ) : null}
        </AmountAction>
      </div>
    </Card>
  )
}
