import { getAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import { supportedChains } from './chains'
import { devnetTreasurySafe, safeContracts } from './safe'

describe('safeContracts', () => {
  it('has every supported chain, and only those', () => {
    expect(Object.keys(safeContracts).map(Number).sort()).toEqual(supportedChains.map((chain) => chain.id).sort())
  })

  it('puts Safe 1.4.1 at the same addresses on Base and on the devnet', () => {
    expect(safeContracts[31337]).toEqual(safeContracts[8453])
  })

  it('gives six different contracts, each written with its EIP-55 checksum', () => {
    const addresses = Object.values(safeContracts[8453])
    expect(new Set(addresses).size).toBe(6)
    for (const address of [...addresses, devnetTreasurySafe]) expect(getAddress(address)).toBe(address)
  })
})
