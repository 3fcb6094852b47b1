import { UserRejectedRequestError } from 'viem'
import { describe, expect, it } from 'vitest'
import { PartialPlanError } from './run-transaction-plan'
import { describeFlowError } from './use-transaction-flow'

describe('describeFlowError', () => {
  it('says what was already confirmed when a later step fails, instead of "nothing was sent"', () => {
    const rejected = new UserRejectedRequestError(new Error('User denied transaction signature.'))
    const description = describeFlowError(new PartialPlanError(['Approve 100 VVV'], rejected))
    expect(description.kind).toBe('rejected')
    expect(description.message).toBe(
      'You rejected the request in your wallet. Already confirmed before that: Approve 100 VVV.',
    )
  })

  it('is describeError for a failure of the first step', () => {
    const rejected = new UserRejectedRequestError(new Error('User denied transaction signature.'))
    expect(describeFlowError(rejected).message).toBe('You rejected the request in your wallet. Nothing was sent.')
  })
})
