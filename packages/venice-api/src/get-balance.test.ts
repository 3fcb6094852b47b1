import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createVeniceClient } from './client'
import { InsufficientBalanceError, InvalidApiKeyError, UnexpectedResponseError } from './errors'
import { getBalance } from './get-balance'
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from './testing/openai-compatible-server'

let server: OpenAiCompatibleServer

beforeAll(async () => {
  server = await startOpenAiCompatibleServer({ apiKey: 'good-key', balance: { diem: 7.25, usd: 1.5 } })
})
afterAll(() => server.close())

describe('getBalance', () => {
  it('reads the balances and the currency in use', async () => {
    const balance = await getBalance(createVeniceClient({ baseUrl: server.url, apiKey: 'good-key' }))
    expect(balance).toEqual({
      canConsume: true,
      consumptionCurrency: 'DIEM',
      diem: 7.25,
      usd: 1.5,
      diemEpochAllocation: 100,
    })
  })

  it('keeps a null DIEM balance (the account stakes none) and an unknown currency as null', async () => {
    const body = { canConsume: false, consumptionCurrency: 'SHELLS', balances: { diem: null, usd: '0' } }
    const client = createVeniceClient({ fetch: async () => Response.json(body) })
    expect(await getBalance(client)).toEqual({
      canConsume: false,
      consumptionCurrency: null,
      diem: null,
      usd: 0,
      diemEpochAllocation: 0,
    })
  })

  it('fails with the matching error', async () => {
    const client = (apiKey: string) => createVeniceClient({ baseUrl: server.url, apiKey })
    await expect(getBalance(client('wrong'))).rejects.toBeInstanceOf(InvalidApiKeyError)
    await expect(getBalance(client('fail-402'))).rejects.toBeInstanceOf(InsufficientBalanceError)
    const notBalance = createVeniceClient({ fetch: async () => Response.json({ data: [] }) })
    await expect(getBalance(notBalance)).rejects.toBeInstanceOf(UnexpectedResponseError)
  })
})
