import { type Hash, isHash } from 'viem'

/**
 * The part of the Safe web app's `TransactionDetails` (safe-gateway-typescript-sdk, returned by the Safe Apps SDK's
 * `txs.getBySafeTxHash`) that says where a transaction stands. Written out with the enums' string values, so that
 * the SDK's own type fits it and a payload read as JSON does too.
 */
export type SafeTransactionDetails = {
  txStatus: 'AWAITING_CONFIRMATIONS' | 'AWAITING_EXECUTION' | 'SUCCESS' | 'FAILED' | 'CANCELLED'
  txHash?: string | null
  detailedExecutionInfo?:
    | { type: 'MULTISIG'; confirmations: readonly unknown[]; confirmationsRequired: number }
    | { type: 'MODULE' }
}

/** How many owners signed a Safe transaction, and how many it needs. */
export type SafeConfirmations = { submitted: number; required: number }

/** Where a proposed Safe transaction stands, as the Safe web app reports it. */
export type SafeTransactionStatus =
  | { kind: 'awaiting-confirmations'; confirmations: SafeConfirmations | null }
  // Signed by enough owners; an owner still has to execute it.
  | { kind: 'awaiting-execution'; confirmations: SafeConfirmations | null }
  // Executed, by the Safe web app's account: the flow still checks the receipt on chain before it says so.
  | { kind: 'executed'; transactionHash: Hash }
  | { kind: 'failed'; transactionHash: Hash | null }
  // Replaced by another transaction with the same nonce (a rejection): it will never run.
  | { kind: 'cancelled' }

/** Reads the Safe web app's report on one transaction into a status. */
export function safeTransactionStatus(details: SafeTransactionDetails): SafeTransactionStatus {
  const transactionHash = details.txHash && isHash(details.txHash) ? details.txHash : null
  switch (details.txStatus) {
    case 'AWAITING_CONFIRMATIONS':
      return { kind: 'awaiting-confirmations', confirmations: confirmationsOf(details) }
    case 'AWAITING_EXECUTION':
      return { kind: 'awaiting-execution', confirmations: confirmationsOf(details) }
    case 'SUCCESS':
      // Without the hash of the execution there is nothing to check on chain: still waiting, as far as we know.
      return transactionHash
        ? { kind: 'executed', transactionHash }
        : { kind: 'awaiting-execution', confirmations: confirmationsOf(details) }
    case 'FAILED':
      return { kind: 'failed', transactionHash }
    case 'CANCELLED':
      return { kind: 'cancelled' }
  }
}

function confirmationsOf({ detailedExecutionInfo }: SafeTransactionDetails): SafeConfirmations | null {
  if (detailedExecutionInfo?.type !== 'MULTISIG') return null
  return {
    submitted: detailedExecutionInfo.confirmations.length,
    required: detailedExecutionInfo.confirmationsRequired,
  }
}
