import { type Context, ponder } from 'ponder:registry'
import {
  accountDay,
  accountState,
  emissionRateChange,
  networkDay,
  networkState,
  poolDay,
  rewardEvent,
  tokenMovement,
} from 'ponder:schema'
import { stakingAbi } from '@rialto/contracts-abi/abis'
import { burnAddress, veniceContracts } from '@rialto/contracts-abi/addresses'
import { multicall3Address } from '@rialto/contracts-abi/chains'
import type { MovementToken, RewardKind, TokenMovementKind } from '@rialto/protocol/history'
import { utcDay } from '@rialto/protocol/history-series'
import { poolReserves } from '@rialto/protocol/network-now'
import { type Address, type Hex, isAddressEqual, toFunctionSelector } from 'viem'
import { indexerSettings } from './settings'

// What is read from where follows `historyFromTransfersAndGetters` in packages/contracts-abi/src/assumptions.ts:
// levels are running sums of Transfer amounts; getters are read (at the event's block) only for what no Transfer
// shows: the emission rate and locked sVVV.
const { chainId } = indexerSettings(process.env)
const contracts = veniceContracts[chainId]
const onStaking = { address: contracts.staking, abi: stakingAbi } as const

type NetworkLevels = Omit<typeof networkState.$inferSelect, 'id'>
type AccountLevels = Omit<typeof accountState.$inferSelect, 'account'>
type Flows = Partial<Record<'vvvEmitted' | 'vvvBurned' | 'staked' | 'unstakeStarted' | 'unstakeFinalized', bigint>>
type BlockRef = { number: bigint; timestamp: bigint }

const noNetworkLevels: NetworkLevels = {
  vvvTotalSupply: 0n,
  vvvBurnedTotal: 0n,
  stakedVvv: 0n,
  lockedSvvv: 0n,
  vvvInCooldown: 0n,
  diemSupply: 0n,
  diemStaked: 0n,
  emissionRatePerSecond: null,
}

const isZero = (address: Address) => isAddressEqual(address, burnAddress)
/** Not accounts: the zero address, and the token contracts (staking holds staked VVV, DIEM holds staked DIEM). */
const isAccount = (address: Address) =>
  !isZero(address) && !isAddressEqual(address, contracts.diem) && !isAddressEqual(address, contracts.staking)

/** Applies a change to the running network levels, then writes them and the flows into the block's day. */
async function updateNetwork(
  context: Context,
  block: BlockRef,
  change: (levels: NetworkLevels) => Partial<NetworkLevels>,
  flows: Flows = {},
) {
  const current = (await context.db.find(networkState, { id: 0 })) ?? { id: 0, ...noNetworkLevels }
  const levels = { ...current, ...change(current) }
  await context.db.insert(networkState).values(levels).onConflictDoUpdate(levels)
  const { id: _, emissionRatePerSecond, ...rest } = levels
  const dayLevels = { ...rest, emissionRatePerSecond: emissionRatePerSecond ?? 0n, lastBlock: block.number }
  const flow = (key: keyof Flows) => flows[key] ?? 0n
  await context.db
    .insert(networkDay)
    .values({
      day: utcDay(Number(block.timestamp)),
      ...dayLevels,
      vvvEmitted: flow('vvvEmitted'),
      vvvBurned: flow('vvvBurned'),
      staked: flow('staked'),
      unstakeStarted: flow('unstakeStarted'),
      unstakeFinalized: flow('unstakeFinalized'),
    })
    .onConflictDoUpdate((row) => ({
      ...dayLevels,
      vvvEmitted: row.vvvEmitted + flow('vvvEmitted'),
      vvvBurned: row.vvvBurned + flow('vvvBurned'),
      staked: row.staked + flow('staked'),
      unstakeStarted: row.unstakeStarted + flow('unstakeStarted'),
      unstakeFinalized: row.unstakeFinalized + flow('unstakeFinalized'),
    }))
}

/** Applies a change to an account's running levels and writes them (and rewards paid) into the block's day. */
async function updateAccount(
  context: Context,
  block: BlockRef,
  address: Address,
  change: (levels: AccountLevels) => Partial<AccountLevels>,
  rewards = 0n,
) {
  if (!isAccount(address)) return
  const account = address.toLowerCase() as Address
  const current = (await context.db.find(accountState, { account })) ?? {
    account,
    svvv: 0n,
    lockedSvvv: 0n,
    outstandingDiem: 0n,
    diem: 0n,
    diemStaked: 0n,
  }
  const levels = { ...current, ...change(current) }
  await context.db.insert(accountState).values(levels).onConflictDoUpdate(levels)
  const { account: _, ...dayLevels } = levels
  await context.db
    .insert(accountDay)
    .values({ account, day: utcDay(Number(block.timestamp)), ...dayLevels, rewards })
    .onConflictDoUpdate((row) => ({ ...dayLevels, rewards: row.rewards + rewards }))
}

/** The emission rate is read once from its getter, then follows `EmissionRateUpdated`. */
async function knownEmissionRate(context: Context, levels: NetworkLevels) {
  return (
    levels.emissionRatePerSecond ?? context.client.readContract({ ...onStaking, functionName: 'emissionRatePerSecond' })
  )
}

type LogRef = {
  id: string
  block: BlockRef
  log: { logIndex: number }
  transaction: { hash: Hex; to: Address | null; input: Hex }
}
type Transfer = LogRef & { args: { from: Address; to: Address; amount: bigint } }

/** One row of an account's history, unless `account` is no account (0x0, a token contract). */
async function recordMovement(
  context: Context,
  event: LogRef,
  side: 'from' | 'to',
  movement: {
    account: Address
    token: MovementToken
    kind: TokenMovementKind
    amount: bigint
    counterparty: Address | null
  },
) {
  if (!isAccount(movement.account)) return
  await context.db.insert(tokenMovement).values({
    ...movement,
    id: `${event.id}-${side}`,
    account: movement.account.toLowerCase() as Address,
    block: event.block.number,
    logIndex: event.log.logIndex,
    timestamp: Number(event.block.timestamp),
    txHash: event.transaction.hash,
  })
}

/** A Transfer as a movement for each side that is an account, with what it means from that side. */
async function recordTransferMovements(
  context: Context,
  event: Transfer,
  token: MovementToken,
  kinds: { from: TokenMovementKind; to: TokenMovementKind },
) {
  const { from, to, amount } = event.args
  await recordMovement(context, event, 'from', { account: from, token, kind: kinds.from, amount, counterparty: to })
  await recordMovement(context, event, 'to', { account: to, token, kind: kinds.to, amount, counterparty: from })
}

/** The genesis supply is minted by VVV's constructor (a contract creation has no `to`): supply, not emissions. */
const isContractCreation = (transaction: { to: Address | null }) => transaction.to === null

/** What a VVV transfer is to its recipient: later mints are emissions paid, VVV out of staking an unstake paid. */
function vvvReceivedKind({ args: { from }, transaction }: Transfer): TokenMovementKind {
  if (isZero(from)) return isContractCreation(transaction) ? 'received' : 'reward'
  return isAddressEqual(from, contracts.staking) ? 'unstake-finalized' : 'received'
}

async function recordVvvTransfer(context: Context, { args: { from, to, amount }, block, transaction }: Transfer) {
  const minted = isZero(from) ? amount : 0n
  const emitted = isContractCreation(transaction) ? 0n : minted
  const burned = isZero(to) ? amount : 0n
  const finalized = isAddressEqual(from, contracts.staking) ? amount : 0n
  // A transfer between holders changes no network level: no day is written for it.
  if (minted === 0n && burned === 0n && finalized === 0n) return
  await updateNetwork(
    context,
    block,
    (levels) => ({
      vvvTotalSupply: levels.vvvTotalSupply + minted,
      vvvBurnedTotal: levels.vvvBurnedTotal + burned,
      vvvInCooldown: levels.vvvInCooldown - finalized,
    }),
    { vvvEmitted: emitted, vvvBurned: burned, unstakeFinalized: finalized },
  )
}

ponder.on('Vvv:Transfer', async ({ event, context }) => {
  await recordVvvTransfer(context, event)
  await recordTransferMovements(context, event, 'VVV', {
    from: isAddressEqual(event.args.to, contracts.staking) ? 'staked' : 'sent',
    to: vvvReceivedKind(event),
  })
})

// sVVV cannot be transferred: it is minted 1:1 on stake (and on compounding) and burned when an unstake starts.
ponder.on('Staking:Transfer', async ({ event, context }) => {
  const { from, to, amount } = event.args
  const staking = isZero(from)
  const rate = await knownEmissionRate(context, (await context.db.find(networkState, { id: 0 })) ?? noNetworkLevels)
  await updateNetwork(
    context,
    event.block,
    (levels) =>
      staking
        ? { stakedVvv: levels.stakedVvv + amount, emissionRatePerSecond: rate }
        : {
            stakedVvv: levels.stakedVvv - amount,
            vvvInCooldown: levels.vvvInCooldown + amount,
            emissionRatePerSecond: rate,
          },
    staking ? { staked: amount } : { unstakeStarted: amount },
  )
  await updateAccount(context, event.block, staking ? to : from, (levels) => ({
    svvv: levels.svvv + (staking ? amount : -amount),
  }))
  await recordTransferMovements(context, event, 'sVVV', {
    from: isZero(to) ? 'unstake-started' : 'sent',
    // sVVV minted by `claimAndStake()` is a reward compounded, not VVV staked (through a Safe it reads as staked).
    to: staking ? (rewardKindOf(event.transaction) === 'compound' ? 'reward' : 'staked') : 'received',
  })
})

const claimSelector = toFunctionSelector('claim()')
const claimAndStakeSelector = toFunctionSelector('claimAndStake()')

/** A reward paid by `claim()`, compounded by `claimAndStake()`, or paid out because the position changed. */
function rewardKindOf({ to, input }: { to: Address | null; input: Hex }): RewardKind {
  // Through a Safe or a batch the call is wrapped: then it counts as paid out by a position change.
  if (!to || !isAddressEqual(to, contracts.staking)) return 'paid-on-change'
  const selector = input.slice(0, 10)
  if (selector === claimSelector) return 'claim'
  if (selector === claimAndStakeSelector) return 'compound'
  return 'paid-on-change'
}

ponder.on('Staking:Claimed', async ({ event, context }) => {
  const { user, amount } = event.args
  await context.db.insert(rewardEvent).values({
    id: event.id,
    account: user.toLowerCase() as Address,
    block: event.block.number,
    timestamp: Number(event.block.timestamp),
    txHash: event.transaction.hash,
    kind: rewardKindOf(event.transaction),
    amount,
  })
  await updateAccount(context, event.block, user, () => ({}), amount)
})

ponder.on('Staking:EmissionRateUpdated', async ({ event, context }) => {
  // The getter, not the event's argument: only the event's name is known on Base.
  const ratePerSecond = await context.client.readContract({ ...onStaking, functionName: 'emissionRatePerSecond' })
  await context.db.insert(emissionRateChange).values({
    id: event.id,
    block: event.block.number,
    timestamp: Number(event.block.timestamp),
    ratePerSecond,
  })
  await updateNetwork(context, event.block, () => ({ emissionRatePerSecond: ratePerSecond }))
})

// DIEM mints and burns lock and unlock sVVV: its amounts are read from the getters, no Transfer shows them.
ponder.on('Diem:Transfer', async ({ event, context }) => {
  const { from, to, amount } = event.args
  const minter = isZero(from) ? to : isZero(to) ? from : null
  if (minter) {
    const [totalLocked, [lockedSvvv, outstandingDiem]] = await context.client.multicall({
      multicallAddress: multicall3Address,
      allowFailure: false,
      contracts: [
        { ...onStaking, functionName: 'totalLockedStakedVVV' },
        { ...onStaking, functionName: 'lockedStakes', args: [minter] },
      ],
    })
    await updateNetwork(context, event.block, (levels) => ({
      diemSupply: levels.diemSupply + (isZero(from) ? amount : -amount),
      lockedSvvv: totalLocked,
    }))
    await updateAccount(context, event.block, minter, () => ({ lockedSvvv, outstandingDiem }))
  }
  await updateAccount(context, event.block, from, (levels) => ({ diem: levels.diem - amount }))
  await updateAccount(context, event.block, to, (levels) => ({ diem: levels.diem + amount }))
  // DIEM reaches its own contract only by staking, and leaves it only by `unstake()`.
  const diemContract = (address: Address) => isAddressEqual(address, contracts.diem)
  await recordTransferMovements(context, event, 'DIEM', {
    from: isZero(to) ? 'diem-burned' : diemContract(to) ? 'diem-staked' : 'sent',
    to: isZero(from) ? 'diem-minted' : diemContract(from) ? 'diem-unstaked' : 'received',
  })
})

// Staked DIEM is held by the DIEM contract itself (the Transfer to it moved the balance); the events say whose it is.
ponder.on('Diem:Staked', async ({ event, context }) => {
  const { user, amount } = event.args
  await updateNetwork(context, event.block, (levels) => ({ diemStaked: levels.diemStaked + amount }))
  await updateAccount(context, event.block, user, (levels) => ({ diemStaked: levels.diemStaked + amount }))
})

ponder.on('Diem:UnstakeInitiated', async ({ event, context }) => {
  const { user, amount } = event.args
  await updateNetwork(context, event.block, (levels) => ({ diemStaked: levels.diemStaked - amount }))
  await updateAccount(context, event.block, user, (levels) => ({ diemStaked: levels.diemStaked - amount }))
  // No Transfer: the DIEM stays in the contract, from staked to cooling down.
  await recordMovement(context, event, 'from', {
    account: user,
    token: 'DIEM',
    kind: 'diem-unstake-started',
    amount,
    counterparty: null,
  })
})

ponder.on('Pool:Sync', async ({ event, context }) => {
  const { reserve0, reserve1 } = event.args
  const reserves = poolReserves(chainId, reserve0, reserve1)
  await context.db
    .insert(poolDay)
    .values({ day: utcDay(Number(event.block.timestamp)), ...reserves })
    .onConflictDoUpdate(reserves)
})
