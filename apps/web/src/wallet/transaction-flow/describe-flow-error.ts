import { describeError, type ErrorDescription, errorDescription, nothingSent, withFunds } from '@rialto/protocol/errors'
import type { Hash } from 'viem'

/** A later step failed after earlier ones were confirmed: the user must hear that those did happen. */
export class PartialPlanError extends Error {
  override name = 'PartialPlanError'
  constructor(
    readonly confirmedLabels: readonly string[],
    override readonly cause: unknown,
  ) {
    super(`Confirmed before the failure: ${confirmedLabels.join(', ')}`)
  }
}

/** The wallet is on another account now: the step would be signed by someone else, so it is not sent. */
export class AccountSwitchedError extends Error {
  override name = 'AccountSwitchedError'
  constructor(readonly label: string) {
    super(`The wallet switched accounts before "${label}" was sent.`)
  }
}

/** A transaction sent before a reload was mined and reverted; its call is gone, so there is no reason to decode. */
export class SentTransactionRevertedError extends Error {
  override name = 'SentTransactionRevertedError'
  constructor(readonly label: string) {
    super(`"${label}" reverted.`)
  }
}

/** The Safe executed the proposal and it failed: none of its calls took effect. */
export class SafeTransactionFailedError extends Error {
  override name = 'SafeTransactionFailedError'
  constructor(
    readonly label: string,
    readonly hash: Hash | null,
  ) {
    super(`The Safe's execution of "${label}" failed.`)
  }
}

/** The Safe's owners replaced the proposal (same nonce): it will never run. */
export class SafeTransactionCancelledError extends Error {
  override name = 'SafeTransactionCancelledError'
  constructor(readonly label: string) {
    super(`"${label}" was cancelled in the Safe.`)
  }
}

/** The Safe web app called the proposal executed, but the chain does not show this Safe executing it. */
export class SafeTransactionUnprovenError extends Error {
  override name = 'SafeTransactionUnprovenError'
  constructor(
    readonly label: string,
    readonly hash: Hash,
  ) {
    super(`The transaction ${hash} does not execute "${label}" from this Safe.`)
  }
}

/** `describeError`, plus what only the flow knows: steps already confirmed, an account switch, a late revert. */
export function describeFlowError(error: unknown): ErrorDescription {
  if (error instanceof AccountSwitchedError) {
    return errorDescription('account-switched', switchedSentence(error.label), nothingSent)
  }
  if (error instanceof SentTransactionRevertedError) {
    return errorDescription(
      'revert',
      `"${error.label}" was reverted when it was mined: it changed nothing but cost its network fee.`,
    )
  }
  if (error instanceof SafeTransactionFailedError) {
    return errorDescription(
      'revert',
      `The Safe executed "${error.label}" and it failed: none of its steps took effect.`,
      'The Safe kept its funds; the execution cost its network fee.',
    )
  }
  if (error instanceof SafeTransactionCancelledError) {
    return errorDescription(
      'rejected',
      `"${error.label}" was cancelled in the Safe: the owners replaced it with another transaction.`,
      nothingSent,
    )
  }
  if (error instanceof SafeTransactionUnprovenError) {
    return errorDescription(
      'unknown',
      `The Safe app reported "${error.label}" executed, but transaction ${error.hash} on chain does not show this Safe executing it: check the Safe app.`,
    )
  }
  if (!(error instanceof PartialPlanError)) return describeError(error)
  const confirmed = error.confirmedLabels.join(', ')
  if (error.cause instanceof AccountSwitchedError) {
    const sentence = switchedSentence(error.cause.label)
    const funds = `Already confirmed: ${confirmed}`
    // Said funds first: the confirmed approval is what the user must not miss after switching back.
    return { kind: 'account-switched', sentence, funds, message: `${funds}; ${sentence}` }
  }
  return withFunds(describeError(error.cause), `Already confirmed before that: ${confirmed}.`)
}

const switchedSentence = (label: string) => `"${label}" was not sent: the wallet switched to another account.`
