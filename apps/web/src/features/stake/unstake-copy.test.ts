import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { reinitiateWarning } from './unstake-copy'

const week = 604_800n

describe('reinitiateWarning', () => {
  it('says nothing when no unstake is waiting', () => {
    expect(reinitiateWarning({ amount: 0n, cooldownEnd: 0n }, parseEther('1'), week)).toBeNull()
  })

  it('warns that the amounts add up and the whole timer restarts (the assumption in contracts-abi)', () => {
    const warning = reinitiateWarning({ amount: parseEther('5'), cooldownEnd: 1n }, parseEther('2'), week)
    expect(warning).toMatch(/ADDS/)
    expect(warning).toMatch(/RESTARTS the 7 d 0 h timer for the whole 7 VVV/)
    expect(warning).toMatch(/not verified/)
  })
})
