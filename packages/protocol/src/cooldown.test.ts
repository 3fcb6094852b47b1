import { describe, expect, it } from 'vitest'
import { cooldownStatus } from './cooldown'

describe('cooldownStatus', () => {
  it('is none without a pending amount, cooling before the end, ready from the end on', () => {
    expect(cooldownStatus({ amount: 0n, cooldownEnd: 0n }, 100)).toEqual({ kind: 'none' })
    expect(cooldownStatus({ amount: 5n, cooldownEnd: 1_000n }, 400)).toEqual({ kind: 'cooling', secondsLeft: 600 })
    expect(cooldownStatus({ amount: 5n, cooldownEnd: 1_000n }, 1_000n)).toEqual({ kind: 'ready' })
  })
})
