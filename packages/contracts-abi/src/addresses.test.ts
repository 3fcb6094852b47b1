import { getAddress, getContractAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { burnAddress, devnetBatchExecutor, devnetDeployer, veniceContracts } from './addresses'
import { devnet, multicall3Address, supportedChains } from './chains'

describe('veniceContracts', () => {
  it('has every supported chain, and only those', () => {
    expect(Object.keys(veniceContracts).map(Number).sort()).toEqual(supportedChains.map((chain) => chain.id).sort())
  })

  it.each(
    Object.entries(veniceContracts).flatMap(([chainId, contracts]) =>
      Object.entries(contracts).map(([name, address]) => [chainId, name, address]),
    ),
  )('chain %s %s address %s is written with its EIP-55 checksum', (_chainId, _name, address) => {
    expect(getAddress(address)).toBe(address)
  })

  it('gives four different contracts on each chain', () => {
    for (const contracts of Object.values(veniceContracts)) expect(new Set(Object.values(contracts)).size).toBe(4)
  })

  it("puts the devnet contracts where the deploy script's transactions land", () => {
    // The deployer's nonces: 0 deploys VVV, 1 the staking contract (whose first CREATE is DIEM), 2 hands VVV's
    // ownership to staking, 3 deploys the reference pool, 4 the batch executor.
    const created = (from: `0x${string}`, nonce: bigint) => getContractAddress({ from, nonce })
    const contracts = veniceContracts[devnet.id]
    expect(created(devnetDeployer, 0n)).toBe(contracts.vvv)
    expect(created(devnetDeployer, 1n)).toBe(contracts.staking)
    expect(created(contracts.staking, 1n)).toBe(contracts.diem)
    expect(created(devnetDeployer, 3n)).toBe(contracts.pool)
    expect(created(devnetDeployer, 4n)).toBe(devnetBatchExecutor)
  })
})

describe('devnet', () => {
  it('batches reads through Multicall3 at its canonical address', () => {
    expect(devnet.contracts.multicall3.address).toBe(multicall3Address)
    expect(getAddress(multicall3Address)).toBe(multicall3Address)
    expect(getAddress(devnetDeployer)).toBe(devnetDeployer)
    expect(getAddress(burnAddress)).toBe(burnAddress)
    expect(getAddress(devnetBatchExecutor)).toBe(devnetBatchExecutor)
  })
})
