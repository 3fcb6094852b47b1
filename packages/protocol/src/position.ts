import { diemAbi, multicall3Abi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { multicall3Address, type SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Address, MulticallReturnType, PublicClient } from 'viem'

export type PendingUnstake = { amount: bigint; cooldownEnd: bigint }

/** Everything Rialto shows about one address, read at one block. All amounts in wei. */
export type Position = {
  blockNumber: bigint
  /** The block's timestamp in seconds: cooldowns count down from the chain's clock, not the browser's. */
  timestamp: bigint
  vvv: { balance: bigint; allowanceToStaking: bigint }
  staking: {
    balance: bigint
    unlocked: bigint
    locked: bigint
    outstandingDiem: bigint
    pendingRewards: bigint
    unstake: PendingUnstake
  }
  diem: { balance: bigint; staked: bigint; unstake: PendingUnstake }
  network: {
    totalStaked: bigint
    totalLocked: bigint
    emissionRatePerSecond: bigint
    cooldownDuration: bigint
    diemSupply: bigint
    diemTotalStaked: bigint
    diemCooldownDuration: bigint
  }
}

/** The calls behind a `Position`, in the order `toPosition` reads them: one Multicall3 round trip. */
export function positionCalls(chainId: SupportedChainId, account: Address) {
  const { vvv, staking, diem } = veniceContracts[chainId]
  const onVvv = { address: vvv, abi: vvvAbi } as const
  const onStaking = { address: staking, abi: stakingAbi } as const
  const onDiem = { address: diem, abi: diemAbi } as const
  const onMulticall = { address: multicall3Address, abi: multicall3Abi } as const
  return [
    { ...onMulticall, functionName: 'getBlockNumber' },
    { ...onMulticall, functionName: 'getCurrentBlockTimestamp' },
    { ...onVvv, functionName: 'balanceOf', args: [account] },
    { ...onVvv, functionName: 'allowance', args: [account, staking] },
    { ...onStaking, functionName: 'balanceOf', args: [account] },
    { ...onStaking, functionName: 'balanceOfUnlocked', args: [account] },
    { ...onStaking, functionName: 'lockedStakes', args: [account] },
    { ...onStaking, functionName: 'pendingRewards', args: [account] },
    { ...onStaking, functionName: 'stakes', args: [account] },
    { ...onDiem, functionName: 'balanceOf', args: [account] },
    { ...onDiem, functionName: 'stakedInfos', args: [account] },
    { ...onStaking, functionName: 'totalSupply' },
    { ...onStaking, functionName: 'totalLockedStakedVVV' },
    { ...onStaking, functionName: 'emissionRatePerSecond' },
    { ...onStaking, functionName: 'cooldownDuration' },
    { ...onDiem, functionName: 'totalSupply' },
    { ...onDiem, functionName: 'totalStaked' },
    { ...onDiem, functionName: 'cooldownDuration' },
  ] as const
}

type PositionResults = MulticallReturnType<ReturnType<typeof positionCalls>, false>

/** Shapes the multicall results of `positionCalls` into a `Position`. */
export function toPosition(results: PositionResults): Position {
  const [
    blockNumber,
    timestamp,
    vvvBalance,
    allowance,
    sVvv,
    unlocked,
    [locked, outstandingDiem],
    pendingRewards,
    [, cooldownEnd, cooldownAmount],
    diemBalance,
    [diemStaked, diemCooldownEnd, diemCooldownAmount],
    totalStaked,
    totalLocked,
    emissionRatePerSecond,
    cooldownDuration,
    diemSupply,
    diemTotalStaked,
    diemCooldownDuration,
  ] = results
  return {
    blockNumber,
    timestamp,
    vvv: { balance: vvvBalance, allowanceToStaking: allowance },
    staking: {
      balance: sVvv,
      unlocked,
      locked,
      outstandingDiem,
      pendingRewards,
      unstake: { amount: cooldownAmount, cooldownEnd },
    },
    diem: {
      balance: diemBalance,
      staked: diemStaked,
      unstake: { amount: diemCooldownAmount, cooldownEnd: diemCooldownEnd },
    },
    network: {
      totalStaked,
      totalLocked,
      emissionRatePerSecond,
      cooldownDuration,
      diemSupply,
      diemTotalStaked,
      diemCooldownDuration,
    },
  }
}

/** Reads a `Position` in one `eth_call` to Multicall3. */
export async function readPosition(
  // Only `multicall` is used: any client has it, including ones whose chain has formatters (Base).
  client: Pick<PublicClient, 'multicall'>,
  { chainId, address }: { chainId: SupportedChainId; address: Address },
): Promise<Position> {
  const results = await client.multicall({ contracts: positionCalls(chainId, address), allowFailure: false })
  return toPosition(results)
}

/** The address's share of all staked VVV (sVVV supply), 0–1. */
export function shareOfNetworkStake(position: Position): number {
  if (position.network.totalStaked === 0n) return 0
  return Number((position.staking.balance * 1_000_000n) / position.network.totalStaked) / 1_000_000
}

/** Each staked DIEM buys $1 of Venice API credit per day (enforced off-chain by Venice). */
export function dailyApiCreditUsd(position: Position): number {
  return dailyApiCreditUsdForDiem(position.diem.staked)
}

/** The day's API credit in USD for `diemStakedWei` of staked DIEM, cut (never rounded up) to whole cents. */
export function dailyApiCreditUsdForDiem(diemStakedWei: bigint): number {
  return Number(dailyApiCreditCents(diemStakedWei)) / 100
}

/** The same credit in whole US cents, exact: for sums and exports, where a float could drift. */
export function dailyApiCreditCents(diemStakedWei: bigint): bigint {
  return diemStakedWei / 10n ** 16n
}
