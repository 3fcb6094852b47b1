import { type Hash, type Hex, numberToHex, type TransactionReceipt } from 'viem'

/** A batch the dev account sends: one call after another, or (a smart account) as one atomic transaction. */
export type CallsRecord = {
  /** Transactions the batch takes: one per call, or one for all of them when atomic. */
  total: number
  /** All calls run in one transaction, so they succeed or fail together. */
  atomic: boolean
  hashes: Hash[]
  /** No more calls will be sent: all were, one reverted, or sending one failed. */
  finished: boolean
  error?: unknown
}

/** EIP-5792 status codes. */
const pending = 100
const confirmed = 200
const reverted = 500
const partlyReverted = 600

/** The `wallet_getCallsStatus` answer for a batch, from the receipts found so far (null = not mined yet). */
export function callsStatus(id: string, chainId: Hex, record: CallsRecord, receipts: (TransactionReceipt | null)[]) {
  const mined = receipts.filter((receipt): receipt is TransactionReceipt => receipt !== null)
  const succeeded = mined.filter((receipt) => receipt.status === 'success').length
  const allMined = mined.length === record.hashes.length
  const status = (() => {
    if (!allMined || (!record.finished && record.hashes.length < record.total)) return pending
    if (succeeded === record.total) return confirmed
    return succeeded === 0 ? reverted : partlyReverted
  })()
  return {
    version: '2.0.0',
    id,
    chainId,
    status,
    atomic: record.atomic,
    receipts: mined.map(toRpcReceipt),
  }
}

function toRpcReceipt(receipt: TransactionReceipt) {
  return {
    blockHash: receipt.blockHash,
    blockNumber: numberToHex(receipt.blockNumber),
    gasUsed: numberToHex(receipt.gasUsed),
    status: receipt.status === 'success' ? '0x1' : '0x0',
    transactionHash: receipt.transactionHash,
    logs: receipt.logs.map((log) => ({
      address: log.address,
      data: log.data,
      topics: log.topics,
    })),
  }
}
