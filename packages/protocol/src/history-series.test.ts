import fc from 'fast-check'
import { parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { emissionRatePerSecond, emissionSchedule, utcDateToUnix } from './emission-schedule'
import type { AccountDay, EmissionRateChange, NetworkDay } from './history'
import {
  accountDayShape,
  addDays,
  annotateWithSchedule,
  cumulative,
  denseAccountDays,
  denseDays,
  denseNetworkDays,
  densePoolDays,
  emissionSteps,
  historyRanges,
  isUtcDay,
  monthlyTotals,
  netSupplyChange,
  networkDayShape,
  projectedEmissions,
  rangeStart,
  shareOverTime,
  unstakePipeline,
  utcDay,
} from './history-series'

const vvv = (amount: string | number) => parseEther(String(amount))

const networkDay = (day: string, fields: Partial<NetworkDay> = {}): NetworkDay => ({
  ...networkDayShape.zero,
  day,
  ...fields,
})
const accountDay = (day: string, fields: Partial<AccountDay> = {}): AccountDay => ({
  ...accountDayShape.zero,
  day,
  ...fields,
})

describe('utcDay and addDays', () => {
  it('reads the UTC calendar day of a timestamp', () => {
    expect(utcDay(utcDateToUnix('2026-03-01'))).toBe('2026-03-01')
    expect(utcDay(utcDateToUnix('2026-03-01') - 1)).toBe('2026-02-28')
    expect(utcDay(utcDateToUnix('2026-03-01') + 86_399)).toBe('2026-03-01')
  })

  it('moves across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('tells real YYYY-MM-DD days from the rest', () => {
    expect(isUtcDay('2028-02-29')).toBe(true)
    for (const text of ['2026-02-29', '2026-13-01', '26-01-01', '2026-01-01 ']) expect(isUtcDay(text)).toBe(false)
  })

  it('refuses days that are not real YYYY-MM-DD dates', () => {
    for (const day of ['2026-02-30', '2026-2-01', '2026-02-01T00:00:00Z', '', 'yesterday']) {
      expect(() => addDays(day, 1)).toThrow(RangeError)
    }
  })
})

describe('denseNetworkDays', () => {
  const history = [
    networkDay('2026-02-27', { stakedVvv: vvv(100), staked: vvv(100), emissionRatePerSecond: 7n }),
    networkDay('2026-03-02', { stakedVvv: vvv(150), staked: vvv(50), vvvEmitted: vvv(3), emissionRatePerSecond: 7n }),
    networkDay('2026-03-05', { stakedVvv: vvv(120), unstakeStarted: vvv(30), vvvInCooldown: vvv(30) }),
    networkDay('2026-03-09', { stakedVvv: vvv(999) }),
  ]
  const dense = denseNetworkDays(history, { from: '2026-03-01', to: '2026-03-06' })

  it('has one entry per day, both ends included', () => {
    expect(dense.map((day) => day.day)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
    ])
  })

  it('starts at the level of the last day before the range, without its flows', () => {
    expect(dense[0]).toEqual(networkDay('2026-03-01', { stakedVvv: vvv(100), emissionRatePerSecond: 7n }))
  })

  it('returns the days present as they are', () => {
    expect(dense[1]).toBe(history[1])
    expect(dense[4]).toBe(history[2])
  })

  it('carries levels forward and zeroes flows on absent days', () => {
    expect(dense[2]).toEqual(networkDay('2026-03-03', { stakedVvv: vvv(150), emissionRatePerSecond: 7n }))
    expect(dense[5]).toEqual(networkDay('2026-03-06', { stakedVvv: vvv(120), vvvInCooldown: vvv(30) }))
  })

  it('is all zero before the first day there is history for', () => {
    const early = denseNetworkDays(history, { from: '2026-02-25', to: '2026-02-27' })
    expect(early[0]).toEqual(networkDay('2026-02-25'))
    expect(early[2]).toBe(history[0])
    expect(denseNetworkDays([], { from: '2026-01-01', to: '2026-01-02' })).toEqual([
      networkDay('2026-01-01'),
      networkDay('2026-01-02'),
    ])
  })

  it('is empty for a range that ends before it starts, and refuses unsorted history', () => {
    expect(denseNetworkDays(history, { from: '2026-03-02', to: '2026-03-01' })).toEqual([])
    expect(() =>
      denseNetworkDays([history[1], history[0]] as NetworkDay[], { from: '2026-03-01', to: '2026-03-02' }),
    ).toThrow(RangeError)
  })

  it('keeps every flow of the range, whatever the gaps', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (offsets, fromOffset, length) => {
          const days = offsets
            .sort((a, b) => a - b)
            .map((offset) => networkDay(addDays('2026-01-01', offset), { vvvBurned: BigInt(offset + 1) }))
          const from = addDays('2026-01-01', fromOffset)
          const to = addDays(from, length)
          const dense = denseNetworkDays(days, { from, to })
          expect(dense).toHaveLength(length + 1)
          const inRange = days.filter((day) => day.day >= from && day.day <= to)
          const sum = (list: NetworkDay[]) => list.reduce((total, day) => total + day.vvvBurned, 0n)
          expect(sum(dense)).toBe(sum(inRange))
        },
      ),
    )
  })
})

describe('denseAccountDays and densePoolDays', () => {
  it('carry an account level forward and zero its rewards', () => {
    const days = [accountDay('2026-03-01', { svvv: vvv(10), rewards: vvv(1) })]
    expect(denseAccountDays(days, { from: '2026-03-01', to: '2026-03-02' })).toEqual([
      days[0],
      accountDay('2026-03-02', { svvv: vvv(10) }),
    ])
  })

  it('carry pool reserves forward', () => {
    const days = [{ day: '2026-03-01', reserveVvv: vvv(500), reserveDiem: vvv(1) }]
    expect(densePoolDays(days, { from: '2026-02-28', to: '2026-03-02' })).toEqual([
      { day: '2026-02-28', reserveVvv: 0n, reserveDiem: 0n },
      days[0],
      { day: '2026-03-02', reserveVvv: vvv(500), reserveDiem: vvv(1) },
    ])
  })

  it('work for any day shape', () => {
    type Custom = { day: string; level: bigint; flow: bigint; label: string }
    const shape = { flows: ['flow'] as const, zero: { level: 0n, flow: 0n, label: 'none' } }
    const days: Custom[] = [{ day: '2026-01-01', level: 5n, flow: 2n, label: 'x' }]
    expect(denseDays(days, { from: '2026-01-02', to: '2026-01-02' }, shape)).toEqual([
      { day: '2026-01-02', level: 5n, flow: 0n, label: 'x' },
    ])
  })
})

describe('rangeStart', () => {
  it('counts the last day in', () => {
    expect(rangeStart('30d', '2026-03-31', '2025-01-27')).toBe('2026-03-02')
    expect(rangeStart('90d', '2026-03-31', '2025-01-27')).toBe('2026-01-01')
    expect(rangeStart('1y', '2026-03-31', '2025-01-27')).toBe('2025-04-01')
    expect(rangeStart('all', '2026-03-31', '2025-01-27')).toBe('2025-01-27')
  })

  it('never starts before the history does', () => {
    for (const range of historyRanges) expect(rangeStart(range, '2026-03-31', '2026-03-20')).toBe('2026-03-20')
  })
})

describe('cumulative', () => {
  it('adds up as it goes', () => {
    expect(cumulative([1n, 2n, -5n, 10n ** 30n])).toEqual([1n, 3n, -2n, 10n ** 30n - 2n])
    expect(cumulative([])).toEqual([])
  })
})

describe('monthlyTotals', () => {
  it('adds a flow up per month and lists the months without activity as 0', () => {
    const days = [
      networkDay('2025-11-30', { vvvBurned: vvv('0.000000000000000001') }),
      networkDay('2025-12-01', { vvvBurned: vvv(2) }),
      networkDay('2025-12-31', { vvvBurned: vvv(3) }),
      networkDay('2026-02-01', { vvvBurned: vvv(4) }),
    ]
    expect(monthlyTotals(days, 'vvvBurned')).toEqual([
      { month: '2025-11', total: 1n },
      { month: '2025-12', total: vvv(5) },
      { month: '2026-01', total: 0n },
      { month: '2026-02', total: vvv(4) },
    ])
    expect(monthlyTotals([accountDay('2026-01-05', { rewards: 7n })], 'rewards')).toEqual([
      { month: '2026-01', total: 7n },
    ])
    expect(monthlyTotals<NetworkDay>([], 'vvvBurned')).toEqual([])
  })
})

describe('netSupplyChange', () => {
  it('is emitted minus burned, negative when burns win', () => {
    expect(netSupplyChange({ vvvEmitted: vvv(10), vvvBurned: vvv(3) })).toBe(vvv(7))
    expect(netSupplyChange({ vvvEmitted: vvv(1), vvvBurned: vvv(4) })).toBe(-vvv(3))
  })
})

describe('emissionSteps', () => {
  const at = (day: string) => utcDateToUnix(day)
  const change = (day: string, vvvPerYear: number, block: bigint): EmissionRateChange => ({
    timestamp: at(day),
    block,
    ratePerSecond: emissionRatePerSecond(vvvPerYear),
  })
  const changes = [
    change('2026-07-01', 3_000_000, 300n),
    change('2026-06-01', 4_000_000, 200n),
    change('2026-06-15', 4_000_000, 250n),
    change('2026-09-01', 2_500_000, 400n),
  ]

  it('steps from one change to the next, in chain order, merging changes to the same rate', () => {
    expect(emissionSteps(changes, at('2026-09-19'))).toEqual([
      {
        start: at('2026-06-01'),
        end: at('2026-07-01'),
        ratePerSecond: emissionRatePerSecond(4_000_000),
        vvvPerYear: 4e6,
      },
      {
        start: at('2026-07-01'),
        end: at('2026-09-01'),
        ratePerSecond: emissionRatePerSecond(3_000_000),
        vvvPerYear: 3e6,
      },
      {
        start: at('2026-09-01'),
        end: at('2026-09-19'),
        ratePerSecond: 79274479959411466n,
        vvvPerYear: 2_500_000,
      },
    ])
  })

  it('leaves out changes from `untilTimestamp` on', () => {
    expect(emissionSteps(changes, at('2026-07-01')).map((step) => step.end)).toEqual([at('2026-07-01')])
    expect(emissionSteps([], at('2026-07-01'))).toEqual([])
  })

  it('matches each step to the researched schedule, or says the research lacks it', () => {
    const steps = emissionSteps([...changes, change('2026-09-10', 2_400_000, 410n)], at('2026-09-19'))
    expect(annotateWithSchedule(steps).map((step) => step.researched)).toEqual([
      { effective: '2026-06-01', confidence: 'single-source' },
      { effective: '2026-07-01', confidence: 'verified' },
      { effective: '2026-09-01', confidence: 'verified' },
      null,
    ])
  })

  it('allows 0.5% between chain and research, no more', () => {
    const step = (vvvPerYear: number) => ({ start: at('2026-09-01'), vvvPerYear })
    const [near, far] = annotateWithSchedule([step(2_512_000), step(2_513_000)], emissionSchedule)
    expect(near?.researched?.effective).toBe('2026-09-01')
    expect(far?.researched).toBeNull()
  })

  it('takes the entry nearest in time when the research has a rate twice', () => {
    const schedule = [
      { effective: '2025-01-01', vvvPerYear: 5_000_000, confidence: 'verified' as const },
      { effective: '2026-05-01', vvvPerYear: 5_000_000, confidence: 'single-source' as const },
    ]
    const [step] = annotateWithSchedule([{ start: at('2026-05-03'), vvvPerYear: 5e6 }], schedule)
    expect(step?.researched).toEqual({ effective: '2026-05-01', confidence: 'single-source' })
  })
})

describe('projectedEmissions', () => {
  it('adds a day of emissions at today’s rate for each day ahead, exactly', () => {
    const rate = 79274479959411466n
    const from = at('2026-09-19')
    const projection = projectedEmissions(rate, from, 365)
    expect(projection).toHaveLength(366)
    expect(projection[0]).toEqual({ timestamp: from, day: '2026-09-19', cumulativeVvv: 0n })
    expect(projection[1]).toEqual({ timestamp: from + 86_400, day: '2026-09-20', cumulativeVvv: rate * 86_400n })
    expect(projection[365]?.cumulativeVvv).toBe(rate * 31_536_000n)
    expect(projectedEmissions(rate, from, 0)).toHaveLength(1)
    expect(() => projectedEmissions(rate, from, -1)).toThrow(RangeError)
  })

  function at(day: string) {
    return utcDateToUnix(day)
  }
})

describe('unstakePipeline', () => {
  it('keeps the staking flows and the cooldown level of each day', () => {
    const day = networkDay('2026-03-01', {
      staked: 1n,
      unstakeStarted: 2n,
      unstakeFinalized: 3n,
      vvvInCooldown: 4n,
      stakedVvv: 99n,
    })
    expect(unstakePipeline([day])).toEqual([
      { day: '2026-03-01', staked: 1n, unstakeStarted: 2n, unstakeFinalized: 3n, vvvInCooldown: 4n },
    ])
  })
})

describe('shareOverTime', () => {
  const network = [
    networkDay('2026-03-01', { stakedVvv: vvv(1_000), diemStaked: vvv(40) }),
    networkDay('2026-03-02', { stakedVvv: vvv(2_000), diemStaked: vvv(40) }),
    networkDay('2026-03-03', { stakedVvv: vvv(2_000), diemStaked: 0n }),
    networkDay('2026-03-04', { stakedVvv: vvv(4_000), diemStaked: vvv(50) }),
  ]

  it('gives the account’s shares and daily credit per network day, carrying its levels forward', () => {
    const account = [
      accountDay('2026-02-20', { svvv: vvv(100), diemStaked: vvv('10.129') }),
      accountDay('2026-03-02', { svvv: vvv(500), diemStaked: 0n }),
      accountDay('2026-03-04', { svvv: vvv(1_000), diemStaked: vvv(25) }),
    ]
    expect(shareOverTime(account, network)).toEqual([
      { day: '2026-03-01', stakeShare: 0.1, diemStakedShare: 0.253225, dailyCreditUsd: 10.12 },
      { day: '2026-03-02', stakeShare: 0.25, diemStakedShare: 0, dailyCreditUsd: 0 },
      { day: '2026-03-03', stakeShare: 0.25, diemStakedShare: 0, dailyCreditUsd: 0 },
      { day: '2026-03-04', stakeShare: 0.25, diemStakedShare: 0.5, dailyCreditUsd: 25 },
    ])
  })

  it('is zero before the account’s first day', () => {
    const [first] = shareOverTime([accountDay('2026-03-04', { svvv: vvv(1) })], network)
    expect(first).toEqual({ day: '2026-03-01', stakeShare: 0, diemStakedShare: 0, dailyCreditUsd: 0 })
  })
})
