import type { Address, Hex } from 'viem'

/**
 * Network and account history, as the charts, the rewards table and the CSV exports read it. The indexer
 * (apps/indexer) is the production source; the charts never know where history comes from.
 * All amounts are in wei; days are UTC calendar days, 'YYYY-MM-DD'.
 */

/** The newest block a history source has indexed: every figure it returns is "as of" this block. */
export type IndexedAt = { block: bigint; timestamp: number }

/**
 * One UTC day of network history. Levels are as at the day's last indexed block; flows add up what moved
 * during the day. Days without activity are absent: their levels are those of the day before.
 */
export type NetworkDay = {
  day: string
  /** VVV `totalSupply()` (it still counts VVV sent to 0x0). */
  vvvTotalSupply: bigint
  /** VVV held by 0x0: everything burned so far. */
  vvvBurnedTotal: bigint
  /** sVVV supply: all staked VVV, locked and unlocked. */
  stakedVvv: bigint
  /** sVVV locked behind DIEM (`totalLockedStakedVVV()`). */
  lockedSvvv: bigint
  /** VVV whose unstake cooldown has started and not yet been finalized. */
  vvvInCooldown: bigint
  diemSupply: bigint
  diemStaked: bigint
  emissionRatePerSecond: bigint
  /** VVV minted during the day: rewards paid and the treasury's cut of emissions. */
  vvvEmitted: bigint
  /** VVV sent to 0x0 during the day (buybacks and other burns). */
  vvvBurned: bigint
  /** sVVV minted during the day (new stakes and compounded rewards). */
  staked: bigint
  /** sVVV burned during the day: unstakes started. */
  unstakeStarted: bigint
  /** VVV paid out of the staking contract during the day: unstakes finalized. */
  unstakeFinalized: bigint
}

/** One UTC day of one account's history, levels as at the day's last indexed block. */
export type AccountDay = {
  day: string
  /** All the account's sVVV, locked and unlocked. */
  svvv: bigint
  lockedSvvv: bigint
  /** DIEM the account minted and has not burned (`lockedStakes(account).outstandingDiemAmount`). */
  outstandingDiem: bigint
  diem: bigint
  diemStaked: bigint
  /** VVV rewards paid to the account during the day. */
  rewards: bigint
}

/** How a reward reached the account: a `claim()`, a `claimAndStake()`, or paid out by another position change. */
export type RewardKind = 'claim' | 'compound' | 'paid-on-change'

export type RewardEvent = {
  timestamp: number
  block: bigint
  txHash: Hex
  kind: RewardKind
  amount: bigint
}

/** An on-chain change of `emissionRatePerSecond`. */
export type EmissionRateChange = { timestamp: number; block: bigint; ratePerSecond: bigint }

/** The VVV/DIEM pool's reserves as at the day's last indexed block (Aerodrome on Base, a reference pool on the devnet). */
export type PoolDay = { day: string; reserveVvv: bigint; reserveDiem: bigint }

export type NetworkHistory = {
  asOf: IndexedAt
  days: NetworkDay[]
  emissionRateChanges: EmissionRateChange[]
  poolDays: PoolDay[]
}

/** The three Venice tokens an account's movements are in. */
export const movementTokens = ['VVV', 'sVVV', 'DIEM'] as const
export type MovementToken = (typeof movementTokens)[number]

/**
 * What a movement did, from the account's side:
 * - `received` / `sent`: a plain transfer with another address (`sent` to 0x0 is a VVV burn);
 * - `staked`: VVV sent to the staking contract, and the sVVV minted for it;
 * - `unstake-started`: sVVV burned, its VVV starts the cooldown; `unstake-finalized`: that VVV paid back;
 * - `reward`: VVV minted to the account by emissions (a staker's rewards, the treasury's cut), or sVVV minted by
 *   `claimAndStake()`;
 * - `diem-minted` / `diem-burned`: DIEM minted against locked sVVV, burned to unlock it;
 * - `diem-staked`, `diem-unstake-started` (staked DIEM enters the cooldown, no balance moves), `diem-unstaked`.
 */
export const tokenMovementKinds = [
  'received',
  'sent',
  'staked',
  'unstake-started',
  'unstake-finalized',
  'reward',
  'diem-minted',
  'diem-burned',
  'diem-staked',
  'diem-unstake-started',
  'diem-unstaked',
] as const
export type TokenMovementKind = (typeof tokenMovementKinds)[number]

/** One change of an account's VVV, sVVV or DIEM, from one log of one transaction. */
export type TokenMovement = {
  timestamp: number
  block: bigint
  txHash: Hex
  logIndex: number
  token: MovementToken
  kind: TokenMovementKind
  /** What the log moved, in wei, never negative: the kind says which way (see `balanceChangeWei`). */
  amount: bigint
  /** The other side of the transfer (0x0 for a mint or a burn); null when nothing changed hands. */
  counterparty: Address | null
}

export type AccountHistory = {
  asOf: IndexedAt
  account: Address
  days: AccountDay[]
  rewards: RewardEvent[]
  /** Ordered by block, then log. */
  movements: TokenMovement[]
}

export interface HistorySource {
  network(): Promise<NetworkHistory>
  account(account: Address): Promise<AccountHistory>
}
