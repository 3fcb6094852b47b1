import type { Address, PublicClient } from 'viem'
import type { AnyWriteCall, WriteCall } from './actions'
import { describeError } from './errors'

export type BatchStep = { label: string; call: WriteCall }

export type SafeBatchCheck =
  | { ok: true; block: bigint }
  | { ok: false; failedStep: number; reason: string }
  | { ok: false; failedStep: null; reason: string }

/**
 * Runs a batch as the Safe would, one call after another on the same state, at the latest block (`eth_simulateV1`):
 * Safe{Wallet} executes a batch through MultiSendCallOnly by delegatecall, so each call's sender is the Safe
 * itself. A batch that would revert is refused here, with the step and the reason, so no file that fails on
 * execution is ever handed out.
 */
export async function checkSafeBatch(
  client: Pick<PublicClient, 'simulateCalls' | 'getBlockNumber'>,
  safe: Address,
  steps: readonly BatchStep[],
): Promise<SafeBatchCheck> {
  if (steps.length === 0) return { ok: false, failedStep: null, reason: 'Add at least one action to the batch.' }
  const calls = steps.map(({ call }) => {
    const write: AnyWriteCall = call
    return { to: write.address, abi: write.abi, functionName: write.functionName, args: write.args }
  })
  try {
    const block = await client.getBlockNumber()
    const simulated = await client.simulateCalls({ account: safe, blockNumber: block, calls })
    const failedStep = simulated.results.findIndex(({ status }) => status !== 'success')
    if (failedStep === -1) return { ok: true, block }
    const failed = simulated.results[failedStep]
    const why = failed?.error ? describeError(failed.error).sentence : 'The contract refused it.'
    return {
      ok: false,
      failedStep,
      reason: `Step ${failedStep + 1} (${steps[failedStep]?.label}) would fail for this Safe: ${why}`,
    }
  } catch (error) {
    return { ok: false, failedStep: null, reason: `The batch could not be checked: ${describeError(error).sentence}` }
  }
}
