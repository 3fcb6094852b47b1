import { diemAbi, multicall3Abi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { multicall3Address, type SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Address, MulticallReturnType } from 'viem'

/** Every balance the dashboard shows, in base units (all three tokens have 18 decimals). */
export type VeniceBalances = {
  vvvWei: bigint
  svvvWei: bigint
  svvvUnlockedWei: bigint
  pendingRewardsWei: bigint
  diemWei: bigint
  diemStakedWei: bigint
  /** The block all the values above were read at. */
  blockNumber: bigint
}

/** The calls for one Multicall3 round trip. The block number comes from the same call, so it matches the values. */
export function veniceBalanceCalls(account: Address, chainId: SupportedChainId) {
  const { vvv, staking, diem } = veniceContracts[chainId]
  return [
    { chainId, address: vvv, abi: vvvAbi, functionName: 'balanceOf', args: [account] },
    { chainId, address: staking, abi: stakingAbi, functionName: 'balanceOf', args: [account] },
    { chainId, address: staking, abi: stakingAbi, functionName: 'balanceOfUnlocked', args: [account] },
    { chainId, address: staking, abi: stakingAbi, functionName: 'pendingRewards', args: [account] },
    { chainId, address: diem, abi: diemAbi, functionName: 'balanceOf', args: [account] },
    { chainId, address: diem, abi: diemAbi, functionName: 'stakedInfos', args: [account] },
    { chainId, address: multicall3Address, abi: multicall3Abi, functionName: 'getBlockNumber' },
  ] as const
}

export type VeniceBalanceResults = MulticallReturnType<ReturnType<typeof veniceBalanceCalls>, false>

export function toVeniceBalances([
  vvvWei,
  svvvWei,
  svvvUnlockedWei,
  pendingRewardsWei,
  diemWei,
  [diemStakedWei],
  blockNumber,
]: VeniceBalanceResults): VeniceBalances {
  return { vvvWei, svvvWei, svvvUnlockedWei, pendingRewardsWei, diemWei, diemStakedWei, blockNumber }
}
