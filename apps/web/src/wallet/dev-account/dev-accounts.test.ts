import { mnemonicToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { devAccountAddress, devAccountAddresses, devMnemonic, isDevAccountIndex, smartAccount } from './dev-accounts'

describe('devAccountAddresses', () => {
  it('are the first eight addresses of the anvil mnemonic', () => {
    const derived = devAccountAddresses.map(
      (_, addressIndex) => mnemonicToAccount(devMnemonic, { addressIndex }).address,
    )
    expect(derived).toEqual([...devAccountAddresses])
  })

  it('the smart account is the address at its mnemonic index', () => {
    expect(mnemonicToAccount(devMnemonic, { addressIndex: smartAccount.index }).address).toBe(smartAccount.address)
  })
})

describe('isDevAccountIndex', () => {
  it('accepts #0–#7 and the smart account only', () => {
    expect([0, 7, smartAccount.index].every(isDevAccountIndex)).toBe(true)
    expect([-1, 8, 19, 21, 1.5, '1', '20', undefined].some(isDevAccountIndex)).toBe(false)
  })
})

describe('devAccountAddress', () => {
  it('gives the address of each offered index, and #0 for any other', () => {
    expect(devAccountAddress(3)).toBe(devAccountAddresses[3])
    expect(devAccountAddress(smartAccount.index)).toBe(smartAccount.address)
    expect(devAccountAddress(8)).toBe(devAccountAddresses[0])
  })
})
