'use client'

import { Button } from '@rialto/ui/button'
import { TxStatus } from '@rialto/ui/tx-status'
import type { ReactNode } from 'react'
import { flowCopy } from './flow-state'
import type { Confirmation, TxPlan } from './transaction-plan'
import { useTransactionFlow } from './use-transaction-flow'

export type TransactionButtonProps = {
  /** What the button does, as a stable name ("stake-vvv"): its flow and pending transactions are kept under it. */
  action: string
  children: ReactNode
  /** What to send; `null` while the input is not valid. */
  plan: TxPlan | null
  /** Why nothing can be sent yet (an invalid amount, a cooldown…). Shown under the button, which stays disabled. */
  blockedReason?: string | null
  onConfirmed?: (confirmations: readonly Confirmation[]) => void | Promise<void>
  variant?: 'primary' | 'secondary' | 'danger'
  'data-testid': string
}

/** The button and status line of one action; every write in the app goes through it. */
export function TransactionButton({
  action,
  children,
  plan,
  blockedReason,
  onConfirmed,
  variant,
  ...rest
}: TransactionButtonProps) {
  const testId = rest['data-testid']
  const { state, attempt, busy, run } = useTransactionFlow(action)
  const copy = flowCopy(state)
  const blocked = blockedReason ?? (plan ? null : 'Enter an amount.')

  return (
    <div className="flex flex-col gap-2">
      <Button
        variant={variant}
        data-testid={testId}
        disabled={busy || blocked !== null}
        onClick={() => plan && run(plan, { onConfirmed })}
      >
        {children}
      </Button>
      {blocked && !busy ? (
        <p className="text-xs text-slate-400" data-testid={`${testId}-blocked`}>
          {blocked}
        </p>
      ) : null}
      {copy ? (
        // Keyed by attempt: a retry that ends the same way is a new status, announced again by screen readers.
        // The hashes, error kind and attempt are also what tests check the chain and the screen against.
        <div
          key={attempt}
          data-tx-hashes={
            state.status === 'confirmed'
              ? state.confirmations.map((c) => c.transactionHash).join(',')
              : state.status === 'failed'
                ? state.hash
                : undefined
          }
          data-error-kind={state.status === 'failed' ? state.error.kind : undefined}
          data-safe-tx-hash={state.status === 'awaiting-signers' ? state.safeTxHash : undefined}
          data-testid={`${testId}-result`}
          data-attempt={attempt}
        >
          <TxStatus phase={copy.phase} busy={busy} title={copy.title} link={copy.link} data-testid={`${testId}-status`}>
            {copy.detail}
          </TxStatus>
        </div>
      ) : null}
    </div>
  )
}
