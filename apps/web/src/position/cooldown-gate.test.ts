import { describe, expect, it } from 'vitest'
import { cooldownBlockedReason } from './cooldown-gate'

const unstake = { amount: 10n, cooldownEnd: 1_000n }

describe('cooldownBlockedReason', () => {
  it('says nothing is waiting', () => {
    expect(cooldownBlockedReason({ kind: 'none' }, { amount: 0n, cooldownEnd: 0n }, 900n, 'Nothing to finalize.')).toBe(
      'Nothing to finalize.',
    )
  })

  it('counts down while cooling', () => {
    expect(cooldownBlockedReason({ kind: 'cooling', secondsLeft: 90 }, unstake, 900n, '')).toBe('Ready in 1 min 30 s.')
  })

  it('waits for a block past the end even when the ticking clock is there already', () => {
    expect(cooldownBlockedReason({ kind: 'ready' }, unstake, 999n, '')).toBe('Ready with the next block.')
    expect(cooldownBlockedReason({ kind: 'ready' }, unstake, 1_000n, '')).toBeNull()
  })
})
