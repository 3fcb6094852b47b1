'use client'

import { burnDiemCall } from '@rialto/protocol/actions'
import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import { previewBurn } from '@rialto/protocol/mint-preview'
import { Card } from '@rialto/ui/card'
import { AmountAction } from '../../forms/amount-action'
import { useAmountField } from '../../forms/use-amount-field'
import type { PositionActionProps } from '../../position/action-props'
import { singleStep } from '../../wallet/transaction-flow/transaction-plan'

/** Burn DIEM to unlock the sVVV this account locked when minting it, pro rata. */
export function BurnPanel({ chainId, position }: PositionActionProps) {
  const { locked, outstandingDiem } = position.staking
  const wallet = position.diem.balance
  const burnable = smaller(wallet, outstandingDiem)
  const amount = useAmountField({
    symbol: 'DIEM',
    max: burnable,
    maxLabel: 'the DIEM you can burn (in your wallet, up to what you minted)',
  })
  const unlocks = amount.wei === null ? null : previewBurn({ locked, outstandingDiem }, amount.wei)
  const noLock =
    outstandingDiem === 0n ? 'This account has not minted DIEM, so it has no locked sVVV to release.' : null
  const plan =
    amount.wei === null
      ? null
      : singleStep(`Burn ${formatExactAmount(amount.wei)} DIEM`, burnDiemCall(chainId, amount.wei))

  return (
    <Card title="Burn DIEM" data-testid="burn-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          Burning DIEM releases your own lock pro rata: you minted {formatAmount(outstandingDiem)} DIEM against{' '}
          {formatAmount(locked)} sVVV. Only DIEM in the wallet can be burned — staked DIEM (
          {formatAmount(position.diem.staked)}) has to be unstaked first, which takes a 1-day cooldown.
        </p>
        <AmountAction
          name="burn"
          field={amount}
          label="DIEM to burn"
          available={`Wallet: ${formatAmount(wallet)} DIEM`}
          action="burn-diem"
          plan={plan}
          blockedReason={noLock ?? amount.blockedReason}
          submitText="Burn DIEM"
        >
          {unlocks !== null ? (
            <p className="text-sm text-slate-300" data-testid="burn-preview" data-wei={unlocks.toString()}>
              Unlocks <span className="font-mono text-slate-100">{formatAmount(unlocks)} sVVV</span>, which you can then
              unstake or mint with again.
            </p>
          ) : null}
        </AmountAction>
      </div>
    </Card>
  )
}

function smaller(a: bigint, b: bigint): bigint {
  return b < a ? b : a
}
