import { describe, expect, it } from 'vitest'
import { type SafeTransactionDetails, safeTransactionStatus } from './safe-transaction-status'

const safeTxHash = '0x6f3a9d1c2b8e4f5a6d7c8b9a0e1f2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6'
const executionHash = '0x1c0ffee00000000000000000000000000000000000000000000000000000beef'
const owner = (value: string) => ({ signer: { value }, signature: `0x${'ab'.repeat(65)}`, submittedAt: 1764547200000 })

/** What the Safe web app answers `getTxBySafeTxHash` with for an approve + stake batch, cut to what is read. */
function multiSendBatch(
  overrides: Partial<Pick<SafeTransactionDetails, 'txStatus' | 'txHash'>>,
  confirmations: number,
): SafeTransactionDetails {
  // More of the payload than the type names, as the Safe web app sends it.
  const details = {
    safeAddress: '0x5afe5afE5afE5AfE5afE5aFe5aFE5AfE5afE5aFe',
    txId: `multisig_0x5afe5afE5afE5AfE5afE5aFe5aFE5AfE5afE5aFe_${safeTxHash}`,
    txStatus: 'AWAITING_CONFIRMATIONS' as const,
    txInfo: { type: 'Custom', to: { value: '0x9641d764fc13c8B624c04430C7356C1C7C8102e2' }, actionCount: 2 },
    txData: { dataDecoded: { method: 'multiSend', parameters: [] }, operation: 1 },
    detailedExecutionInfo: {
      type: 'MULTISIG' as const,
      submittedAt: 1764547200000,
      nonce: 3,
      safeTxHash,
      signers: [
        { value: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' },
        { value: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' },
        { value: '0x90F79bf6EB2c4f870365E785982E1f101E93b906' },
      ],
      confirmationsRequired: 2,
      confirmations: [
        owner('0x70997970C51812dc3A010C7d01b50e0d17dc79C8'),
        owner('0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'),
      ].slice(0, confirmations),
    },
    txHash: null,
    ...overrides,
  }
  return details
}

describe('safeTransactionStatus', () => {
  it('counts the confirmations of a proposal that needs more owners', () => {
    expect(safeTransactionStatus(multiSendBatch({}, 1))).toEqual({
      kind: 'awaiting-confirmations',
      confirmations: { submitted: 1, required: 2 },
    })
  })

  it('tells a fully signed proposal that waits for its execution', () => {
    expect(safeTransactionStatus(multiSendBatch({ txStatus: 'AWAITING_EXECUTION' }, 2))).toEqual({
      kind: 'awaiting-execution',
      confirmations: { submitted: 2, required: 2 },
    })
  })

  it('is executed only with the hash of the execution', () => {
    expect(safeTransactionStatus(multiSendBatch({ txStatus: 'SUCCESS', txHash: executionHash }, 2))).toEqual({
      kind: 'executed',
      transactionHash: executionHash,
    })
    // A SUCCESS without a usable hash cannot be checked on chain: it is not called executed.
    for (const txHash of [null, undefined, '0x1234']) {
      expect(safeTransactionStatus(multiSendBatch({ txStatus: 'SUCCESS', txHash }, 2)).kind).toBe('awaiting-execution')
    }
  })

  it('tells a failed execution and a cancelled proposal apart', () => {
    expect(safeTransactionStatus(multiSendBatch({ txStatus: 'FAILED', txHash: executionHash }, 2))).toEqual({
      kind: 'failed',
      transactionHash: executionHash,
    })
    expect(safeTransactionStatus(multiSendBatch({ txStatus: 'CANCELLED' }, 1))).toEqual({ kind: 'cancelled' })
  })

  it('has no count when the transaction did not come through the owners (a module)', () => {
    const fromModule: SafeTransactionDetails = {
      txStatus: 'AWAITING_EXECUTION',
      detailedExecutionInfo: { type: 'MODULE' },
    }
    expect(safeTransactionStatus(fromModule)).toEqual({ kind: 'awaiting-execution', confirmations: null })
  })
})
