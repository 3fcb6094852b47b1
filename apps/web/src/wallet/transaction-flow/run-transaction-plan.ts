import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { AnyWriteCall } from '@rialto/protocol/actions'
import { gasWithHeadroom } from '@rialto/protocol/gas'
import { type Address, ContractFunctionRevertedError, encodeFunctionData, type Hash } from 'viem'
import { getPublicClient, sendCalls, simulateContract, waitForCallsStatus, writeContract } from 'wagmi/actions'
import { explorerTxUrl } from '../../chains/app-chains'
import type { WalletConfig } from '../config'
import type { SafeTransactions } from '../safe-app/safe-apps-sdk'
import { AccountSwitchedError, PartialPlanError } from './describe-flow-error'
import type { FlowState } from './flow-state'
import { runThroughSafe } from './run-through-safe'
import type { Confirmation, TxPlan, TxStep } from './transaction-plan'

export type RunContext = {
  config: WalletConfig
  chainId: SupportedChainId
  account: Address
  /** The Safe web app's transactions, when the account is the Safe Rialto runs inside as a Safe App. */
  safe: SafeTransactions | null
  /** False once the wallet has moved to another account: later steps must not be signed by it. */
  accountStillConnected: () => boolean
  onProgress: (state: FlowState) => void
  /** A transaction left the wallet: from here until `onSettled` it may outlive the page. */
  onSent: (hash: Hash, label: string) => void
  onSettled: (hash: Hash) => void
}

export type RunResult = { kind: 'confirmed'; confirmations: Confirmation[] }

/**
 * Sends a plan: each step is simulated first (a revert stops it before the wallet is asked), then signed and
 * waited for. Throws whatever went wrong; the caller turns it into a sentence with `describeFlowError`.
 */
export async function runTransactionPlan(plan: TxPlan, context: RunContext): Promise<RunResult> {
  if (context.safe) {
    // Every step in one Safe transaction, checked together first from the Safe's address.
    const progress = { label: plan.label, stepIndex: 0, stepCount: plan.steps.length, batched: plan.steps.length > 1 }
    context.onProgress({ status: 'simulating', ...progress })
    await simulateTogether(plan, context)
    const calls = plan.steps.map(({ call }) => encodedCall(call))
    return { kind: 'confirmed', confirmations: await runThroughSafe(plan, calls, { ...context, safe: context.safe }) }
  }
  if (plan.batch && plan.steps.length > 1) return runBatch(plan, context)
  const confirmations: Confirmation[] = []
  for (const [stepIndex, step] of plan.steps.entries()) {
    let result: Awaited<ReturnType<typeof runStep>>
    try {
      result = await runStep(step, stepIndex, plan.steps.length, context)
    } catch (error) {
      if (stepIndex === 0) throw error
      throw new PartialPlanError(
        plan.steps.slice(0, stepIndex).map(({ label }) => label),
        error,
      )
    }
    confirmations.push(result)
  }
  return { kind: 'confirmed', confirmations }
}

async function runStep(step: TxStep, stepIndex: number, stepCount: number, context: RunContext) {
  const { config, chainId, account, onProgress } = context
  const call: AnyWriteCall = step.call
  const progress = { label: step.label, stepIndex, stepCount, batched: false }
  if (!context.accountStillConnected()) throw new AccountSwitchedError(step.label)
  onProgress({ status: 'simulating', ...progress })
  const { request } = await simulateContract(config, { ...call, account, chainId })
  const estimate = await getPublicClient(config, { chainId }).estimateContractGas({ ...call, account })
  onProgress({ status: 'signing', ...progress })
  // simulateContract trims the ABI to the one function; the full ABI lets a revert decode to its reason.
  const hash = await writeContract(config, { ...request, abi: call.abi, gas: gasWithHeadroom(estimate) })
  context.onSent(hash, step.label)
  onProgress({ status: 'pending', ...progress, hash, explorerUrl: explorerTxUrl(chainId, hash) })
  // viem's own wait returns a reverted receipt (wagmi's throws an undecoded reason); whyReverted decodes it.
  const receipt = await getPublicClient(config, { chainId }).waitForTransactionReceipt({ hash })
  // Only a receipt settles it: after a failed wait the transaction may still be mined, and the next load looks.
  context.onSettled(hash)
  if (receipt.status !== 'success') throw await whyReverted(call, context)
  return { transactionHash: receipt.transactionHash, blockNumber: receipt.blockNumber }
}

async function runBatch(plan: TxPlan, context: RunContext): Promise<RunResult> {
  const { config, chainId, account, onProgress } = context
  const progress = { label: plan.label, stepIndex: 0, stepCount: plan.steps.length, batched: true }
  const calls = plan.steps.map(({ call }) => encodedCall(call))
  onProgress({ status: 'simulating', ...progress })
  await simulateTogether(plan, context)
  onProgress({ status: 'signing', ...progress })
  // Atomic or nothing: an approval that lands without its stake is not what the user asked for.
  const { id } = await sendCalls(config, { calls, chainId, account, forceAtomic: true })
  onProgress({ status: 'pending', ...progress })
  const result = await waitForCallsStatus(config, { id, timeout: 120_000 })
  const receipts = result.receipts ?? []
  // A smart wallet may run the whole batch as one transaction: one receipt for every call.
  if (result.status === 'success' && receipts.length > 0) {
    return {
      kind: 'confirmed',
      confirmations: receipts.map(({ transactionHash, blockNumber }) => ({ transactionHash, blockNumber })),
    }
  }
  // The first call without a successful receipt is the one that failed: ask the chain why.
  const failedIndex = receipts.findIndex(({ status }) => status !== 'success')
  const failed = plan.steps[failedIndex === -1 ? receipts.length : failedIndex] ?? plan.steps[0]
  throw await whyReverted(failed.call, context)
}

/**
 * Simulates the calls one after another on the same state (`eth_simulateV1`), so the second sees the first
 * (stake sees the approval). A node without `eth_simulateV1` gets only the first call checked.
 */
async function simulateTogether(plan: TxPlan, { config, chainId, account }: RunContext): Promise<void> {
  const client = getPublicClient(config, { chainId })
  const simulated = await client
    .simulateCalls({
      account,
      calls: plan.steps.map(({ call }) => encodedCall(call)),
    })
    .catch((error: Error) => {
      if (/not (found|supported|available)|does not exist|unknown method/i.test(error.message)) return null
      throw error
    })
  if (simulated === null) {
    const first: AnyWriteCall = plan.steps[0].call
    await simulateContract(config, { ...first, account, chainId })
    return
  }
  for (const [index, step] of plan.steps.entries()) {
    const result = simulated.results[index]
    if (!result || result.status === 'success') continue
    // Decode with the step's own ABI, for a reason describeError knows.
    throw await whyReverted(step.call, { config, chainId, account }, result.error)
  }
}

/** What EIP-5792 and `eth_simulateV1` take for a call: its target and calldata. */
function encodedCall(call: AnyWriteCall) {
  return { to: call.address, data: encodeFunctionData(call) }
}

/** Why a call reverted: simulating it again now usually reproduces the contract's reason. */
async function whyReverted(
  call: AnyWriteCall,
  { config, chainId, account }: Pick<RunContext, 'config' | 'chainId' | 'account'>,
  fallback?: unknown,
): Promise<unknown> {
  try {
    await simulateContract(config, { ...call, account, chainId })
  } catch (error) {
    return error
  }
  return fallback ?? new ContractFunctionRevertedError({ abi: call.abi, functionName: call.functionName })
}
