import { describeError, type ErrorDescription, errorDescription, nothingSent, withFunds } from '@rialto/protocol/errors'

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
