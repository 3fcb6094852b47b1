import { type Context, ponder } from 'ponder:registry'
import {
  accountDay,
  accountState,
  emissionRateChange,
  networkDay,
  networkState,
  poolDay,
  rewardEvent,
} from 'ponder:schema'
import { stakingAbi } from '@rialto/contracts-abi/abis'
import { burnAddress, veniceContracts } from '@rialto/contracts-abi/addresses'
import { multicall3Address } from '@rialto/contracts-abi/chains'
import type { RewardKind } from '@rialto/protocol/history'
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
  // Not accounts: the zero address, and the DIEM contract holding staked DIEM.
  if (isZero(address) || isAddressEqual(address, contracts.diem)) return
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

type VvvTransfer = {
  args: { from: Address; to: Address; amount: bigint }
  block: BlockRef
  transaction: { to: Address | null }
}

async function recordVvvTransfer(context: Context, { args: { from, to, amount }, block, transaction }: VvvTransfer) {
  const minted = isZero(from) ? amount : 0n
  // The genesis supply is minted by VVV's constructor (a contract creation has no \`to\`): supply, not emissions.
  const emitted = transaction.to === null ? 0n : minted
  const burned = isZero(to) ? amount : 0n
  const finalized = isAddressEqual(from, contracts.staking) ? amount : 0n
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

ponder.on('VvvMintsAndPayouts:Transfer', ({ event, context }) => recordVvvTransfer(context, event))
ponder.on('VvvBurns:Transfer', async ({ event, context }) => {
  const { from } = event.args
  // A burn straight from a mint or from staking reached the other source already.
  if (isZero(from) || isAddressEqual(from, contracts.staking)) return
  await recordVvvTransfer(context, event)
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
})

ponder.on('Pool:Sync', async ({ event, context }) => {
  const { reserve0, reserve1 } = event.args
  const reserves = poolReserves(chainId, reserve0, reserve1)
  await context.db
    .insert(poolDay)
    .values({ day: utcDay(Number(event.block.timestamp)), ...reserves })
    .onConflictDoUpdate(reserves)
})
