import type { AccountHistory } from '@rialto/protocol/history'
import { denseNetworkDays } from '@rialto/protocol/history-series'
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { accountShareRows, latestAccountDay, secondsUntilCreditReset } from './account-rows'
import { networkDay } from './network-day-fixture'

const accountDay = { svvv: 0n, lockedSvvv: 0n, outstandingDiem: 0n, diem: 0n, diemStaked: 0n, rewards: 0n }
const account: AccountHistory = {
  asOf: { block: 10n, timestamp: 0 },
  account: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  days: [
    { ...accountDay, day: '2026-03-02', svvv: parseEther('10'), diemStaked: parseEther('0.05') },
    { ...accountDay, day: '2026-03-04', svvv: parseEther('10'), diemStaked: parseEther('2') },
  ],
  rewards: [],
  movements: [],
}

describe('accountShareRows', () => {
  const range = { from: '2026-03-01', to: '2026-03-05' }
  const network = denseNetworkDays(
    [networkDay('2026-03-01', { stakedVvv: parseEther('100'), diemStaked: parseEther('4') })],
    range,
  )

  it('carries the account’s levels to quiet days and flags staked DIEM under the 0.1 minimum', () => {
    const rows = accountShareRows(account, network, range)
    expect(
      rows.map((row) => [row.day, row.stakeShare, row.diemStakedShare, row.dailyCreditUsd, row.belowMinimum]),
    ).toEqual([
      ['2026-03-01', 0, 0, 0, true],
      ['2026-03-02', 0.1, 0.0125, 0.05, true],
      ['2026-03-03', 0.1, 0.0125, 0.05, true],
      ['2026-03-04', 0.1, 0.5, 2, false],
      ['2026-03-05', 0.1, 0.5, 2, false],
    ])
    expect(rows[3]?.diemStakedWei).toBe(parseEther('2'))
  })

  it('reads the account’s latest levels from its last day', () => {
    expect(latestAccountDay(account)?.day).toBe('2026-03-04')
    expect(latestAccountDay({ ...account, days: [] })).toBeNull()
  })
})

describe('secondsUntilCreditReset', () => {
  it('counts down to the next 00:00 UTC', () => {
    const midnight = Date.parse('2026-03-01T00:00:00Z') / 1000
    expect(secondsUntilCreditReset(midnight)).toBe(86_400)
    expect(secondsUntilCreditReset(midnight + 1)).toBe(86_399)
    expect(secondsUntilCreditReset(midnight + 86_399.5)).toBe(1)
  })
})
