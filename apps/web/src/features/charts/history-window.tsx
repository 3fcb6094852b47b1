import type { NetworkDay } from '@rialto/protocol/history'
import { type DayRange, denseNetworkDays, type HistoryRange } from '@rialto/protocol/history-series'
import { Button } from '@rialto/ui/button'
import type { ChartRangePicker } from '@rialto/ui/chart-frame'
import { useRouter } from 'next/navigation'
import { type ReactNode, useState } from 'react'
import type { HistoryView } from './chart-data'
import { chartDayRange } from './chart-rows'

/**
 * Blocks an indexer may trail the page's read by in normal operation (Ponder follows new blocks within a poll or
 * two); more is worth saying.
 */
const indexerLagTolerated = 10n

const rangeOptions = [
  { value: '30d', label: '30 d' },
  { value: '90d', label: '90 d' },
  { value: '1y', label: '1 y' },
  { value: 'all', label: 'All' },
] as const satisfies readonly { value: HistoryRange; label: string }[]

/** What a time-series card draws from: the dense days of its range, or why there are none. */
export type HistoryWindow = {
  /** Props for the frame: the range picker (only with days to pick from), the as-of line, the empty state. */
  frame: { range?: ChartRangePicker<HistoryRange>; asOf?: ReactNode; empty?: ReactNode }
  dayRange: DayRange | null
  /** One entry per UTC day of `dayRange`; empty when the frame shows its empty state. */
  days: NetworkDay[]
}

/** A card's own range (each card keeps its own) over the network history, and the frame's as-of line and empty state. */
export function useHistoryWindow(history: HistoryView): HistoryWindow {
  const [range, setRange] = useState<HistoryRange>('90d')
  if (history.kind !== 'ready')
    return { frame: { empty: <HistoryMissing history={history} /> }, dayRange: null, days: [] }
  const { network, behindBlocks } = history
  const asOf = (
    <>
      as of block {network.asOf.block.toString()}
      {behindBlocks > indexerLagTolerated ? ` (the indexer is ${behindBlocks.toString()} blocks behind)` : ''}
    </>
  )
  const dayRange = chartDayRange(range, network.days, network.asOf.timestamp)
  if (dayRange === null) {
    return {
      frame: { asOf, empty: 'No history yet: the indexer has not recorded a day on this chain.' },
      dayRange,
      days: [],
    }
  }
  return {
    frame: { asOf, range: { options: rangeOptions, value: range, onChange: setRange } },
    dayRange,
    days: denseNetworkDays(network.days, dayRange),
  }
}

/** Why there is no history, in a sentence, with a retry when the indexer merely failed to answer. */
function HistoryMissing({ history }: { history: Exclude<HistoryView, { kind: 'ready' }> }) {
  const router = useRouter()
  if (history.kind === 'not-configured') {
    return <p>History needs the indexer. This deployment has none, so what is shown is computed from the chain now.</p>
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <p>The history indexer did not answer ({history.message}).</p>
      {/* The server reads history again on refresh; nothing here fetches it. */}
      <Button variant="secondary" size="sm" onClick={() => router.refresh()}>
        Retry
      </Button>
    </div>
  )
}
