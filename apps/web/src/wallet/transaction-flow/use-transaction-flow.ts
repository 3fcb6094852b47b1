import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { describeError } from '@rialto/protocol/errors'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { useAccount, useConfig } from 'wagmi'
import { positionQueryKeyRoot } from '../../position/use-position'
import { type FlowState, isBusy } from './flow-state'
import { runTransactionPlan } from './run-transaction-plan'
import type { Confirmation, TxPlan } from './transaction-plan'

/** wagmi's id for the Safe connector (also when RainbowKit wraps it). */
const safeConnectorId = 'safe'

export type RunOptions = { onConfirmed?: (confirmations: readonly Confirmation[]) => void | Promise<void> }

/**
 * The one transaction flow every action uses: simulate → sign → pending → confirmed (the position is read again)
 * or failed (the error in one sentence from `describeError`).
 */
export function useTransactionFlow() {
  const config = useConfig()
  const queryClient = useQueryClient()
  const { address, connector } = useAccount()
  const [state, setState] = useState<FlowState>({ status: 'idle' })
  /** How many times this action was started: lets a test tell this run's result from the previous one. */
  const [attempt, setAttempt] = useState(0)

  const run = useCallback(
    async (plan: TxPlan, { onConfirmed }: RunOptions = {}) => {
      if (!address) return
      setAttempt((count) => count + 1)
      const chainId = config.state.chainId as SupportedChainId
      try {
        const result = await runTransactionPlan(plan, {
          config,
          chainId,
          account: address,
          safe: connector?.id === safeConnectorId,
          onProgress: setState,
        })
        if (result.kind === 'awaiting-signers') {
          setState({ status: 'awaiting-signers', label: plan.label })
          return
        }
        await queryClient.invalidateQueries({ queryKey: positionQueryKeyRoot })
        await onConfirmed?.(result.confirmations)
        setState({ status: 'confirmed', label: plan.label, confirmations: result.confirmations })
      } catch (error) {
        // The sentence is for people; the raw error stays in the console for whoever debugs.
        console.warn('[rialto] transaction failed:', error instanceof Error ? error.message : error)
        setState({ status: 'failed', label: plan.label, error: describeError(error) })
      }
    },
    [address, config, connector, queryClient],
  )

  const reset = useCallback(() => setState({ status: 'idle' }), [])
  return { state, attempt, busy: isBusy(state), run, reset }
}
