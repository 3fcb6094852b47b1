import { base, devnet } from '@rialto/contracts-abi/chains'
import { describe, expect, it } from 'vitest'
import { appChains, explorerTxUrl } from './app-chains'

describe('appChains', () => {
  it('puts the default chain first, and leaves the devnet out of a Base build', () => {
    expect(appChains('devnet').map(({ id }) => id)).toEqual([devnet.id, base.id])
    expect(appChains('base').map(({ id }) => id)).toEqual([base.id])
  })

  it('refuses an unknown choice', () => {
    expect(() => appChains('mainnet')).toThrow(/devnet" or "base/)
  })
})

describe('explorerTxUrl', () => {
  it('links to BaseScan on Base and nowhere on the devnet', () => {
    expect(explorerTxUrl(base.id, '0xabc')).toBe('https://basescan.org/tx/0xabc')
    expect(explorerTxUrl(devnet.id, '0xabc')).toBeUndefined()
  })
})
