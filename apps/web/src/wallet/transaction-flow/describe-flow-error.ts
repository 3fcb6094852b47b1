import { describeError, type ErrorDescription } from '@rialto/protocol/errors'

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
    return {
      kind: 'account-switched',
      message: `"${error.label}" was not sent: the wallet switched to another account. Nothing was sent.`,
    }
  }
  if (error instanceof SentTransactionRevertedError) {
    return {
      kind: 'revert',
      message: `"${error.label}" was reverted when it was mined: it changed nothing but cost its network fee.`,
    }
  }
  if (!(error instanceof PartialPlanError)) return describeError(error)
  const confirmed = error.confirmedLabels.join(', ')
  if (error.cause instanceof AccountSwitchedError) {
    return {
      kind: 'account-switched',
      message: `Already confirmed: ${confirmed}; "${error.cause.label}" was not sent: the wallet switched to another account.`,
    }
  }
  const failure = describeError(error.cause)
  const withoutNothingClaim = failure.message.replace(/ Nothing (was sent|changed)\.$/, '')
  return { ...failure, message: `${withoutNothingClaim} Already confirmed before that: ${confirmed}.` }
}
