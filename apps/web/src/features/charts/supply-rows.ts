import type { NetworkDay } from '@rialto/protocol/history'
import { cumulative, monthlyTotals } from '@rialto/protocol/history-series'

/** One UTC month of VVV supply change, in wei. */
export type MonthSupplyRow = {
  month: string
  burnedWei: bigint
  /** Burned from the first month shown to this one, included. */
  cumulativeBurnedWei: bigint
  emittedWei: bigint
  /** Emitted minus burned: negative when burns outweigh emissions. */
  netChangeWei: bigint
}

/** The months of `days` (dense): VVV sent to 0x0, its running total, VVV emitted, and the net change. */
export function monthlySupplyRows(days: readonly NetworkDay[]): MonthSupplyRow[] {
  const burned = monthlyTotals(days, 'vvvBurned')
  const emitted = monthlyTotals(days, 'vvvEmitted')
  const burnedSoFar = cumulative(burned.map((month) => month.total))
  // Both come from the same days, so they list the same months in the same order.
  return burned.map((month, index) => {
    const emittedWei = emitted[index]?.total ?? 0n
    return {
      month: month.month,
      burnedWei: month.total,
      cumulativeBurnedWei: burnedSoFar[index] ?? 0n,
      emittedWei,
      netChangeWei: emittedWei - month.total,
    }
  })
}
