import { diemAbi, multicall3Abi, stakingAbi, vvvAbi, vvvDiemPoolAbi } from '@rialto/contracts-abi/abis'
import { burnAddress, veniceContracts } from '@rialto/contracts-abi/addresses'
import { multicall3Address, type SupportedChainId } from '@rialto/contracts-abi/chains'
import type { PublicClient } from 'viem'
import type { StakingState } from './staking-yield'

/** The network's state at one block: what the overview shows and what every "at today's rate" figure starts from. */
export type NetworkNow = StakingState & {
  blockNumber: bigint
  timestamp: number
  vvvTotalSupply: bigint
  /** VVV held by 0x0: everything burned so far. */
  vvvBurnedTotal: bigint
  diemSupply: bigint
  diemStaked: bigint
  /** The VVV/DIEM pool's reserves; null when the pool could not be read (its price is then not shown). */
  pool: { reserveVvv: bigint; reserveDiem: bigint } | null
}

/** Reads `NetworkNow` in one Multicall3 round trip. */
export async function readNetworkNow(
  client: Pick<PublicClient, 'multicall'>,
  chainId: SupportedChainId,
): Promise<NetworkNow> {
  const { vvv, staking, diem, pool } = veniceContracts[chainId]
  const onVvv = { address: vvv, abi: vvvAbi } as const
  const onStaking = { address: staking, abi: stakingAbi } as const
  const onDiem = { address: diem, abi: diemAbi } as const
  const onPool = { address: pool, abi: vvvDiemPoolAbi } as const
  const onMulticall = { address: multicall3Address, abi: multicall3Abi } as const
  const results = await client.multicall({
    allowFailure: true,
    contracts: [
      { ...onMulticall, functionName: 'getBlockNumber' },
      { ...onMulticall, functionName: 'getCurrentBlockTimestamp' },
      { ...onVvv, functionName: 'totalSupply' },
      { ...onVvv, functionName: 'balanceOf', args: [burnAddress] },
      { ...onStaking, functionName: 'totalSupply' },
      { ...onStaking, functionName: 'totalLockedStakedVVV' },
      { ...onStaking, functionName: 'emissionRatePerSecond' },
      { ...onStaking, functionName: 'veniceEmissionsPercentage' },
      { ...onStaking, functionName: 'veniceEmissionsPercentageWhenLocked' },
      { ...onDiem, functionName: 'totalSupply' },
      { ...onDiem, functionName: 'totalStaked' },
      { ...onPool, functionName: 'getReserves' },
    ],
  })
  const [
    blockNumber,
    timestamp,
    vvvTotalSupply,
    vvvBurnedTotal,
    stakedVvv,
    lockedSvvv,
    emissionRatePerSecond,
    veniceCut,
    veniceCutWhenLocked,
    diemSupply,
    diemStaked,
    reserves,
  ] = results
  // Everything but the pool is required: a failed read there is a failed read of the network.
  const required = <T>(result: { status: 'success'; result: T } | { status: 'failure'; error: Error }): T => {
    if (result.status === 'failure') throw result.error
    return result.result
  }
  return {
    blockNumber: required(blockNumber),
    timestamp: Number(required(timestamp)),
    vvvTotalSupply: required(vvvTotalSupply),
    vvvBurnedTotal: required(vvvBurnedTotal),
    stakedVvv: required(stakedVvv),
    lockedSvvv: required(lockedSvvv),
    emissionRatePerSecond: required(emissionRatePerSecond),
    veniceCut: required(veniceCut),
    veniceCutWhenLocked: required(veniceCutWhenLocked),
    diemSupply: required(diemSupply),
    diemStaked: required(diemStaked),
    pool: reserves.status === 'success' ? poolReserves(chainId, reserves.result[0], reserves.result[1]) : null,
  }
}

/**
 * A pool's reserves in VVV and DIEM terms. Pools sort their two tokens by address (Aerodrome, as Uniswap V2 did):
 * on Base VVV is token0, on the devnet DIEM is.
 */
export function poolReserves(chainId: SupportedChainId, reserve0: bigint, reserve1: bigint) {
  const { vvv, diem } = veniceContracts[chainId]
  const vvvIsToken0 = vvv.toLowerCase() < diem.toLowerCase()
  return vvvIsToken0 ? { reserveVvv: reserve0, reserveDiem: reserve1 } : { reserveVvv: reserve1, reserveDiem: reserve0 }
}
