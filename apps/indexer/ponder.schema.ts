import { movementTokens, tokenMovementKinds } from '@rialto/protocol/history'
import { bigint, index, onchainEnum, onchainTable, primaryKey } from 'ponder'

/** The network's levels, in a day's row and in the running state (fresh builders for each table). */
const networkLevels = () => ({
  vvvTotalSupply: bigint().notNull(),
  vvvBurnedTotal: bigint().notNull(),
  stakedVvv: bigint().notNull(),
  lockedSvvv: bigint().notNull(),
  vvvInCooldown: bigint().notNull(),
  diemSupply: bigint().notNull(),
  diemStaked: bigint().notNull(),
})

/** One account's levels, in a day's row and in the running state. */
const accountLevels = () => ({
  svvv: bigint().notNull(),
  lockedSvvv: bigint().notNull(),
  outstandingDiem: bigint().notNull(),
  diem: bigint().notNull(),
  diemStaked: bigint().notNull(),
})

// One row per UTC day with activity, in the shape of `NetworkDay` (packages/protocol/src/history.ts):
// levels as at the day's last indexed event, flows summed over the day.
export const networkDay = onchainTable('network_day', (t) => ({
  day: t.text().primaryKey(),
  lastBlock: t.bigint().notNull(),
  ...networkLevels(),
  emissionRatePerSecond: t.bigint().notNull(),
  vvvEmitted: t.bigint().notNull(),
  vvvBurned: t.bigint().notNull(),
  staked: t.bigint().notNull(),
  unstakeStarted: t.bigint().notNull(),
  unstakeFinalized: t.bigint().notNull(),
}))

// The running levels, carried from event to event: each day's row copies them. Kept from Transfer amounts where
// a Transfer exists, so no getter is read for them (fewer RPC calls, and on Base far fewer).
export const networkState = onchainTable('network_state', (t) => ({
  id: t.integer().primaryKey(),
  ...networkLevels(),
  /** Null until read from the getter on the first staking event. */
  emissionRatePerSecond: t.bigint(),
}))

export const accountState = onchainTable('account_state', (t) => ({
  account: t.hex().primaryKey(),
  ...accountLevels(),
}))

export const accountDay = onchainTable(
  'account_day',
  (t) => ({
    account: t.hex().notNull(),
    day: t.text().notNull(),
    ...accountLevels(),
    rewards: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.account, table.day] }) }),
)

// RewardKind of packages/protocol/src/history.ts.
export const rewardKind = onchainEnum('reward_kind', ['claim', 'compound', 'paid-on-change'])

export const rewardEvent = onchainTable('reward_event', (t) => ({
  id: t.text().primaryKey(),
  account: t.hex().notNull(),
  block: t.bigint().notNull(),
  timestamp: t.integer().notNull(),
  txHash: t.hex().notNull(),
  kind: rewardKind('kind').notNull(),
  amount: t.bigint().notNull(),
}))

export const movementToken = onchainEnum('movement_token', movementTokens)
export const movementKind = onchainEnum('movement_kind', tokenMovementKinds)

// `TokenMovement` of packages/protocol/src/history.ts: one row per account a log moved a token for (a self-transfer
// gives two, hence the side in the id).
export const tokenMovement = onchainTable(
  'token_movement',
  (t) => ({
    /** The event's id, then `from` or `to`. */
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    block: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.integer().notNull(),
    txHash: t.hex().notNull(),
    token: movementToken('token').notNull(),
    kind: movementKind('kind').notNull(),
    amount: t.bigint().notNull(),
    counterparty: t.hex(),
  }),
  // An account's history is read in chain order.
  (table) => ({ byAccount: index().on(table.account, table.block, table.logIndex) }),
)

export const emissionRateChange = onchainTable('emission_rate_change', (t) => ({
  id: t.text().primaryKey(),
  block: t.bigint().notNull(),
  timestamp: t.integer().notNull(),
  ratePerSecond: t.bigint().notNull(),
}))

// The VVV/DIEM pool's reserves as at the day's last Sync: the market price of DIEM in VVV.
export const poolDay = onchainTable('pool_day', (t) => ({
  day: t.text().primaryKey(),
  reserveVvv: t.bigint().notNull(),
  reserveDiem: t.bigint().notNull(),
}))
