import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { safeAbi } from '@rialto/contracts-abi/safe'
import {
  type Address,
  getAbiItem,
  type Hash,
  type Hex,
  isAddressEqual,
  isHash,
  type Log,
  toEventSelector,
  withTimeout,
} from 'viem'
import { getPublicClient } from 'wagmi/actions'
import { explorerTxUrl } from '../../chains/app-chains'
import type { WalletConfig } from '../config'
import type { SafeTransactions } from '../safe-app/safe-apps-sdk'
import { safeTransactionStatus } from '../safe-app/safe-transaction-status'
import {
  SafeTransactionCancelledError,
  SafeTransactionFailedError,
  SafeTransactionUnprovenError,
} from './describe-flow-error'
import type { FlowState } from './flow-state'
import type { Confirmation, TxPlan } from './transaction-plan'

/** How often a proposal is read again from the Safe web app: it changes when an owner acts, not every block. */
const safeFollowIntervalMs = 3_000
/** A read the Safe web app does not answer in this time is tried again at the next interval. */
const safeReadTimeoutMs = 10_000

/** Safe's `ExecutionSuccess(bytes32 txHash, uint256 payment)` and `ExecutionFailure(...)` topics (1.3 and 1.4 alike). */
const executionSuccessTopic = toEventSelector(getAbiItem({ abi: safeAbi, name: 'ExecutionSuccess' }))
const executionFailureTopic = toEventSelector(getAbiItem({ abi: safeAbi, name: 'ExecutionFailure' }))

export type SafeRunContext = {
  config: WalletConfig
  chainId: SupportedChainId
  /** The Safe's address: only its own `ExecutionSuccess` proves the execution. */
  account: Address
  safe: SafeTransactions
  onProgress: (state: FlowState) => void
}

/**
 * Sends a plan from inside the Safe web app: all its calls as one Safe transaction (`sendTransactions`; Safe{Wallet}
 * wraps several in MultiSendCallOnly, so they run together or not at all), then follows the proposal until it is
 * executed. Confirmed means the execution's receipt on chain carries this Safe transaction's `ExecutionSuccess`.
 */
export async function runThroughSafe(
  plan: TxPlan,
  calls: readonly { to: Address; data: Hex }[],
  context: SafeRunContext,
): Promise<Confirmation[]> {
  const { safe, onProgress } = context
  const progress = { label: plan.label, stepIndex: 0, stepCount: plan.steps.length, batched: plan.steps.length > 1 }
  onProgress({ status: 'signing', ...progress })
  const txs = calls.map(({ to, data }) => ({ to, value: '0', data }))
  const { safeTxHash } = await safe.send({ txs })
  if (!isHash(safeTxHash))
    throw new Error(`The Safe web app answered with "${safeTxHash}", not a Safe transaction hash.`)
  onProgress({ status: 'awaiting-signers', label: plan.label, safeTxHash, confirmations: null, readyToExecute: false })
  for (;;) {
    const details = await withTimeout(() => safe.getBySafeTxHash(safeTxHash), { timeout: safeReadTimeoutMs }).catch(
      // The Safe web app's backend may lag or hiccup: the proposal stands until it says otherwise.
      () => null,
    )
    const status = details ? safeTransactionStatus(details) : null
    if (status?.kind === 'executed') return [await provenExecution(status.transactionHash, safeTxHash, plan, context)]
    if (status?.kind === 'failed') throw new SafeTransactionFailedError(plan.label, status.transactionHash)
    if (status?.kind === 'cancelled') throw new SafeTransactionCancelledError(plan.label)
    if (status) {
      onProgress({
        status: 'awaiting-signers',
        label: plan.label,
        safeTxHash,
        confirmations: status.confirmations,
        readyToExecute: status.kind === 'awaiting-execution',
      })
    }
    await new Promise((resolve) => setTimeout(resolve, safeFollowIntervalMs))
  }
}

/** Waits for the execution's receipt and checks that it executed this Safe transaction, successfully. */
async function provenExecution(
  transactionHash: Hash,
  safeTxHash: Hash,
  plan: TxPlan,
  { config, chainId, account, onProgress }: SafeRunContext,
): Promise<Confirmation> {
  const progress = { label: plan.label, stepIndex: 0, stepCount: plan.steps.length, batched: plan.steps.length > 1 }
  onProgress({
    status: 'pending',
    ...progress,
    hash: transactionHash,
    explorerUrl: explorerTxUrl(chainId, transactionHash),
  })
  const receipt = await getPublicClient(config, { chainId }).waitForTransactionReceipt({ hash: transactionHash })
  const outcome = receipt.status === 'success' ? executionOutcome(receipt.logs, account, safeTxHash) : 'failure'
  if (outcome === 'failure') throw new SafeTransactionFailedError(plan.label, transactionHash)
  if (outcome === 'absent') throw new SafeTransactionUnprovenError(plan.label, transactionHash)
  return { transactionHash, blockNumber: receipt.blockNumber }
}

/**
 * Whether these logs hold `safe`'s own `ExecutionSuccess` or `ExecutionFailure` for `safeTxHash`. Safe 1.3 logs
 * the hash in the data, 1.4 as an indexed topic: either place counts.
 */
export function executionOutcome(
  logs: readonly Pick<Log, 'address' | 'topics' | 'data'>[],
  safe: Address,
  safeTxHash: Hash,
): 'success' | 'failure' | 'absent' {
  const hash = safeTxHash.toLowerCase()
  const names = (log: Pick<Log, 'topics' | 'data'>) =>
    log.topics[1]?.toLowerCase() === hash || log.data.toLowerCase().startsWith(hash)
  for (const log of logs) {
    if (!isAddressEqual(log.address, safe)) continue
    if (log.topics[0] === executionSuccessTopic && names(log)) return 'success'
    if (log.topics[0] === executionFailureTopic && names(log)) return 'failure'
  }
  return 'absent'
}
