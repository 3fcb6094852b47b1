import {
  BaseError,
  ChainMismatchError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  LimitExceededRpcError,
  SwitchChainError,
  TimeoutError,
  UserRejectedRequestError,
} from 'viem'

export type ErrorKind =
  | 'rejected'
  | 'insufficient-balance'
  | 'insufficient-allowance'
  | 'insufficient-gas'
  | 'cooldown'
  | 'slippage'
  | 'wrong-chain'
  /** The wallet moved to another account in the middle of a multi-step action (the app's flow reports it). */
  | 'account-switched'
  | 'rpc-down'
  | 'rate-limited'
  | 'revert'
  | 'unknown'

export type ErrorDescription = {
  kind: ErrorKind
  /** What went wrong. */
  sentence: string
  /** What became of the user's funds, where the failure can say ("Nothing was sent."); a flow may know better. */
  funds?: string
  /** The sentence and the funds part together: what the UI shows. */
  message: string
}

/** A description from its parts; `message` is always the two joined. */
export function errorDescription(kind: ErrorKind, sentence: string, funds?: string): ErrorDescription {
  return { kind, sentence, funds, message: funds === undefined ? sentence : `${sentence} ${funds}` }
}

/** The same failure, with what a caller knows better about the funds (say, steps confirmed before it). */
export function withFunds(description: ErrorDescription, funds: string): ErrorDescription {
  return errorDescription(description.kind, description.sentence, funds)
}

export const nothingSent = 'Nothing was sent.'
const nothingChanged = 'Nothing changed.'

type Reason = { kind: ErrorKind; sentence: string; funds?: string }

/** Contract reasons (custom error names or revert strings) as sentences a holder understands. */
const revertReasons: Record<string, Reason> = {
  CooldownNotOver: { kind: 'cooldown', sentence: 'The cooldown is not over yet.', funds: nothingSent },
  SlippageExceeded: {
    kind: 'slippage',
    sentence:
      'The mint rate moved past your slippage tolerance, so nothing was minted. Try again, or allow more slippage.',
  },
  InsufficientUnlockedBalance: {
    kind: 'insufficient-balance',
    sentence:
      'You do not have that much unlocked sVVV. sVVV locked behind DIEM must be unlocked by burning DIEM first.',
  },
  ERC20InsufficientBalance: { kind: 'insufficient-balance', sentence: 'Your balance is too low for that amount.' },
  ERC20InsufficientAllowance: {
    kind: 'insufficient-allowance',
    sentence: 'The staking contract may not take that much VVV yet: approve the amount first.',
  },
  InsufficientStaked: { kind: 'insufficient-balance', sentence: 'You have less DIEM staked than that.' },
  NothingToClaim: { kind: 'revert', sentence: 'There are no rewards to claim yet.' },
  NothingToFinalize: { kind: 'revert', sentence: 'There is no unstake waiting to be finalized.' },
  NothingToUnstake: { kind: 'revert', sentence: 'There is no DIEM unstake waiting.' },
  NoOutstandingLock: {
    kind: 'revert',
    sentence: 'Burning DIEM unlocks only sVVV you locked yourself, and this account has no DIEM lock.',
  },
  BurnExceedsOutstanding: {
    kind: 'revert',
    sentence: 'That is more DIEM than this account minted: burning unlocks only your own locked sVVV.',
  },
  ZeroAmount: { kind: 'revert', sentence: 'Enter an amount greater than zero.' },
  ZeroAddress: { kind: 'revert', sentence: 'The recipient cannot be the zero address.' },
  ZeroDiemOut: { kind: 'revert', sentence: 'That amount is too small to mint any DIEM.' },
  MintCurveExhausted: { kind: 'revert', sentence: 'That would mint past the end of the DIEM mint-rate table.' },
  NOT_TRANSFERRABLE: { kind: 'revert', sentence: 'sVVV cannot be transferred; stake for another address instead.' },
}

/** Solidity's arithmetic panic: solmate's VVV underflows on a missing balance or allowance. */
const arithmeticPanic = 0x11

/**
 * The one place a failure becomes a sentence. Works on anything thrown by viem or wagmi: it walks the cause chain
 * for the most specific error it knows.
 */
export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof BaseError)) {
    return errorDescription(
      'unknown',
      `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const found = (type: new (...args: never[]) => Error) => error.walk((cause) => cause instanceof type)

  if (found(UserRejectedRequestError) || hasCode(error, 4001)) {
    return errorDescription('rejected', 'You rejected the request in your wallet.', nothingSent)
  }
  const reverted = found(ContractFunctionRevertedError)
  if (reverted instanceof ContractFunctionRevertedError) return describeRevert(reverted)
  if (found(InsufficientFundsError)) {
    return errorDescription('insufficient-gas', 'This account does not have enough ETH to pay the network fee.')
  }
  if (found(ChainMismatchError) || found(SwitchChainError)) {
    return errorDescription('wrong-chain', 'Your wallet is on another network. Switch networks and try again.')
  }
  const http = found(HttpRequestError)
  if (found(LimitExceededRpcError) || (http instanceof HttpRequestError && http.status === 429)) {
    return errorDescription('rate-limited', 'The network node is rate limiting us. Wait a moment and try again.')
  }
  if (http || found(TimeoutError)) {
    return errorDescription('rpc-down', 'The network node did not answer. Check your connection and try again.')
  }
  return errorDescription('unknown', `Something went wrong: ${error.shortMessage}`)
}

function describeRevert(reverted: ContractFunctionRevertedError): ErrorDescription {
  const name = reverted.data?.errorName ?? reverted.reason ?? ''
  const known = revertReasons[name]
  if (known) return errorDescription(known.kind, known.sentence, known.funds)
  if (name === 'Panic' && reverted.data?.args?.[0] === BigInt(arithmeticPanic)) {
    return errorDescription(
      'insufficient-balance',
      'Your balance, or what you approved the staking contract to take, is too low for that amount.',
    )
  }
  const detail = name ? `: ${name}` : ''
  return errorDescription('revert', `The contract refused the transaction${detail}.`, nothingChanged)
}

function hasCode(error: BaseError, code: number): boolean {
  return Boolean(
    error.walk((cause) => typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === code),
  )
}
