import { describe, expect, it } from 'vitest'
import { isBurnAddress } from './burn-address'

describe('isBurnAddress', () => {
  it('is the zero address', () => {
    expect(isBurnAddress('0x0000000000000000000000000000000000000000')).toBe(true)
  })

  it('is no other address', () => {
    expect(isBurnAddress('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')).toBe(false)
    expect(isBurnAddress('0x0000000000000000000000000000000000000001')).toBe(false)
  })
})
