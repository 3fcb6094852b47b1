import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useConfig } from 'wagmi'
import { getPublicClient } from 'wagmi/actions'
import { explorerTxUrl } from '../../chains/app-chains'
import { positionQueryKeyRoot } from '../../position/use-position'
import type { WalletConfig } from '../config'
import { describeFlowError, SentTransactionRevertedError } from './describe-flow-error'
import type { FlowState } from './flow-state'
import { flowStore, type SentTransaction } from './flow-store'

/** Hashes this tab already waits for: each is picked up once, even if the effect runs twice. */
const watching = new Set<string>()

/**
 * On load, the transactions an earlier visit sent and did not see mined: each is shown pending on its button
 * again (which keeps the button guarded), waited for, and ends confirmed or failed like any flow.
 */
export function useResumeSentTransactions() {
  const config = useConfig()
  const queryClient = useQueryClient()
  useEffect(() => {
    for (const sent of flowStore.sent()) {
      if (watching.has(sent.hash)) continue
      watching.add(sent.hash)
      void settle(sent, config, queryClient).finally(() => watching.delete(sent.hash))
    }
  }, [config, queryClient])
}

async function settle(sent: SentTransaction, config: WalletConfig, queryClient: QueryClient) {
  const chain = config.chains.find(({ id }) => id === sent.chainId)
  // A chain this build does not serve: nothing here can wait for it.
  if (!chain) return flowStore.forgetSent(sent.hash)
  const { hash, label, chainId, account, action } = sent
  const setState = (state: FlowState) => flowStore.setState({ chainId, account, action }, state)
  setState({
    status: 'pending',
    label,
    stepIndex: 0,
    stepCount: 1,
    batched: false,
    hash,
    explorerUrl: explorerTxUrl(chain.id, hash),
  })
  try {
    const receipt = await getPublicClient(config, { chainId: chain.id }).waitForTransactionReceipt({ hash })
    if (receipt.status === 'success') {
      setState({
        status: 'confirmed',
        label,
        confirmations: [{ transactionHash: hash, blockNumber: receipt.blockNumber }],
      })
    } else {
      setState({ status: 'failed', label, hash, error: describeFlowError(new SentTransactionRevertedError(label)) })
    }
  } catch (error) {
    // Not mined within viem's wait (dropped, or a devnet restarted): say so once, then stop remembering it.
    console.warn(
      '[rialto] a remembered transaction could not be followed:',
      error instanceof Error ? error.message : error,
    )
    setState({ status: 'failed', label, hash, error: describeFlowError(error) })
  }
  flowStore.forgetSent(hash)
  // A failed read is retried at the next block anyway; the outcome above stands.
  await queryClient.invalidateQueries({ queryKey: positionQueryKeyRoot }).catch(() => undefined)
}
