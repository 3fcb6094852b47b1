import { formatUnits } from 'viem'
import { type EmissionStep, emissionSchedule, utcDateToUnix, yearlyEmission } from './emission-schedule'
import type { AccountDay, EmissionRateChange, NetworkDay, PoolDay } from './history'
import { dailyApiCreditUsdForDiem } from './position'
import { ratio } from './ratio'

/**
 * Builders that turn history (sparse: only days with activity) into the dense series the charts draw.
 * All pure; amounts stay bigint wei, and only chart y-values and shares become numbers.
 */

const secondsPerDay = 86_400
const millisecondsPerDay = secondsPerDay * 1000
const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/

/** Whether `text` is a real UTC day written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isUtcDay(text: string): boolean {
  if (!isoDayPattern.test(text)) return false
  const millis = Date.parse(`${text}T00:00:00Z`)
  // Some engines parse 2026-02-30 as March 2; the round trip does not.
  return !Number.isNaN(millis) && new Date(millis).toISOString().slice(0, 10) === text
}

/** Days since 1970-01-01 of an ISO day, refusing anything that is not a real 'YYYY-MM-DD' day. */
function dayNumber(day: string): number {
  if (!isUtcDay(day)) throw new RangeError(`"${day}" is not a 'YYYY-MM-DD' day.`)
  return Date.parse(`${day}T00:00:00Z`) / millisecondsPerDay
}

function dayFromNumber(days: number): string {
  return new Date(days * millisecondsPerDay).toISOString().slice(0, 10)
}

/** The UTC day ('YYYY-MM-DD') a Unix timestamp (seconds) falls in. */
export function utcDay(timestampSeconds: number): string {
  return dayFromNumber(Math.floor(timestampSeconds / secondsPerDay))
}

/** `day` moved by `count` days (negative goes back). */
export function addDays(day: string, count: number): string {
  return dayFromNumber(dayNumber(day) + count)
}

/** The keys of `D` whose values are bigint amounts. */
export type AmountKey<D> = { [K in keyof D]: D[K] extends bigint ? K : never }[keyof D]

/** How to fill the days a history leaves out. */
export type DayShape<D extends { day: string }> = {
  /** What moved during a day: 0n on a day that is absent. Every other field is a level, carried forward. */
  flows: readonly AmountKey<D>[]
  /** The levels before the first day present: nothing had happened yet. */
  zero: Omit<D, 'day'>
}

export const networkDayShape: DayShape<NetworkDay> = {
  flows: ['vvvEmitted', 'vvvBurned', 'staked', 'unstakeStarted', 'unstakeFinalized'],
  zero: {
    vvvTotalSupply: 0n,
    vvvBurnedTotal: 0n,
    stakedVvv: 0n,
    lockedSvvv: 0n,
    vvvInCooldown: 0n,
    diemSupply: 0n,
    diemStaked: 0n,
    emissionRatePerSecond: 0n,
    vvvEmitted: 0n,
    vvvBurned: 0n,
    staked: 0n,
    unstakeStarted: 0n,
    unstakeFinalized: 0n,
  },
}

export const accountDayShape: DayShape<AccountDay> = {
  flows: ['rewards'],
  zero: { svvv: 0n, lockedSvvv: 0n, outstandingDiem: 0n, diem: 0n, diemStaked: 0n, rewards: 0n },
}

/** Reserves are levels only; before the pool's first day they are 0n (no price). */
export const poolDayShape: DayShape<PoolDay> = { flows: [], zero: { reserveVvv: 0n, reserveDiem: 0n } }

/** UTC days, both ends included. */
export type DayRange = { from: string; to: string }

/**
 * One entry per UTC day of `range` from `days` (sorted by day, only days with activity). A day present is
 * returned as it is; an absent day carries the levels of the last day before it (a day before `range.from`
 * counts, so the range starts at the right level) and 0n flows. Empty when `from` is after `to`.
 */
export function denseDays<D extends { day: string }>(
  days: readonly D[],
  { from, to }: DayRange,
  shape: DayShape<D>,
): D[] {
  const first = dayNumber(from)
  const last = dayNumber(to)
  for (let index = 1; index < days.length; index++) {
    if ((days[index]?.day ?? '') <= (days[index - 1]?.day ?? '')) {
      throw new RangeError(
        `History days must be sorted and unique; ${days[index]?.day} follows ${days[index - 1]?.day}.`,
      )
    }
  }
  const dense: D[] = []
  let level: Omit<D, 'day'> = shape.zero
  let next = 0
  for (let number = first; number <= last; number++) {
    const day = dayFromNumber(number)
    // ISO days sort as strings.
    while (next < days.length && (days[next] as D).day < day) level = days[next++] as D
    const present = days[next]
    if (present?.day === day) {
      dense.push(present)
      level = present
      next++
      continue
    }
    const carried = { ...level, day } as D
    for (const flow of shape.flows) (carried[flow] as bigint) = 0n
    dense.push(carried)
  }
  return dense
}

export function denseNetworkDays(days: readonly NetworkDay[], range: DayRange): NetworkDay[] {
  return denseDays(days, range, networkDayShape)
}

export function denseAccountDays(days: readonly AccountDay[], range: DayRange): AccountDay[] {
  return denseDays(days, range, accountDayShape)
}

export function densePoolDays(days: readonly PoolDay[], range: DayRange): PoolDay[] {
  return denseDays(days, range, poolDayShape)
}

export const historyRanges = ['30d', '90d', '1y', 'all'] as const
export type HistoryRange = (typeof historyRanges)[number]

const rangeLengthInDays: Record<Exclude<HistoryRange, 'all'>, number> = { '30d': 30, '90d': 90, '1y': 365 }

/**
 * The first day a chart of `range` shows when it ends at `lastDay` ("30d" is 30 days, `lastDay` included).
 * Never before `firstDay`, the first day there is history for: days before it would only draw zeros.
 */
export function rangeStart(range: HistoryRange, lastDay: string, firstDay: string): string {
  if (range === 'all') return firstDay
  const start = addDays(lastDay, 1 - rangeLengthInDays[range])
  return start < firstDay ? firstDay : start
}

/** Running totals: `[1n, 2n, 3n]` → `[1n, 3n, 6n]`. */
export function cumulative(values: readonly bigint[]): bigint[] {
  let total = 0n
  return values.map((value) => {
    total += value
    return total
  })
}

export type MonthTotal = { month: string; total: bigint }

/**
 * A flow (`key`) added up per UTC month ('YYYY-MM'), e.g. VVV burned per month. Every month from the first day's
 * to the last day's is listed, 0n where no day is present, so that bars line up with the calendar.
 */
export function monthlyTotals<D extends { day: string }>(days: readonly D[], key: AmountKey<D>): MonthTotal[] {
  const totals = new Map<number, bigint>()
  for (const day of days) {
    const month = monthIndex(day.day)
    totals.set(month, (totals.get(month) ?? 0n) + (day[key] as bigint))
  }
  if (totals.size === 0) return []
  const first = Math.min(...totals.keys())
  const last = Math.max(...totals.keys())
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const month = first + offset
    const label = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`
    return { month: label, total: totals.get(month) ?? 0n }
  })
}

/** Months since year 0 of an ISO day: consecutive months are consecutive numbers. */
function monthIndex(day: string): number {
  dayNumber(day)
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1
}

/** VVV added to the circulating supply during the day: emitted minus burned (negative when burns win). */
export function netSupplyChange(day: Pick<NetworkDay, 'vvvEmitted' | 'vvvBurned'>): bigint {
  return day.vvvEmitted - day.vvvBurned
}

/** One stretch of time at one on-chain emission rate. */
export type EmissionRateStep = {
  /** Unix seconds the rate took effect. */
  start: number
  /** Unix seconds the next rate took effect, or the end of the chart. */
  end: number
  ratePerSecond: bigint
  /** For the chart's y-axis only: the exact figure is `ratePerSecond`. */
  vvvPerYear: number
}

/**
 * The on-chain emission rate as steps, from the first recorded change to `untilTimestamp`. Before the first change
 * the rate is unknown, so no step is drawn. A change that sets the rate it already had does not start a new step.
 */
export function emissionSteps(changes: readonly EmissionRateChange[], untilTimestamp: number): EmissionRateStep[] {
  const ordered = [...changes]
    .filter((change) => change.timestamp < untilTimestamp)
    .sort((a, b) => a.timestamp - b.timestamp || (a.block < b.block ? -1 : a.block > b.block ? 1 : 0))
  const steps: EmissionRateStep[] = []
  for (const change of ordered) {
    const previous = steps.at(-1)
    if (previous?.ratePerSecond === change.ratePerSecond) continue
    if (previous) previous.end = change.timestamp
    steps.push({
      start: change.timestamp,
      end: untilTimestamp,
      ratePerSecond: change.ratePerSecond,
      vvvPerYear: Number(formatUnits(yearlyEmission(change.ratePerSecond), 18)),
    })
  }
  return steps
}

export type ResearchedStep = Pick<EmissionStep, 'effective' | 'confidence'>

/** How far apart an on-chain and a researched yearly figure may be and still be the same step. */
const sameRateTolerance = 0.005

/**
 * Each on-chain step with the researched schedule entry at the same VVV/yr (within 0.5%, the nearest in time when
 * several match): its announced `effective` date and our `confidence`. `null` when the chain shows a rate the
 * research does not have, which is worth showing as such.
 */
export function annotateWithSchedule<S extends { start: number; vvvPerYear: number }>(
  steps: readonly S[],
  schedule: readonly EmissionStep[] = emissionSchedule,
): (S & { researched: ResearchedStep | null })[] {
  return steps.map((step) => {
    let researched: ResearchedStep | null = null
    let nearest = Number.POSITIVE_INFINITY
    for (const entry of schedule) {
      if (Math.abs(step.vvvPerYear - entry.vvvPerYear) > sameRateTolerance * entry.vvvPerYear) continue
      const distance = Math.abs(utcDateToUnix(entry.effective) - step.start)
      if (distance < nearest) {
        nearest = distance
        researched = { effective: entry.effective, confidence: entry.confidence }
      }
    }
    return { ...step, researched }
  })
}

export type ProjectedEmission = { timestamp: number; day: string; cumulativeVvv: bigint }

/**
 * VVV that `days` more days at today's rate would emit, one point a day from `fromTimestamp` (0n there, so the
 * projection joins the last real point). A projection, not a forecast: announced cuts are not applied.
 */
export function projectedEmissions(
  currentRatePerSecond: bigint,
  fromTimestamp: number,
  days: number,
): ProjectedEmission[] {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Cannot project ${days} days.`)
  const perDay = currentRatePerSecond * BigInt(secondsPerDay)
  return Array.from({ length: days + 1 }, (_, count) => {
    const timestamp = fromTimestamp + count * secondsPerDay
    return { timestamp, day: utcDay(timestamp), cumulativeVvv: perDay * BigInt(count) }
  })
}

export type UnstakePipelineDay = Pick<
  NetworkDay,
  'day' | 'staked' | 'unstakeStarted' | 'unstakeFinalized' | 'vvvInCooldown'
>

/** What entered staking, started unstaking and left each day, and what sat in the 7-day cooldown. */
export function unstakePipeline(days: readonly NetworkDay[]): UnstakePipelineDay[] {
  return days.map(({ day, staked, unstakeStarted, unstakeFinalized, vvvInCooldown }) => ({
    day,
    staked,
    unstakeStarted,
    unstakeFinalized,
    vvvInCooldown,
  }))
}

export type ShareDay = {
  day: string
  /** The account's share of all sVVV, 0–1. */
  stakeShare: number
  /** The account's share of all staked DIEM, 0–1. */
  diemStakedShare: number
  /** The API credit the account's staked DIEM bought that day, in USD. */
  dailyCreditUsd: number
}

/**
 * The account's shares over the network's days (one entry per network day). The account's levels are carried
 * forward to days it has no entry for, and are 0 before its first day.
 */
export function shareOverTime(accountDays: readonly AccountDay[], networkDays: readonly NetworkDay[]): ShareDay[] {
  let account: Omit<AccountDay, 'day'> = accountDayShape.zero
  let next = 0
  return networkDays.map((network) => {
    while (next < accountDays.length && (accountDays[next] as AccountDay).day <= network.day) {
      account = accountDays[next++] as AccountDay
    }
    return {
      day: network.day,
      stakeShare: ratio(account.svvv, network.stakedVvv),
      diemStakedShare: ratio(account.diemStaked, network.diemStaked),
      dailyCreditUsd: dailyApiCreditUsdForDiem(account.diemStaked),
    }
  })
}
