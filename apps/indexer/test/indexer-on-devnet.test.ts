import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Devnet, freePort, startDevnet } from '@rialto/contracts/devnet'
import { devAccounts, holderAccounts, smartAccount, treasuryAccount } from '@rialto/contracts/devnet-accounts'
import { stakingAbi, vvvAbi, vvvDiemPoolAbi } from '@rialto/contracts-abi/abis'
import { burnAddress, veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet } from '@rialto/contracts-abi/chains'
import { devnetTreasurySafe } from '@rialto/contracts-abi/safe'
import type { MovementToken, TokenMovement } from '@rialto/protocol/history'
import { indexerHistorySource } from '@rialto/protocol/indexer-history-source'
import { positionCalls, toPosition } from '@rialto/protocol/position'
import { holdingsAfter } from '@rialto/protocol/token-movements'
import {
  type Address,
  createPublicClient,
  createTestClient,
  createWalletClient,
  hexToBigInt,
  http,
  isAddressEqual,
  parseEther,
} from 'viem'
import type { HDAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type RunningIndexer, startIndexer } from '../scripts/indexer-process.mjs'

const contracts = veniceContracts[devnet.id]
let chain: Devnet
let indexer: RunningIndexer
let folder: string

// Read through the web app's own HistorySource, so the wire format is checked too.
const network = () => indexerHistorySource(indexer.url).network()
const account = (address: Address) => indexerHistorySource(indexer.url).account(address)
/** Waits until the indexer has indexed `block` (and so every event up to it). */
async function indexedThrough(block: bigint, timeoutMs = 60_000) {
  const startedAt = Date.now()
  while ((await network()).asOf.block < block) {
    if (Date.now() - startedAt > timeoutMs) throw new Error(`the indexer did not reach block ${block}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const clients = () => {
  const transport = http(chain.rpcUrl)
  return {
    publicClient: createPublicClient({ chain: devnet, transport }),
    testClient: createTestClient({ chain: devnet, transport, mode: 'anvil' }),
    wallet: (account: HDAccount) => createWalletClient({ chain: devnet, transport, account }),
  }
}

async function positionAt(address: Address, blockNumber: bigint) {
  const { publicClient } = clients()
  return toPosition(
    await publicClient.multicall({ contracts: positionCalls(devnet.id, address), allowFailure: false, blockNumber }),
  )
}

/** What the chain's getters say at `block`, in the indexer's terms. */
async function networkGettersAt(block: bigint) {
  const { publicClient } = clients()
  const at = { blockNumber: block }
  const [vvvTotalSupply, vvvBurnedTotal, vvvInStaking] = await Promise.all([
    publicClient.readContract({ address: contracts.vvv, abi: vvvAbi, functionName: 'totalSupply', ...at }),
    publicClient.readContract({
      address: contracts.vvv,
      abi: vvvAbi,
      functionName: 'balanceOf',
      args: [burnAddress],
      ...at,
    }),
    publicClient.readContract({
      address: contracts.vvv,
      abi: vvvAbi,
      functionName: 'balanceOf',
      args: [contracts.staking],
      ...at,
    }),
  ])
  const { network: totals } = await positionAt(treasuryAccount.address, block)
  return {
    vvvTotalSupply,
    vvvBurnedTotal,
    stakedVvv: totals.totalStaked,
    lockedSvvv: totals.totalLocked,
    // Staking holds the staked VVV and the VVV cooling down (rewards are minted, not held).
    vvvInCooldown: vvvInStaking - totals.totalStaked,
    diemSupply: totals.diemSupply,
    diemStaked: totals.diemTotalStaked,
    emissionRatePerSecond: totals.emissionRatePerSecond,
  }
}

const seededAccounts = [...devAccounts, ...holderAccounts, treasuryAccount, smartAccount]
// The treasury Safe too: its positions change inside execTransaction, by delegatecall to MultiSendCallOnly.
const seededAddresses = [...seededAccounts.map(({ address }) => address), devnetTreasurySafe]
const tokenContracts: Record<MovementToken, Address> = {
  VVV: contracts.vvv,
  sVVV: contracts.staking,
  DIEM: contracts.diem,
}

/** What the getters say an account holds at `block`, in the terms of `holdingsAfter`. */
async function holdingsAt(address: Address, block: bigint) {
  const position = await positionAt(address, block)
  return {
    VVV: position.vvv.balance,
    sVVV: position.staking.balance,
    DIEM: position.diem.balance,
    stakedDiem: position.diem.staked,
  }
}

/** Each movement's log, read back from its transaction's receipt: the block, the contract and the amount. */
async function expectMovementsOnChain(movements: TokenMovement[]) {
  const { publicClient } = clients()
  for (const movement of movements) {
    const receipt = await publicClient.getTransactionReceipt({ hash: movement.txHash })
    expect(receipt.blockNumber, movement.txHash).toBe(movement.block)
    const log = receipt.logs.find((candidate) => candidate.logIndex === movement.logIndex)
    expect(log && isAddressEqual(log.address, tokenContracts[movement.token]), movement.txHash).toBe(true)
    // Transfer, Staked and UnstakeInitiated all carry the amount as their only unindexed field.
    expect(log && hexToBigInt(log.data), movement.txHash).toBe(movement.amount)
  }
}

/** The named levels of a day; an account with no day yet has none of anything. */
const levelsOf = <Day extends object>(day: Day | undefined, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, day ? (day as Record<string, unknown>)[key] : 0n]))

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'rialto-indexer-'))
  chain = await startDevnet({ port: await freePort(), stateDir: join(folder, 'devnet') })
  indexer = await startIndexer({
    rpcUrl: chain.rpcUrl,
    port: await freePort(),
    pgliteDirectory: join(folder, 'pglite'),
  })
}, 240_000)

afterAll(async () => {
  await indexer?.stop()
  await chain?.stop()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

describe('the indexer on the seeded devnet', () => {
  test('its network totals equal the contracts’ getters at the block it has indexed, to the wei', async () => {
    const history = await network()
    const block = history.asOf.block
    const expected = await networkGettersAt(block)
    expect(levelsOf(history.days.at(-1), Object.keys(expected))).toEqual(expected)
    // Two years of the seeded story from the genesis mint (an hour before launch), and every emission cut.
    expect(history.days.length).toBeGreaterThan(50)
    expect(history.days[0]?.day).toBe('2025-01-26')
    expect(history.emissionRateChanges.length).toBe(8)
    // Emissions are what was minted after the 100M genesis supply, not the genesis itself.
    const emitted = history.days.reduce((sum, day) => sum + day.vvvEmitted, 0n)
    expect(emitted).toBe(expected.vvvTotalSupply - parseEther('100000000'))
  })

  test('the pool’s last reserves equal getReserves, in VVV and DIEM', async () => {
    const { publicClient } = clients()
    const history = await network()
    const blockNumber = history.asOf.block
    const [reserve0, reserve1] = await publicClient.readContract({
      address: contracts.pool,
      abi: vvvDiemPoolAbi,
      functionName: 'getReserves',
      blockNumber,
    })
    const token0 = await publicClient.readContract({
      address: contracts.pool,
      abi: vvvDiemPoolAbi,
      functionName: 'token0',
    })
    const [reserveVvv, reserveDiem] = isAddressEqual(token0, contracts.vvv)
      ? [reserve0, reserve1]
      : [reserve1, reserve0]
    expect(history.poolDays.length).toBeGreaterThan(20)
    expect(levelsOf(history.poolDays.at(-1), ['reserveVvv', 'reserveDiem'])).toEqual({ reserveVvv, reserveDiem })
  })

  test('each account’s levels equal its getters at that block', async () => {
    const block = (await network()).asOf.block
    for (const address of seededAddresses) {
      const history = await account(address)
      const position = await positionAt(address, block)
      const expected = {
        svvv: position.staking.balance,
        lockedSvvv: position.staking.locked,
        outstandingDiem: position.staking.outstandingDiem,
        diem: position.diem.balance,
        diemStaked: position.diem.staked,
      }
      expect(levelsOf(history.days.at(-1), Object.keys(expected)), address).toEqual(expected)
    }
  })

  test('each account’s movements replay to its balances, sVVV and staked DIEM, and each is a log of its transaction', async () => {
    const block = (await network()).asOf.block
    let movementsSeen = 0
    for (const address of seededAddresses) {
      const { movements } = await account(address)
      expect(holdingsAfter(movements), address).toEqual(await holdingsAt(address, block))
      await expectMovementsOnChain(movements)
      movementsSeen += movements.length
    }
    // The seeded story stakes, unstakes, mints, stakes and burns DIEM, and moves VVV and DIEM between holders.
    const kinds = new Set(
      (await Promise.all(seededAddresses.map((address) => account(address)))).flatMap((history) =>
        history.movements.map((movement) => `${movement.token} ${movement.kind}`),
      ),
    )
    for (const kind of ['VVV received', 'VVV sent', 'VVV staked', 'sVVV staked', 'VVV reward', 'DIEM diem-minted']) {
      expect(kinds).toContain(kind)
    }
    expect(movementsSeen).toBeGreaterThan(100)
  })

  test('an account’s rewards are its Claimed events, each with its kind', async () => {
    const history = await account(devAccounts[2]?.address as Address)
    expect(history.rewards.length).toBeGreaterThan(0)
    expect(history.rewards.map((reward) => reward.kind)).toContain('claim')
    const total = history.rewards.reduce((sum, reward) => sum + reward.amount, 0n)
    expect(history.days.reduce((sum, day) => sum + day.rewards, 0n)).toBe(total)
  })

  test('a reorg leaves no duplicated or lost points', async () => {
    const { publicClient, testClient, wallet } = clients()
    const stakerAccount = devAccounts[5]
    if (!stakerAccount) throw new Error('no dev account 5')
    const staker = stakerAccount.address
    const stake = async (amount: bigint) => {
      const approve = await wallet(stakerAccount).writeContract({
        address: contracts.vvv,
        abi: vvvAbi,
        functionName: 'approve',
        args: [contracts.staking, amount],
      })
      await publicClient.waitForTransactionReceipt({ hash: approve })
      const hash = await wallet(stakerAccount).writeContract({
        address: contracts.staking,
        abi: stakingAbi,
        functionName: 'stake',
        args: [staker, amount],
      })
      return publicClient.waitForTransactionReceipt({ hash })
    }
    const before = await network()
    const snapshot = await testClient.snapshot()
    const abandoned = await stake(parseEther('1000'))
    await indexedThrough(abandoned.blockNumber)
    expect((await network()).days.at(-1)?.stakedVvv).toBe((before.days.at(-1)?.stakedVvv ?? 0n) + parseEther('1000'))

    // The chain forgets that stake and takes another fork: a different stake, and longer than the old one.
    await testClient.revert({ id: snapshot })
    const kept = await stake(parseEther('300'))
    await testClient.mine({ blocks: 3 })
    await indexedThrough(kept.blockNumber + 3n)

    // Ponder saw the fork and rolled its tables back (else this test would prove nothing).
    expect(indexer.lines.some((line) => /reorg/i.test(line))).toBe(true)
    const after = await network()
    const block = after.asOf.block
    const expected = await networkGettersAt(block)
    expect(levelsOf(after.days.at(-1), Object.keys(expected))).toEqual(expected)
    expect(expected.stakedVvv).toBe((before.days.at(-1)?.stakedVvv ?? 0n) + parseEther('300'))
    // Days are neither repeated nor dropped.
    expect(new Set(after.days.map((day) => day.day)).size).toBe(after.days.length)
    expect(after.days.length).toBeGreaterThanOrEqual(before.days.length)
    const position = await positionAt(staker, block)
    const stakerHistory = await account(staker)
    expect(stakerHistory.days.at(-1)?.svvv).toBe(position.staking.balance)
    // Movements too: the abandoned stake's are gone, the kept one's are there once, and they replay to the chain.
    const logs = stakerHistory.movements.map((movement) => `${movement.txHash} ${movement.logIndex} ${movement.kind}`)
    expect(new Set(logs).size).toBe(logs.length)
    const hashes = stakerHistory.movements.map((movement) => movement.txHash)
    expect(hashes).not.toContain(abandoned.transactionHash)
    const keptMovements = stakerHistory.movements.filter((movement) => movement.txHash === kept.transactionHash)
    expect(keptMovements.map((movement) => `${movement.token} ${movement.kind}`)).toEqual(
      expect.arrayContaining(['VVV staked', 'sVVV staked']),
    )
    expect(holdingsAfter(stakerHistory.movements)).toEqual(await holdingsAt(staker, block))
    await expectMovementsOnChain(stakerHistory.movements)
  })

  // `npm start` reuses the devnet saved at the last Ctrl-C, and indexes it anew: the getters read at past blocks
  // must still answer there.
  test('a devnet restarted from its saved state is indexed the same', async () => {
    const before = await network()
    await indexer.stop()
    await chain.stop()
    chain = await startDevnet({ port: await freePort(), stateDir: join(folder, 'devnet') })
    expect(chain.reused).toBe(true)
    indexer = await startIndexer({
      rpcUrl: chain.rpcUrl,
      port: await freePort(),
      pgliteDirectory: join(folder, 'pglite'),
    })
    const after = await network()
    expect(after.days).toEqual(before.days)
    expect(after.emissionRateChanges).toEqual(before.emissionRateChanges)
    const expected = await networkGettersAt(after.asOf.block)
    expect(levelsOf(after.days.at(-1), Object.keys(expected))).toEqual(expected)
  })
})
