import { base, devnet } from '@rialto/contracts-abi/chains'
import { describe, expect, it } from 'vitest'
import { appChains, explorerTxUrl, rpcUrlsInUse } from './app-chains'

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

describe('rpcUrlsInUse', () => {
  it('lists one URL per offered chain, the public one where none is configured', () => {
    const urls = rpcUrlsInUse(appChains('devnet'))
    expect(urls).toHaveLength(2)
    expect(urls[1]).toBe(process.env.NEXT_PUBLIC_BASE_RPC_URL || base.rpcUrls.default.http[0])
  })
})
