'use client'

import { burnDiemCall } from '@rialto/protocol/actions'
import { formatAmount, formatExactAmount } from '@rialto/protocol/format'
import { previewBurn } from '@rialto/protocol/mint-preview'
import { AmountInput } from '@rialto/ui/amount-input'
import { Card } from '@rialto/ui/card'
import { useAmountField } from '../../forms/use-amount-field'
import type { PositionActionProps } from '../../position/action-props'
import { TransactionButton } from '../../wallet/transaction-flow/transaction-button'
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
  const unlocks = amount.parsed.ok ? previewBurn({ locked, outstandingDiem }, amount.parsed.wei) : null
  const noLock =
    outstandingDiem === 0n ? 'This account has not minted DIEM, so it has no locked sVVV to release.' : null
  const plan = amount.parsed.ok
    ? singleStep(`Burn ${formatExactAmount(amount.parsed.wei)} DIEM`, burnDiemCall(chainId, amount.parsed.wei))
    : null

  return (
    <Card title="Burn DIEM" data-testid="burn-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          Burning DIEM releases your own lock pro rata: you minted {formatAmount(outstandingDiem)} DIEM against{' '}
          {formatAmount(locked)} sVVV. Only DIEM in the wallet can be burned — staked DIEM (
          {formatAmount(position.diem.staked)}) has to be unstaked first, which takes a 1-day cooldown.
        </p>
        <AmountInput
          id="burn-amount"
          data-testid="burn-amount"
          label="DIEM to burn"
          symbol="DIEM"
          value={amount.text}
          onChange={amount.setText}
          onMax={amount.fillMax}
          available={`Wallet: ${formatAmount(wallet)} DIEM`}
          error={amount.error}
        />
        {unlocks !== null ? (
          <p className="text-sm text-slate-300" data-testid="burn-preview" data-wei={unlocks.toString()}>
            Unlocks <span className="font-mono text-slate-100">{formatAmount(unlocks)} sVVV</span>, which you can then
            unstake or mint with again.
          </p>
        ) : null}
        <TransactionButton
          action="burn-diem"
          data-testid="burn-submit"
          plan={plan}
          blockedReason={noLock ?? amount.blockedReason}
          onConfirmed={amount.clear}
        >
          Burn DIEM
        </TransactionButton>
      </div>
    </Card>
  )
}

function smaller(a: bigint, b: bigint): bigint {
  return b < a ? b : a
}
