import { stakingAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { PublicClient } from 'viem'
import { currentMintRate, diemAmountOut } from './mint-quote'
import type { MintRateTable } from './mint-rate'

const wad = 10n ** 18n
const bucketCount = 256

/** The staking contract's 256-bucket mint-rate table, in one multicall. */
export async function readMintRateTable(
  client: Pick<PublicClient, 'multicall'>,
  chainId: SupportedChainId,
): Promise<MintRateTable> {
  const onStaking = { address: veniceContracts[chainId].staking, abi: stakingAbi } as const
  const indexes = Array.from({ length: bucketCount }, (_, index) => BigInt(index))
  const results = await client.multicall({
    contracts: [
      ...indexes.map((index) => ({ ...onStaking, functionName: 'diemSupply', args: [index] }) as const),
      ...indexes.map((index) => ({ ...onStaking, functionName: 'diemMintRates', args: [index] }) as const),
    ],
    allowFailure: false,
  })
  return { diemSupply: results.slice(0, bucketCount), diemMintRates: results.slice(bucketCount) }
}

export type MintPreview = {
  diemOut: bigint
  /** What `mintDiem` is told to accept at least: `diemOut` less the slippage tolerance. */
  minDiemOut: bigint
  /** sVVV wei per DIEM at today's supply (the bucket the next DIEM comes from). */
  currentRate: bigint
  /** sVVV wei per DIEM this mint pays on average. */
  averageRate: bigint
  /** How much worse the average is than the current rate: 0.01 = 1%. */
  priceImpact: number
  /** Mint-rate buckets the mint reaches beyond the current one. */
  bucketsCrossed: number
}

/** What locking `sVvvIn` would mint now; `null` when nothing would be minted or the table runs out. */
export function previewMint(
  table: MintRateTable,
  diemSupply: bigint,
  sVvvIn: bigint,
  slippageBps: number,
): MintPreview | null {
  const diemOut = diemAmountOut(table, diemSupply, sVvvIn)
  const currentRate = currentMintRate(table, diemSupply)
  if (diemOut === null || diemOut === 0n || currentRate === null) return null
  const averageRate = (sVvvIn * wad) / diemOut
  const bucketOf = (supply: bigint) => table.diemSupply.findIndex((upper) => upper > supply)
  const lastBucket = bucketOf(diemSupply + diemOut - 1n)
  return {
    diemOut,
    minDiemOut: (diemOut * BigInt(10_000 - slippageBps)) / 10_000n,
    currentRate,
    averageRate,
    priceImpact: Number(((averageRate - currentRate) * 1_000_000n) / currentRate) / 1_000_000,
    bucketsCrossed: Math.max(0, (lastBucket === -1 ? table.diemSupply.length - 1 : lastBucket) - bucketOf(diemSupply)),
  }
}

/** sVVV that burning `diemToBurn` unlocks: the caller's own lock, pro rata (see assumptions.ts). */
export function previewBurn(lock: { locked: bigint; outstandingDiem: bigint }, diemToBurn: bigint): bigint {
  if (lock.outstandingDiem === 0n || diemToBurn > lock.outstandingDiem) return 0n
  if (diemToBurn === lock.outstandingDiem) return lock.locked
  return (diemToBurn * lock.locked) / lock.outstandingDiem
}
