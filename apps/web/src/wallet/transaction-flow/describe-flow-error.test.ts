import { UserRejectedRequestError } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  AccountSwitchedError,
  describeFlowError,
  PartialPlanError,
  SentTransactionRevertedError,
} from './describe-flow-error'

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

  it('says which step an account switch stopped, and what was confirmed before it', () => {
    const switched = new PartialPlanError(['Approve 25 VVV'], new AccountSwitchedError('Stake 25 VVV'))
    expect(describeFlowError(switched)).toMatchObject({
      kind: 'account-switched',
      message:
        'Already confirmed: Approve 25 VVV; "Stake 25 VVV" was not sent: the wallet switched to another account.',
    })
    expect(describeFlowError(new AccountSwitchedError('Claim')).message).toBe(
      '"Claim" was not sent: the wallet switched to another account. Nothing was sent.',
    )
  })

  it('says a transaction remembered across a reload was reverted', () => {
    expect(describeFlowError(new SentTransactionRevertedError('Stake 10 VVV'))).toMatchObject({
      kind: 'revert',
      message: '"Stake 10 VVV" was reverted when it was mined: it changed nothing but cost its network fee.',
    })
  })
})

describe('the funds part of a failure', () => {
  it('is its own field, so a flow replaces it instead of editing the sentence', () => {
    const rejected = new UserRejectedRequestError(new Error('User denied transaction signature.'))
    const alone = describeFlowError(rejected)
    expect(alone).toMatchObject({ sentence: 'You rejected the request in your wallet.', funds: 'Nothing was sent.' })
    const partial = describeFlowError(new PartialPlanError(['Approve 1 VVV'], rejected))
    expect(partial).toMatchObject({ sentence: alone.sentence, funds: 'Already confirmed before that: Approve 1 VVV.' })
  })
})
