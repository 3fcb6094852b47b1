import type { VeniceClient } from './client'
import { UnexpectedResponseError } from './errors'
import { isRecord, readNumber, readRecord, readString } from './json-fields'
import { requestJson } from './request'

/** What the account pays with; `VCU` is the legacy unit, `BUNDLED_CREDITS` a plan's included credit. */
export type ConsumptionCurrency = 'DIEM' | 'USD' | 'BUNDLED_CREDITS' | 'VCU'

const currencies: readonly ConsumptionCurrency[] = ['DIEM', 'USD', 'BUNDLED_CREDITS', 'VCU']

export type VeniceBalance = {
  canConsume: boolean
  consumptionCurrency: ConsumptionCurrency | null
  /** DIEM left this epoch; `null` when the account stakes no DIEM. */
  diem: number | null
  usd: number
  /** The DIEM staked, which is the allocation each epoch starts with. */
  diemEpochAllocation: number
}

/** `GET /billing/balance`. Venice only: other OpenAI-compatible servers answer 404 (`EndpointNotFoundError`). */
export async function getBalance(client: VeniceClient, options: { signal?: AbortSignal } = {}): Promise<VeniceBalance> {
  const body = await requestJson(client, '/billing/balance', { signal: options.signal })
  const balances = isRecord(body) ? readRecord(body, 'balances') : undefined
  if (!isRecord(body) || balances === undefined) {
    throw new UnexpectedResponseError({ details: 'The balance has no "balances" object.' })
  }
  const currency = currencies.find((known) => known === readString(body, 'consumptionCurrency'))
  return {
    canConsume: body.canConsume === true,
    consumptionCurrency: currency ?? null,
    diem: readNumber(balances, 'diem') ?? null,
    usd: readNumber(balances, 'usd') ?? 0,
    diemEpochAllocation: readNumber(body, 'diemEpochAllocation') ?? 0,
  }
}
