import { describe, expect, it } from 'vitest'
import { networkDay } from './network-day-fixture'
import { monthlySupplyRows } from './supply-rows'

describe('monthlySupplyRows', () => {
  it('adds up burns and emissions per month, in wei, with the burns’ running total', () => {
    const days = [
      networkDay('2026-01-31', { vvvBurned: 3n, vvvEmitted: 10n }),
      networkDay('2026-02-01', { vvvBurned: 4n, vvvEmitted: 1n }),
      networkDay('2026-02-02', { vvvBurned: 1n }),
      networkDay('2026-04-01', { vvvEmitted: 7n }),
    ]
    expect(monthlySupplyRows(days)).toEqual([
      { month: '2026-01', burnedWei: 3n, cumulativeBurnedWei: 3n, emittedWei: 10n, netChangeWei: 7n },
      { month: '2026-02', burnedWei: 5n, cumulativeBurnedWei: 8n, emittedWei: 1n, netChangeWei: -4n },
      { month: '2026-03', burnedWei: 0n, cumulativeBurnedWei: 8n, emittedWei: 0n, netChangeWei: 0n },
      { month: '2026-04', burnedWei: 0n, cumulativeBurnedWei: 8n, emittedWei: 7n, netChangeWei: 7n },
    ])
  })
})
