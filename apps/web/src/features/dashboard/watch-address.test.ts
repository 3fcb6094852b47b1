import { describe, expect, it } from 'vitest'
import { parseWatchAddress } from './watch-address'

const anvilAccount0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('parseWatchAddress', () => {
  it('is none without a parameter or with an empty one', () => {
    expect(parseWatchAddress(undefined)).toEqual({ kind: 'none' })
    expect(parseWatchAddress('  ')).toEqual({ kind: 'none' })
  })

  it('accepts lower-case and checksummed addresses and returns the checksummed form', () => {
    expect(parseWatchAddress(anvilAccount0.toLowerCase())).toEqual({ kind: 'valid', address: anvilAccount0 })
    expect(parseWatchAddress(anvilAccount0)).toEqual({ kind: 'valid', address: anvilAccount0 })
  })

  it('rejects text that is not an address, and a wrong checksum', () => {
    expect(parseWatchAddress('nothex')).toEqual({ kind: 'invalid', input: 'nothex' })
    const wrongChecksum = anvilAccount0.replace('F', 'f')
    expect(parseWatchAddress(wrongChecksum)).toEqual({ kind: 'invalid', input: wrongChecksum })
  })

  it('uses the first of repeated parameters', () => {
    expect(parseWatchAddress([anvilAccount0, 'nothex'])).toEqual({ kind: 'valid', address: anvilAccount0 })
  })
})
