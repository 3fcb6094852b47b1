import type { AccountDay, AccountHistory, NetworkDay } from '@rialto/protocol/history'
import { type DayRange, denseAccountDays, shareOverTime } from '@rialto/protocol/history-series'
import { parseEther } from 'viem'

/** Venice spends nothing of a wallet's DIEM credit until at least 0.1 DIEM is staked (spec §3.5). */
export const spendableDiemMinimum = parseEther('0.1')

export type AccountShareRow = {
  day: string
  stakeShare: number
  diemStakedShare: number
  dailyCreditUsd: number
  diemStakedWei: bigint
  /** Staked DIEM below the 0.1 minimum: the day's credit could not be spent. */
  belowMinimum: boolean
}

/** The account's shares and API credit on each of the network's (dense) days of `range`. */
export function accountShareRows(
  account: AccountHistory,
  networkDays: readonly NetworkDay[],
  range: DayRange,
): AccountShareRow[] {
  const stakedOn = new Map(denseAccountDays(account.days, range).map((day) => [day.day, day.diemStaked]))
  return shareOverTime(account.days, networkDays).map((share) => {
    const diemStakedWei = stakedOn.get(share.day) ?? 0n
    return { ...share, diemStakedWei, belowMinimum: diemStakedWei < spendableDiemMinimum }
  })
}

/** The account's levels as last indexed; `null` before its first day. */
export function latestAccountDay(account: AccountHistory): AccountDay | null {
  return account.days.at(-1) ?? null
}

/** Seconds from `nowSeconds` to the next 00:00 UTC, when Venice resets the day's API credit (spec §3.5). */
export function secondsUntilCreditReset(nowSeconds: number): number {
  const secondsPerDay = 86_400
  return secondsPerDay - (((Math.floor(nowSeconds) % secondsPerDay) + secondsPerDay) % secondsPerDay)
}
