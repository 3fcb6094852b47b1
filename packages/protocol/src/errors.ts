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

export type ErrorDescription = { kind: ErrorKind; message: string }

/** Contract reasons (custom error names or revert strings) as sentences a holder understands. */
const revertReasons: Record<string, ErrorDescription> = {
  CooldownNotOver: { kind: 'cooldown', message: 'The cooldown is not over yet. Nothing was sent.' },
  SlippageExceeded: {
    kind: 'slippage',
    message:
      'The mint rate moved past your slippage tolerance, so nothing was minted. Try again, or allow more slippage.',
  },
  InsufficientUnlockedBalance: {
    kind: 'insufficient-balance',
    message: 'You do not have that much unlocked sVVV. sVVV locked behind DIEM must be unlocked by burning DIEM first.',
  },
  ERC20InsufficientBalance: { kind: 'insufficient-balance', message: 'Your balance is too low for that amount.' },
  ERC20InsufficientAllowance: {
    kind: 'insufficient-allowance',
    message: 'The staking contract may not take that much VVV yet: approve the amount first.',
  },
  InsufficientStaked: { kind: 'insufficient-balance', message: 'You have less DIEM staked than that.' },
  NothingToClaim: { kind: 'revert', message: 'There are no rewards to claim yet.' },
  NothingToFinalize: { kind: 'revert', message: 'There is no unstake waiting to be finalized.' },
  NothingToUnstake: { kind: 'revert', message: 'There is no DIEM unstake waiting.' },
  NoOutstandingLock: {
    kind: 'revert',
    message: 'Burning DIEM unlocks only sVVV you locked yourself, and this account has no DIEM lock.',
  },
  BurnExceedsOutstanding: {
    kind: 'revert',
    message: 'That is more DIEM than this account minted: burning unlocks only your own locked sVVV.',
  },
  ZeroAmount: { kind: 'revert', message: 'Enter an amount greater than zero.' },
  ZeroAddress: { kind: 'revert', message: 'The recipient cannot be the zero address.' },
  ZeroDiemOut: { kind: 'revert', message: 'That amount is too small to mint any DIEM.' },
  MintCurveExhausted: { kind: 'revert', message: 'That would mint past the end of the DIEM mint-rate table.' },
  NOT_TRANSFERRABLE: { kind: 'revert', message: 'sVVV cannot be transferred; stake for another address instead.' },
}

/** Solidity's arithmetic panic: solmate's VVV underflows on a missing balance or allowance. */
const arithmeticPanic = 0x11

/**
 * The one place a failure becomes a sentence. Works on anything thrown by viem or wagmi: it walks the cause chain
 * for the most specific error it knows.
 */
export function describeError(error: unknown): ErrorDescription {
  if (!(error instanceof BaseError)) {
    return {
      kind: 'unknown',
      message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
  const found = (type: new (...args: never[]) => Error) => error.walk((cause) => cause instanceof type)

  if (found(UserRejectedRequestError) || hasCode(error, 4001)) {
    return { kind: 'rejected', message: 'You rejected the request in your wallet. Nothing was sent.' }
  }
  const reverted = found(ContractFunctionRevertedError)
  if (reverted instanceof ContractFunctionRevertedError) return describeRevert(reverted)
  if (found(InsufficientFundsError)) {
    return { kind: 'insufficient-gas', message: 'This account does not have enough ETH to pay the network fee.' }
  }
  if (found(ChainMismatchError) || found(SwitchChainError)) {
    return { kind: 'wrong-chain', message: 'Your wallet is on another network. Switch networks and try again.' }
  }
  const http = found(HttpRequestError)
  if (found(LimitExceededRpcError) || (http instanceof HttpRequestError && http.status === 429)) {
    return { kind: 'rate-limited', message: 'The network node is rate limiting us. Wait a moment and try again.' }
  }
  if (http || found(TimeoutError)) {
    return { kind: 'rpc-down', message: 'The network node did not answer. Check your connection and try again.' }
  }
  return { kind: 'unknown', message: `Something went wrong: ${error.shortMessage}` }
}

function describeRevert(reverted: ContractFunctionRevertedError): ErrorDescription {
  const name = reverted.data?.errorName ?? reverted.reason ?? ''
  const known = revertReasons[name]
  if (known) return known
  if (name === 'Panic' && reverted.data?.args?.[0] === BigInt(arithmeticPanic)) {
    return {
      kind: 'insufficient-balance',
      message: 'Your balance, or what you approved the staking contract to take, is too low for that amount.',
    }
  }
  const detail = name ? `: ${name}` : ''
  return { kind: 'revert', message: `The contract refused the transaction${detail}. Nothing changed.` }
}

function hasCode(error: BaseError, code: number): boolean {
  return Boolean(
    error.walk((cause) => typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === code),
  )
}
