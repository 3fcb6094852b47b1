import { mnemonicToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { devAccountAddresses, devMnemonic, isDevAccountIndex } from './dev-accounts'

describe('devAccountAddresses', () => {
  it('are the first eight addresses of the anvil mnemonic', () => {
    const derived = devAccountAddresses.map(
      (_, addressIndex) => mnemonicToAccount(devMnemonic, { addressIndex }).address,
    )
    expect(derived).toEqual([...devAccountAddresses])
  })
})

describe('isDevAccountIndex', () => {
  it('accepts #0–#7 only', () => {
    expect([0, 7].every(isDevAccountIndex)).toBe(true)
    expect([-1, 8, 1.5, '1', undefined].some(isDevAccountIndex)).toBe(false)
  })
})
