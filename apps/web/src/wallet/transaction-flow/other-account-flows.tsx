'use client'

import { shortAddress } from '@rialto/protocol/format'
import { Button } from '@rialto/ui/button'
import { type Address, isAddressEqual } from 'viem'
import { flowCopy, isBusy } from './flow-state'
import { flowStore } from './flow-store'
import { useFlows } from './use-flows'

/**
 * Flows of accounts other than the one on screen that are still running or ended badly: after an account switch
 * mid-flow ("approve landed, stake not sent") the person must still hear it, said for the account it belongs to.
 */
export function OtherAccountFlows({ account, chainId }: { account: Address | undefined; chainId: number }) {
  const flows = useFlows()
  const others = [...flows.values()].filter(
    (flow) =>
      flow.chainId === chainId &&
      !(account && isAddressEqual(flow.account, account)) &&
      (isBusy(flow.state) || flow.state.status === 'failed'),
  )
  if (others.length === 0) return null
  return (
    <ul className="flex flex-col gap-2" data-testid="other-account-flows">
      {others.map((flow) => (
        <li
          key={`${flow.account}:${flow.action}`}
          role={flow.state.status === 'failed' ? 'alert' : 'status'}
          className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-400/30 bg-amber-400/10 px-4 py-3 text-sm text-amber-100"
        >
          <p>
            For <span className="font-mono">{shortAddress(flow.account)}</span>: {flowCopy(flow.state)?.title}
          </p>
          {isBusy(flow.state) ? null : (
            <Button variant="secondary" size="sm" onClick={() => flowStore.dismiss(flow)}>
              Dismiss
            </Button>
          )}
        </li>
      ))}
    </ul>
  )
}
