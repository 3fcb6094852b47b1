import { parseEther, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { first, second } from './treasury-position-fixture'
import { treasuryTotals } from './treasury-rows'

describe('treasuryTotals', () => {
  it('sums every figure over the rows', () => {
    const { weiByFigure } = treasuryTotals([first, second])
    expect(Object.fromEntries(weiByFigure)).toEqual({
      vvv: 3_002n,
      svvv: 3_006n,
      'svvv-locked': 3_010n,
      'svvv-unlocked': 3_008n,
      'pending-rewards': 3_014n,
      'vvv-cooldown': parseEther('2.5'),
      diem: 3_016n,
      'diem-staked': parseUnits('1.239', 18) * 3n,
      'diem-cooldown': 1n,
    })
  })

  it('adds each row’s credit, cut to cents per account', () => {
    // $1.23 + $2.47: the combined 3.717 DIEM would give $3.71, but each account is credited on its own.
    expect(treasuryTotals([first, second]).creditCents).toBe(370n)
    expect(treasuryTotals([]).creditCents).toBe(0n)
  })
})
