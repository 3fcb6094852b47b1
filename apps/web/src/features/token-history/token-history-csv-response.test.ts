import { createServer } from 'node:net'
import { parseCsv } from '@rialto/protocol/csv'
import type { AccountHistory, HistorySource } from '@rialto/protocol/history'
import { indexerHistorySource } from '@rialto/protocol/indexer-history-source'
import { type Address, getAddress, parseEther } from 'viem'
import { describe, expect, it } from 'vitest'
import { tokenHistoryCsvResponse } from './token-history-csv-response'

const account: Address = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266'
const now = new Date('2026-12-02T10:00:00Z')

/** A history source that holds one account's history in memory. */
const holding = (history: AccountHistory): HistorySource => ({
  network: () => Promise.reject(new Error('not asked')),
  account: () => Promise.resolve(history),
})

const history: AccountHistory = {
  asOf: { block: 10n, timestamp: 1_796_000_000 },
  account,
  days: [],
  rewards: [],
  movements: [
    {
      timestamp: 1_796_000_000,
      block: 10n,
      txHash: `0x${'ab'.repeat(32)}`,
      logIndex: 1,
      token: 'VVV',
      kind: 'sent',
      amount: parseEther('1.5'),
      counterparty: null,
    },
  ],
}

/** A port nothing listens on: the indexer there does not answer. */
async function closedPort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

describe('tokenHistoryCsvResponse', () => {
  it('sends the account’s movements as a CSV download named after the account and the day', async () => {
    const response = await tokenHistoryCsvResponse(account, holding(history), now)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv;charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="rialto-history-${getAddress(account)}-2026-12-02.csv"`,
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
    const [, line] = parseCsv(await response.text())
    expect(line?.slice(5, 9)).toEqual(['VVV', 'sent', '1.5', '-1.5'])
  })

  it('answers 400 with a sentence for a missing or bad address, and reads nothing', async () => {
    const untouchable: HistorySource = {
      network: () => Promise.reject(new Error('read')),
      account: () => Promise.reject(new Error('read')),
    }
    for (const [param, text] of [
      [null, 'Say whose token history to export with ?address=0x… in the URL.\n'],
      ['0x123', '"0x123" is not an address: it should be 0x followed by 40 hexadecimal digits.\n'],
      [
        `0x${'g'.repeat(40)}`,
        `"0x${'g'.repeat(40)}" is not an address: it should be 0x followed by 40 hexadecimal digits.\n`,
      ],
      ['x'.repeat(500), 'That is not an address: it should be 0x followed by 40 hexadecimal digits.\n'],
    ] as const) {
      const response = await tokenHistoryCsvResponse(param, untouchable, now)
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toBe('text/plain;charset=utf-8')
      expect(await response.text()).toBe(text)
    }
  })

  it('answers 503 with a sentence without an indexer, or when it does not answer', async () => {
    const none = await tokenHistoryCsvResponse(account, null, now)
    expect(none.status).toBe(503)
    expect(await none.text()).toBe(
      'Token history needs the history indexer, and this server is not set up to read one.\n',
    )
    const gone = await tokenHistoryCsvResponse(
      account,
      indexerHistorySource(`http://127.0.0.1:${await closedPort()}`),
      now,
    )
    expect(gone.status).toBe(503)
    expect(await gone.text()).toBe('The history indexer is unavailable: it could not be reached.\n')
  })
})
