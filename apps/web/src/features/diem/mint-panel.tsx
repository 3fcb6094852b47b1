'use client'

import { mintDiemCall } from '@rialto/protocol/actions'
import { balanceChangeInBlock } from '@rialto/protocol/balance-change'
import { formatAmount } from '@rialto/protocol/format'
import { Card } from '@rialto/ui/card'
import { useState } from 'react'
import { usePublicClient } from 'wagmi'
import { AmountAction } from '../../forms/amount-action'
import { parseSlippagePercent } from '../../forms/slippage'
import { useAmountField } from '../../forms/use-amount-field'
import type { PositionActionProps } from '../../position/action-props'
import { type Confirmation, singleStep } from '../../wallet/transaction-flow/transaction-plan'
import { MintPreviewTable } from './mint-preview-table'
import { useMintQuote } from './use-mint-quote'

/** Lock unlocked sVVV to mint DIEM, with a live preview and a slippage guard (`minDiemAmountOut`). */
export function MintPanel({ account, chainId, position }: PositionActionProps) {
  const unlocked = position.staking.unlocked
  const amount = useAmountField({ symbol: 'sVVV', max: unlocked, maxLabel: 'your unlocked sVVV' })
  const [slippageText, setSlippageText] = useState('0.5')
  const slippage = parseSlippagePercent(slippageText)
  const quote = useMintQuote(chainId, position, amount.wei, slippage.ok ? slippage.bps : null)
  const [mintedWei, setMintedWei] = useState<bigint | null>(null)
  const client = usePublicClient({ chainId })

  const plan =
    amount.wei !== null && quote.kind === 'ready'
      ? singleStep(
          `Mint ${formatAmount(quote.preview.diemOut)} DIEM`,
          mintDiemCall(chainId, amount.wei, quote.preview.minDiemOut),
        )
      : null
  const blockedReason =
    amount.blockedReason ?? (slippage.ok ? null : slippage.reason) ?? (quote.kind === 'ready' ? null : quote.reason)

  // mintDiem returns nothing: the result is the DIEM balance change in the block that included it.
  const readMinted = async (confirmations: readonly Confirmation[]) => {
    const last = confirmations.at(-1)
    if (!last) return
    setMintedWei(
      await balanceChangeInBlock(client, { chainId, token: 'diem', address: account, blockNumber: last.blockNumber }),
    )
  }

  return (
    <Card title="Mint DIEM" data-testid="mint-panel">
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-400">
          Minting locks unlocked sVVV (it keeps earning, at 80% of the unlocked rate) and mints DIEM at the curve’s
          rate, which rises as DIEM supply grows. The lock is released by burning DIEM.
        </p>
        <AmountAction
          name="mint"
          field={amount}
          label="sVVV to lock"
          available={`Unlocked: ${formatAmount(unlocked)} sVVV`}
          onAmountChange={() => setMintedWei(null)}
          action="mint-diem"
          plan={plan}
          blockedReason={blockedReason}
          onConfirmed={readMinted}
          submitText="Mint DIEM"
        >
          <label className="flex items-center gap-2 text-sm text-slate-300">
            Slippage tolerance
            <input
              data-testid="mint-slippage"
              className="h-8 w-20 rounded border border-white/10 bg-black/20 px-2 font-mono text-slate-50"
              inputMode="decimal"
              value={slippageText}
              onChange={(event) => setSlippageText(event.target.value)}
            />
            %
          </label>
          {!slippage.ok ? <p className="text-xs text-rose-300">{slippage.reason}</p> : null}
          {quote.kind === 'ready' ? (
            <MintPreviewTable preview={quote.preview} contractDiemOut={quote.contractDiemOut} />
          ) : null}
        </AmountAction>
        {mintedWei !== null ? (
          <p className="text-sm text-emerald-200" data-testid="mint-result" data-wei={mintedWei.toString()}>
            Minted {formatAmount(mintedWei)} DIEM (your DIEM balance grew by that much in the block).
          </p>
        ) : null}
      </div>
    </Card>
  )
}
