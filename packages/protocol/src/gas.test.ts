import { describe, expect, it } from 'vitest'
import { gasWithHeadroom } from './gas'

describe('gasWithHeadroom', () => {
  it('adds half again and a fixed margin for the accrual an estimate may miss', () => {
    expect(gasWithHeadroom(100_000n)).toBe(250_000n)
    expect(gasWithHeadroom(0n)).toBe(100_000n)
  })
})
