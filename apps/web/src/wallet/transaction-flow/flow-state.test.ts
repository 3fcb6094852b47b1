import { errorDescription } from '@rialto/protocol/errors'
import { describe, expect, it } from 'vitest'
import { type FlowState, flowCopy, isBusy } from './flow-state'

const step = { label: 'Approve 10 VVV', stepIndex: 0, stepCount: 2, batched: false }

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

  it('tells a Safe owner the transaction awaits the other signers', () => {
    expect(flowCopy({ status: 'awaiting-signers', label: 'Claim' })?.title).toMatch(/awaiting the other signers/)
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
  it('is true from simulation until the block', () => {
    expect(isBusy({ status: 'pending', ...step })).toBe(true)
    expect(isBusy({ status: 'idle' })).toBe(false)
    expect(isBusy({ status: 'awaiting-signers', label: 'x' })).toBe(false)
  })
})
