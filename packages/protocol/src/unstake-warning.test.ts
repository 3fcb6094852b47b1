import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { reinitiateWarning } from './unstake-warning'

const week = 604_800n
const day = 86_400n

describe('reinitiateWarning', () => {
  it('says nothing when no unstake is waiting', () => {
    const pending = { amount: 0n, cooldownEnd: 0n }
    expect(reinitiateWarning({ pending, addingWei: parseEther('1'), cooldownSeconds: week, symbol: 'VVV' })).toBeNull()
  })

  it('warns that the amounts add up and the whole timer restarts (the assumption in contracts-abi)', () => {
    const pending = { amount: parseEther('5'), cooldownEnd: 1n }
    const warning = reinitiateWarning({ pending, addingWei: parseEther('2'), cooldownSeconds: week, symbol: 'VVV' })
    expect(warning).toMatch(/ADDS/)
    expect(warning).toMatch(/RESTARTS the 7 d 0 h timer for the whole 7 VVV/)
    expect(warning).toMatch(/not verified/)
  })

  it('says the same of DIEM, where the reset is verified', () => {
    const pending = { amount: parseEther('3'), cooldownEnd: 1n }
    const warning = reinitiateWarning({ pending, addingWei: parseEther('1'), cooldownSeconds: day, symbol: 'DIEM' })
    expect(warning).toMatch(/RESTARTS the 1 d 0 h timer for the whole 4 DIEM/)
    expect(warning).not.toMatch(/not verified/)
  })
})
