import { errorDescription } from '@rialto/protocol/errors'
import { describe, expect, it } from 'vitest'
import { type FlowState, flowCopy, isBusy } from './flow-state'

const step = { label: 'Approve 10 VVV', stepIndex: 0, stepCount: 2, batched: false }
const safeTxHash = '0x6f3a9d1c2b8e4f5a6d7c8b9a0e1f2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6'
const proposed = {
  status: 'awaiting-signers',
  label: 'Stake 10 VVV',
  safeTxHash,
  confirmations: { submitted: 1, required: 2 },
  readyToExecute: false,
} as const

describe('flowCopy', () => {
  it('says nothing while idle', () => {
    expect(flowCopy({ status: 'idle' })).toBeNull()
  })

  it('numbers the steps of a two-step action, not of a batch', () => {
    expect(flowCopy({ status: 'signing', ...step })?.title).toBe(
      'Step 1 of 2: Confirm "Approve 10 VVV" in your wallet.',
    )
    const batched = flowCopy({ status: 'signing', ...step, label: 'Stake 10 VVV', batched: true })
    expect(batched?.title).toBe('Confirm "Stake 10 VVV" in your wallet.')
    expect(batched?.detail).toMatch(/together/)
  })

  it('links a pending transaction to the explorer when there is one', () => {
    const pending: FlowState = { status: 'pending', ...step, explorerUrl: 'https://basescan.org/tx/0x1' }
    expect(flowCopy(pending)?.link).toEqual({ href: 'https://basescan.org/tx/0x1', label: 'View on BaseScan' })
    expect(flowCopy({ status: 'pending', ...step })?.link).toBeUndefined()
  })

  it('tells a Safe owner how many owners signed the proposal, with its Safe transaction hash', () => {
    const copy = flowCopy(proposed)
    expect(copy?.title).toBe('Proposed — 1 of 2 confirmations: "Stake 10 VVV".')
    expect(copy?.detail).toContain(safeTxHash)
    expect(copy?.detail).toMatch(/1 more owner signs it/)
    expect(copy?.detail).toMatch(/Nothing has happened on chain yet/)
    const ready = flowCopy({ ...proposed, confirmations: { submitted: 2, required: 2 }, readyToExecute: true })
    expect(ready?.title).toBe('Proposed — 2 of 2 confirmations: "Stake 10 VVV".')
    expect(ready?.detail).toMatch(/an owner executes it/)
    // Before the Safe web app first reports on it, no count is made up.
    expect(flowCopy({ ...proposed, confirmations: null })?.title).toBe('Proposed: "Stake 10 VVV".')
    expect(copy?.title).not.toMatch(/done|confirmed\b/i)
  })

  it('shows the mapped error sentence as is', () => {
    const failed: FlowState = {
      status: 'failed',
      label: 'Claim',
      error: errorDescription('rejected', 'You rejected it.'),
    }
    expect(flowCopy(failed)).toEqual({ phase: 'failed', title: 'You rejected it.' })
  })
})

describe('isBusy', () => {
  it('is true from simulation until the block, and while a Safe proposal is followed', () => {
    expect(isBusy({ status: 'pending', ...step })).toBe(true)
    expect(isBusy(proposed)).toBe(true)
    expect(isBusy({ status: 'idle' })).toBe(false)
    expect(isBusy({ status: 'confirmed', label: 'x', confirmations: [] })).toBe(false)
  })
})
