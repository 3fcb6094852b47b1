import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { describeError, type ErrorDescription } from '@rialto/protocol/errors'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { useAccount, useConfig } from 'wagmi'
import { positionQueryKeyRoot } from '../../position/use-position'
import { type FlowState, isBusy } from './flow-state'
import { PartialPlanError, runTransactionPlan } from './run-transaction-plan'
import type { Confirmation, TxPlan } from './transaction-plan'

/** wagmi's id for the Safe connector (also when RainbowKit wraps it). */
const safeConnectorId = 'safe'

export type RunOptions = { onConfirmed?: (confirmations: readonly Confirmation[]) => void | Promise<void> }

/**
 * The one transaction flow every action uses: simulate → sign → pending → confirmed or failed (the error in one
 * sentence from `describeError`). Either way the position is read again.
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
      const chainId: SupportedChainId = config.state.chainId
      let confirmations: readonly Confirmation[] | undefined
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
        confirmations = result.confirmations
        setState({ status: 'confirmed', label: plan.label, confirmations })
      } catch (error) {
        // The sentence is for people; the raw error stays in the console for whoever debugs.
        console.warn('[rialto] transaction failed:', error instanceof Error ? error.message : error)
        setState({ status: 'failed', label: plan.label, error: describeFlowError(error) })
      }
      // Read the position now, failed or not: an approval may have landed before a later step failed, and the
      // buttons must not wait for the next block to know it.
      try {
        await queryClient.invalidateQueries({ queryKey: positionQueryKeyRoot })
        if (confirmations) await onConfirmed?.(confirmations)
      } catch (error) {
        // After the fact: a failed follow-up read must never turn a confirmed transaction into "failed".
        console.warn(
          '[rialto] the action ended, but reading the result failed:',
          error instanceof Error ? error.message : error,
        )
      }
    },
    [address, config, connector, queryClient],
  )

  const reset = useCallback(() => setState({ status: 'idle' }), [])
  return { state, attempt, busy: isBusy(state), run, reset }
}

/** `describeError`, plus what already happened when a later step of a plan failed. */
export function describeFlowError(error: unknown): ErrorDescription {
  if (!(error instanceof PartialPlanError)) return describeError(error)
  const failure = describeError(error.cause)
  const withoutNothingClaim = failure.message.replace(/ Nothing (was sent|changed)\.$/, '')
  return {
    ...failure,
    message: `${withoutNothingClaim} Already confirmed before that: ${error.confirmedLabels.join(', ')}.`,
  }
}
