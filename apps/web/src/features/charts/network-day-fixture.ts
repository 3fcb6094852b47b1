import type { NetworkDay } from '@rialto/protocol/history'
import { networkDayShape } from '@rialto/protocol/history-series'

/** A network day for tests: nothing happened, except what `fields` says. */
export function networkDay(day: string, fields: Partial<Omit<NetworkDay, 'day'>> = {}): NetworkDay {
  return { ...networkDayShape.zero, ...fields, day }
}
