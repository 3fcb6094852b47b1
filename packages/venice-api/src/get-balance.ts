import * as v from 'valibot'
import type { VeniceClient } from './client'
import { UnexpectedResponseError } from './errors'
import { requestJson } from './request'
import { jsonObject, numericValue } from './response-schemas'

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

/** Only the `balances` object is required; an unknown currency or a missing amount reads as none. */
const balanceSchema = v.pipe(
  jsonObject({
    canConsume: v.fallback(v.boolean(), false),
    consumptionCurrency: v.fallback(v.nullable(v.picklist(currencies)), null),
    balances: jsonObject({
      diem: v.fallback(v.nullable(numericValue), null),
      usd: v.fallback(numericValue, 0),
    }),
    diemEpochAllocation: v.fallback(numericValue, 0),
  }),
  v.transform(
    ({ canConsume, consumptionCurrency, balances, diemEpochAllocation }): VeniceBalance => ({
      canConsume,
      consumptionCurrency,
      diem: balances.diem,
      usd: balances.usd,
      diemEpochAllocation,
    }),
  ),
)

/** `GET /billing/balance`. Venice only: other OpenAI-compatible servers answer 404 (`EndpointNotFoundError`). */
export async function getBalance(client: VeniceClient, options: { signal?: AbortSignal } = {}): Promise<VeniceBalance> {
  const body = await requestJson(client, '/billing/balance', { signal: options.signal })
  const balance = v.safeParse(balanceSchema, body)
  if (!balance.success) throw new UnexpectedResponseError({ details: 'The balance has no "balances" object.' })
  return balance.output
}
