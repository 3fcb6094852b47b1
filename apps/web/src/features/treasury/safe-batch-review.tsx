'use client'

import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { reviewCall, toRawCall } from '@rialto/protocol/call-review'
import { type BatchStep, checkSafeBatch, type SafeBatchCheck } from '@rialto/protocol/safe-batch-check'
import { transactionBuilderFile } from '@rialto/protocol/safe-transaction-builder'
import { Button } from '@rialto/ui/button'
import { Notice } from '@rialto/ui/notice'
import { useEffect, useState } from 'react'
import type { Address } from 'viem'
import { chainReader } from './read-positions'

type SafeBatchReviewProps = { chainId: SupportedChainId; safe: Address; name: string; steps: readonly BatchStep[] }

/**
 * The batch as it will run: each call decoded from its own bytes, checked as the Safe at the latest block, and only
 * then offered as a Transaction Builder file. The raw calldata can be copied for a governance proposal.
 */
export function SafeBatchReview({ chainId, safe, name, steps }: SafeBatchReviewProps) {
  const check = useSafeBatchCheck(chainId, safe, steps)
  const calls = steps.map(({ call }) => toRawCall(call))

  const download = () => {
    const file = transactionBuilderFile({
      chainId,
      safe,
      name,
      calls: steps.map(({ call }) => call),
      createdAt: Date.now(),
    })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }))
    link.download = `rialto-safe-batch-${safe.slice(0, 8)}-${new Date().toISOString().slice(0, 10)}.json`
    link.click()
    URL.revokeObjectURL(link.href)
  }

  return (
    <div className="flex flex-col gap-4" data-testid="safe-batch-review">
      <ol className="flex flex-col gap-3">
        {steps.map((step, index) => {
          const raw = calls[index]
          if (!raw) return null
          const review = reviewCall(chainId, raw)
          return (
            <li
              // The same call may appear twice in a batch: its place is what tells the two apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              className="rounded-xl border border-white/10 p-4"
              data-testid="safe-batch-call"
            >
              <p className="text-sm font-medium text-slate-100">
                {index + 1}. {step.label}
              </p>
              {review.ok ? (
                <p className="mt-1 font-mono text-xs text-slate-300" data-testid="safe-batch-call-decoded">
                  {review.call.contract}.{review.call.signature} · {review.call.selector}
                  {review.call.args.map((arg) => (
                    <span key={arg.name} className="block pl-4">
                      {arg.name} = {arg.value}
                    </span>
                  ))}
                </p>
              ) : (
                <p className="mt-1 text-xs text-rose-300">{review.reason}</p>
              )}
              <dl className="mt-2 grid grid-cols-[4rem_1fr] gap-x-2 font-mono text-xs text-slate-400">
                <dt>to</dt>
                <dd data-testid="safe-batch-call-to">{raw.to}</dd>
                <dt>value</dt>
                <dd data-testid="safe-batch-call-value">{raw.value.toString()}</dd>
                <dt>data</dt>
                <dd className="break-all" data-testid="safe-batch-call-data">
                  {raw.data}
                </dd>
              </dl>
              <Button
                variant="ghost"
                size="sm"
                className="mt-2"
                onClick={() => copy(JSON.stringify({ to: raw.to, value: raw.value.toString(), data: raw.data }))}
              >
                Copy calldata
              </Button>
            </li>
          )
        })}
      </ol>
      <CheckNotice check={check} />
      <div className="flex flex-wrap gap-3">
        <Button onClick={download} disabled={check?.ok !== true} data-testid="safe-batch-download">
          Download Transaction Builder file
        </Button>
        <Button
          variant="secondary"
          onClick={() =>
            copy(
              JSON.stringify(
                calls.map(({ to, value, data }) => ({ to, value: value.toString(), data })),
                null,
                2,
              ),
            )
          }
        >
          Copy all calldata
        </Button>
      </div>
    </div>
  )
}

function CheckNotice({ check }: { check: SafeBatchCheck | undefined }) {
  if (!check) return <Notice title="Checking the batch as the Safe…" data-testid="safe-batch-check" />
  if (check.ok) {
    return (
      <Notice
        title={`Checked at block ${check.block.toLocaleString('en-US')}: every call succeeds when this Safe runs them in order.`}
        data-testid="safe-batch-check"
      >
        The owners sign it in Safe&#123;Wallet&#125;: import the file in the Transaction Builder, or propose the
        calldata.
      </Notice>
    )
  }
  return (
    <Notice tone="error" title="This batch would fail, so no file is offered." data-testid="safe-batch-check">
      {check.reason}
    </Notice>
  )
}

/** The batch checked as the Safe, again whenever it changes; stale answers for an older batch are dropped. */
function useSafeBatchCheck(chainId: SupportedChainId, safe: Address, steps: readonly BatchStep[]) {
  const [result, setResult] = useState<{ key: string; check: SafeBatchCheck }>()
  const key = JSON.stringify([chainId, safe, steps.map(({ call }) => toRawCall(call).data)])
  // `key` stands for the steps' content: a new array with the same calls is the same batch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    let current = true
    void checkSafeBatch(chainReader(chainId), safe, steps).then((check) => {
      if (current) setResult({ key, check })
    })
    return () => {
      current = false
    }
  }, [key])
  return result?.key === key ? result.check : undefined
}

function copy(text: string) {
  void navigator.clipboard?.writeText(text)
}
