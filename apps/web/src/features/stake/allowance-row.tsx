'use client'

import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { approveVvvCall } from '@rialto/protocol/actions'
import { formatAmount } from '@rialto/protocol/format'
import { TransactionButton } from '../../wallet/transaction-flow/transaction-button'
import { singleStep } from '../../wallet/transaction-flow/transaction-plan'
import { isUnlimitedAllowance } from './stake-plan'

/** What the staking contract may still take from the wallet, and a way to take that permission back. */
export function AllowanceRow({ chainId, allowance }: { chainId: SupportedChainId; allowance: bigint }) {
  const shown = isUnlimitedAllowance(allowance) ? 'unlimited' : `${formatAmount(allowance)} VVV`
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 rounded-lg bg-white/[0.03] px-3 py-2 text-sm">
      <p className="text-slate-300">
        The staking contract may take{' '}
        <span className="font-mono text-slate-100" data-testid="stake-allowance" data-wei={allowance.toString()}>
          {shown}
        </span>{' '}
        of your VVV.
      </p>
      <TransactionButton
        action="revoke-vvv-approval"
        data-testid="stake-revoke"
        variant="secondary"
        plan={singleStep('Revoke the VVV approval', approveVvvCall(chainId, 0n))}
        blockedReason={allowance === 0n ? 'Nothing to revoke.' : null}
      >
        Revoke
      </TransactionButton>
    </div>
  )
}
