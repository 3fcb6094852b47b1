import type { Position } from '@rialto/protocol/position'
import { describe, expect, it } from 'vitest'
import { amountFigures } from './position-figures'

const unstake = { amount: 0n, cooldownEnd: 0n }
const position: Position = {
  blockNumber: 10n,
  timestamp: 1_800_000_000n,
  vvv: { balance: 1n, allowanceToStaking: 0n },
  staking: { balance: 2n, unlocked: 3n, locked: 4n, outstandingDiem: 0n, pendingRewards: 5n, unstake },
  diem: { balance: 6n, staked: 7n, unstake },
  network: {
    totalStaked: 0n,
    totalLocked: 0n,
    emissionRatePerSecond: 0n,
    cooldownDuration: 0n,
    diemSupply: 0n,
    diemTotalStaked: 0n,
    diemCooldownDuration: 0n,
  },
}

describe('amountFigures', () => {
  it('names every amount by a stable test id, with its unit', () => {
    expect(amountFigures(position).map(({ testId, wei, unit }) => [testId, wei, unit])).toEqual([
      ['balance-vvv', 1n, 'VVV'],
      ['balance-svvv', 2n, 'sVVV'],
      ['balance-svvv-unlocked', 3n, 'sVVV'],
      ['balance-svvv-locked', 4n, 'sVVV'],
      ['balance-pending-rewards', 5n, 'VVV'],
      ['balance-diem', 6n, 'DIEM'],
      ['balance-diem-staked', 7n, 'DIEM'],
    ])
  })
})
