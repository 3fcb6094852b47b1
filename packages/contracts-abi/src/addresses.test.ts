import { getAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { burnAddress, devnetDeployer, veniceContracts } from './addresses'
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

  it('gives three different contracts on each chain', () => {
    for (const contracts of Object.values(veniceContracts)) expect(new Set(Object.values(contracts)).size).toBe(3)
  })
})

describe('devnet', () => {
  it('batches reads through Multicall3 at its canonical address', () => {
    expect(devnet.contracts.multicall3.address).toBe(multicall3Address)
    expect(getAddress(multicall3Address)).toBe(multicall3Address)
    expect(getAddress(devnetDeployer)).toBe(devnetDeployer)
    expect(getAddress(burnAddress)).toBe(burnAddress)
  })
})
