import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useAccount, useChainId, useConfig } from 'wagmi'
import { getAccount } from 'wagmi/actions'
import { positionQueryKeyRoot } from '../../position/use-position'
import { safeAppsTransactions } from '../safe-app/safe-apps-sdk'
import { describeFlowError } from './describe-flow-error'
import { type FlowState, isBusy } from './flow-state'
import { type FlowKey, flowKeyId, flowStore } from './flow-store'
import { runTransactionPlan } from './run-transaction-plan'
import type { Confirmation, TxPlan } from './transaction-plan'
import { useFlows } from './use-flows'

/** wagmi's id for the Safe connector (also when RainbowKit wraps it). */
const safeConnectorId = 'safe'

export type RunOptions = { onConfirmed?: (confirmations: readonly Confirmation[]) => void | Promise<void> }

const idle: FlowState = { status: 'idle' }

/**
 * The one transaction flow every action uses: simulate → sign → pending → confirmed or failed (the error in one
 * sentence from `describeFlowError`). Either way the position is read again. `action` names the button: its
 * state is kept per account and action in `flowStore`, so it survives the panel remounting, and a transaction
 * sent before a reload is shown (and guards the button) until it is mined.
 */
export function useTransactionFlow(action: string) {
  const config = useConfig()
  const queryClient = useQueryClient()
  const { address, connector } = useAccount()
  const chainId = useChainId()
  const flows = useFlows()
  const flow = address ? flows.get(flowKeyId({ chainId, account: address, action })) : undefined
  const state = flow?.state ?? idle

  const run = useCallback(
    async (plan: TxPlan, { onConfirmed }: RunOptions = {}) => {
      if (!address) return
      const runChainId: SupportedChainId = config.state.chainId
      // Filed under who started it: if the wallet switches accounts meanwhile, the story stays with this one.
      const key: FlowKey = { chainId: runChainId, account: address, action }
      const setState = (next: FlowState) => flowStore.setState(key, next)
      flowStore.startAttempt(key)
      let confirmations: readonly Confirmation[] | undefined
      try {
        const result = await runTransactionPlan(plan, {
          config,
          chainId: runChainId,
          account: address,
          safe: connector?.id === safeConnectorId ? await safeAppsTransactions() : null,
          accountStillConnected: () => getAccount(config).address === address,
          onProgress: setState,
          onSent: (hash, label) => flowStore.rememberSent({ ...key, hash, label }),
          onSettled: (hash) => flowStore.forgetSent(hash),
        })
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
    [action, address, config, connector, queryClient],
  )

  return { state, attempt: flow?.attempt ?? 0, busy: isBusy(state), run }
}
