import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { base, devnet, multicall3Address } from '@rialto/contracts-abi/chains'
import { describe, expect, it } from 'vitest'
import { toVeniceBalances, veniceBalanceCalls } from './venice-balance-calls'

const account = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('veniceBalanceCalls', () => {
  it.each([base.id, devnet.id])('asks the Venice contracts of chain %i, then Multicall3 for the block', (chainId) => {
    const { vvv, staking, diem } = veniceContracts[chainId]
    const calls = veniceBalanceCalls(account, chainId)
    expect(calls.map(({ address, functionName }) => [address, functionName])).toEqual([
      [vvv, 'balanceOf'],
      [staking, 'balanceOf'],
      [staking, 'balanceOfUnlocked'],
      [staking, 'pendingRewards'],
      [diem, 'balanceOf'],
      [diem, 'stakedInfos'],
      [multicall3Address, 'getBlockNumber'],
    ])
    expect(calls.every((call) => call.chainId === chainId)).toBe(true)
  })
})

describe('toVeniceBalances', () => {
  it('names each result by its position, and takes the staked amount from stakedInfos', () => {
    expect(toVeniceBalances([1n, 2n, 3n, 4n, 5n, [6n, 1_700_000_000n, 7n], 8n])).toEqual({
      vvvWei: 1n,
      svvvWei: 2n,
      svvvUnlockedWei: 3n,
      pendingRewardsWei: 4n,
      diemWei: 5n,
      diemStakedWei: 6n,
      blockNumber: 8n,
    })
  })
})
