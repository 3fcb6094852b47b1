'use client'

import { stakingAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { parseAmount } from '@rialto/protocol/amount'
import { Button } from '@rialto/ui/button'
import { Card } from '@rialto/ui/card'
import { TextField } from '@rialto/ui/text-field'
import { type FormEvent, useState } from 'react'
import type { Address } from 'viem'
import { parseSlippagePercent } from '../../forms/slippage'
import { chainReader } from './read-positions'
import {
  type BatchAction,
  type BatchActionKind,
  batchAction,
  batchActions,
  batchName,
  batchSteps,
  isBatchActionKind,
} from './safe-batch'
import { SafeBatchReview } from './safe-batch-review'
import { checkedAddress } from './watch-list'

/**
 * Prepares actions for a Safe that signs in batches: any holder action, in order, reviewed call by call, checked as
 * the Safe, then exported for Safe{Wallet}'s Transaction Builder or as raw calldata for a governance proposal.
 */
export function SafeBatchPanel({ chainId, initialSafe }: { chainId: SupportedChainId; initialSafe?: Address }) {
  const [safeInput, setSafeInput] = useState<string>(initialSafe ?? '')
  const [actions, setActions] = useState<BatchAction[]>([])
  const checked = checkedAddress(safeInput.trim())
  const safe = checked.ok ? checked.address : null

  return (
    <Card title="Prepare a batch for a Safe" data-testid="safe-batch">
      <div className="flex flex-col gap-5">
        <TextField
          id="safe-batch-safe"
          label="Safe address"
          value={safeInput}
          onChange={(event) => setSafeInput(event.target.value)}
          error={safeInput === '' || checked.ok ? undefined : checked.message}
          hint="The Safe that will execute the batch: every call runs with it as the sender."
          spellCheck={false}
        />
        <AddActionForm chainId={chainId} onAdd={(action) => setActions((current) => [...current, action])} />
        {actions.length > 0 ? (
          <ul className="flex flex-col gap-2" aria-label="Actions in the batch">
            {actions.map((action, index) => (
              <li
                // Actions have no identity of their own; their place in the batch is what they are.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={index}
                className="flex items-center justify-between gap-3 text-sm text-slate-200"
                data-testid="safe-batch-action"
              >
                <span>{batchActions[action.kind].title}</span>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => setActions((current) => current.filter((_, other) => other !== index))}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        {safe && actions.length > 0 ? (
          <SafeBatchReview
            chainId={chainId}
            safe={safe}
            name={batchName(actions)}
            steps={batchSteps(chainId, safe, actions)}
          />
        ) : null}
      </div>
    </Card>
  )
}

function AddActionForm({ chainId, onAdd }: { chainId: SupportedChainId; onAdd: (action: BatchAction) => void }) {
  const [kind, setKind] = useState<BatchActionKind>('stake')
  const [amountText, setAmountText] = useState('')
  const [slippageText, setSlippageText] = useState('0.5')
  const [problem, setProblem] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const token = batchActions[kind].amountToken

  const add = async (event: FormEvent) => {
    event.preventDefault()
    setProblem(null)
    if (token === null) return onAdd(batchAction(kind, 0n, 0n))
    const amount = parseAmount(amountText, { decimals: 18, symbol: token })
    if (!amount.ok) return setProblem(amount.reason)
    if (kind !== 'mint-diem') {
      onAdd(batchAction(kind, amount.wei, 0n))
      setAmountText('')
      return
    }
    const slippage = parseSlippagePercent(slippageText)
    if (!slippage.ok) return setProblem(slippage.reason)
    setAdding(true)
    try {
      // The minimum comes from the contract's own quote now; the owners may sign later, and the tolerance covers it.
      const diemOut = await chainReader(chainId).readContract({
        address: veniceContracts[chainId].staking,
        abi: stakingAbi,
        functionName: 'getDiemAmountOut',
        args: [amount.wei],
      })
      if (diemOut === 0n) return setProblem('That amount of sVVV mints no DIEM.')
      onAdd(batchAction(kind, amount.wei, (diemOut * BigInt(10_000 - slippage.bps)) / 10_000n))
      setAmountText('')
    } catch {
      setProblem('The contract would not quote that amount. Check the network and try again.')
    } finally {
      setAdding(false)
    }
  }

  return (
    <form className="flex flex-wrap items-end gap-3" onSubmit={add} aria-label="Add an action">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="safe-batch-kind" className="text-xs font-medium text-slate-300">
          Action
        </label>
        <select
          id="safe-batch-kind"
          value={kind}
          onChange={(event) => {
            if (isBatchActionKind(event.target.value)) setKind(event.target.value)
            setProblem(null)
          }}
          className="h-10 rounded-lg border border-white/10 bg-black/20 px-3 text-sm text-slate-50"
        >
          {Object.entries(batchActions).map(([value, { title }]) => (
            <option key={value} value={value}>
              {title}
            </option>
          ))}
        </select>
      </div>
      {token ? (
        <TextField
          id="safe-batch-amount"
          label={`Amount (${token})`}
          inputMode="decimal"
          value={amountText}
          onChange={(event) => setAmountText(event.target.value)}
          error={problem ?? undefined}
        />
      ) : null}
      {kind === 'mint-diem' ? (
        <TextField
          id="safe-batch-slippage"
          label="Slippage tolerance (%)"
          inputMode="decimal"
          value={slippageText}
          onChange={(event) => setSlippageText(event.target.value)}
          className="w-40"
        />
      ) : null}
      <Button type="submit" variant="secondary" disabled={adding} data-testid="safe-batch-add">
        Add to batch
      </Button>
    </form>
  )
}
