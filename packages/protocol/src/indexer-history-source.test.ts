import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { type Address, bytesToHex, type Hex, parseEther } from 'viem'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  type AccountHistory,
  movementTokens,
  type NetworkDay,
  type NetworkHistory,
  type RewardKind,
  tokenMovementKinds,
} from './history'
import { addDays } from './history-series'
import {
  HistoryUnavailableError,
  historyToJson,
  indexerHistorySource,
  parseAccountHistory,
  parseNetworkHistory,
} from './indexer-history-source'

const account = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' as Address
const hash = `0x${'1f'.repeat(32)}` as Hex
const uint256Max = 2n ** 256n - 1n

const networkDay = (day: string, base: bigint): NetworkDay => ({
  day,
  vvvTotalSupply: parseEther('114886562.77') + base,
  vvvBurnedTotal: parseEther('33877292.52'),
  stakedVvv: parseEther('33941208.99'),
  lockedSvvv: parseEther('8954489.93'),
  vvvInCooldown: 1n,
  diemSupply: parseEther('37713.66'),
  diemStaked: 0n,
  emissionRatePerSecond: 79274479959411466n,
  vvvEmitted: uint256Max,
  vvvBurned: base,
  staked: 2n,
  unstakeStarted: 3n,
  unstakeFinalized: 4n,
})

const networkHistory: NetworkHistory = {
  asOf: { block: 40_000_000n, timestamp: 1_789_776_000 },
  days: [networkDay('2026-09-18', 0n), networkDay('2026-09-19', 5n)],
  emissionRateChanges: [{ timestamp: 1_788_220_800, block: 39_000_000n, ratePerSecond: 79274479959411466n }],
  poolDays: [{ day: '2026-09-19', reserveVvv: parseEther('120000'), reserveDiem: parseEther('100') }],
}

const accountHistory: AccountHistory = {
  asOf: { block: 40_000_000n, timestamp: 1_789_776_000 },
  account,
  days: [
    {
      day: '2026-09-19',
      svvv: parseEther('1000'),
      lockedSvvv: parseEther('400'),
      outstandingDiem: parseEther('0.5'),
      diem: 0n,
      diemStaked: parseEther('0.5'),
      rewards: 1n,
    },
  ],
  rewards: [{ timestamp: 1_789_770_000, block: 39_999_000n, txHash: hash, kind: 'compound', amount: 1n }],
  movements: [
    {
      timestamp: 1_789_770_000,
      block: 39_999_000n,
      txHash: hash,
      logIndex: 3,
      token: 'VVV',
      kind: 'received',
      amount: uint256Max,
      counterparty: `0x${'00'.repeat(19)}02`,
    },
    {
      timestamp: 1_789_770_000,
      block: 39_999_000n,
      txHash: hash,
      logIndex: 4,
      token: 'DIEM',
      kind: 'diem-unstake-started',
      amount: 1n,
      counterparty: null,
    },
  ],
}

/** The wire form of a history, as a plain object to edit in tests. */
const wire = (history: NetworkHistory | AccountHistory) => JSON.parse(historyToJson(history))

describe('historyToJson', () => {
  it('writes every bigint as a decimal string and timestamps as numbers', () => {
    const json = wire(networkHistory)
    expect(json.asOf).toEqual({ block: '40000000', timestamp: 1_789_776_000 })
    expect(json.days[0].vvvEmitted).toBe(uint256Max.toString())
    expect(json.emissionRateChanges[0]).toEqual({
      timestamp: 1_788_220_800,
      block: '39000000',
      ratePerSecond: '79274479959411466',
    })
    expect(wire(accountHistory).rewards[0]).toEqual({
      timestamp: 1_789_770_000,
      block: '39999000',
      txHash: hash,
      kind: 'compound',
      amount: '1',
    })
  })

  it('reads back to the same history', () => {
    expect(parseNetworkHistory(wire(networkHistory))).toEqual({ ok: true, history: networkHistory })
    expect(parseAccountHistory(wire(accountHistory))).toEqual({ ok: true, history: accountHistory })
  })

  it('ignores fields a newer indexer adds', () => {
    const json = wire(networkHistory)
    json.days[0].vvvBridged = '5'
    json.version = 2
    expect(parseNetworkHistory(json)).toEqual({ ok: true, history: networkHistory })
  })

  it('reads back any history to the same history', () => {
    const amount = fc.bigInt({ min: 0n, max: uint256Max })
    const seconds = fc.integer({ min: 0, max: 2 ** 40 })
    const days = fc
      .uniqueArray(fc.integer({ min: 0, max: 20_000 }), { maxLength: 8 })
      .map((offsets) => offsets.sort((a, b) => a - b).map((offset) => addDays('1970-01-01', offset)))
    const asOf = fc.record({ block: amount, timestamp: seconds })
    const history = fc.record({
      asOf,
      account: fc.constant(account),
      days: days.chain((list) =>
        fc.tuple(
          ...list.map((day) =>
            fc.record({
              day: fc.constant(day),
              svvv: amount,
              lockedSvvv: amount,
              outstandingDiem: amount,
              diem: amount,
              diemStaked: amount,
              rewards: amount,
            }),
          ),
        ),
      ),
      rewards: fc.array(
        fc.record({
          timestamp: seconds,
          block: amount,
          txHash: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => bytesToHex(bytes)),
          kind: fc.constantFrom<RewardKind>('claim', 'compound', 'paid-on-change'),
          amount,
        }),
        { maxLength: 5 },
      ),
      movements: fc
        .array(
          fc.record({
            timestamp: seconds,
            block: amount,
            txHash: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => bytesToHex(bytes)),
            logIndex: fc.nat(),
            token: fc.constantFrom(...movementTokens),
            kind: fc.constantFrom(...tokenMovementKinds),
            amount,
            counterparty: fc.option(
              fc.uint8Array({ minLength: 20, maxLength: 20 }).map((bytes) => bytesToHex(bytes)),
              { nil: null },
            ),
          }),
          { maxLength: 6 },
        )
        // The wire keeps chain order (block, then log).
        .map((movements) =>
          movements.sort((a, b) => (a.block === b.block ? a.logIndex - b.logIndex : a.block < b.block ? -1 : 1)),
        ),
    })
    fc.assert(
      fc.property(history, (generated) => {
        const parsed = parseAccountHistory(JSON.parse(historyToJson(generated)))
        expect(parsed).toEqual({ ok: true, history: generated })
      }),
    )
  })
})

describe('parseNetworkHistory and parseAccountHistory', () => {
  const fieldOf = (
    mutate: (json: ReturnType<typeof wire>) => void,
    history: NetworkHistory | AccountHistory = networkHistory,
  ) => {
    const json = wire(history)
    mutate(json)
    const parsed = 'account' in history ? parseAccountHistory(json) : parseNetworkHistory(json)
    return parsed.ok ? 'read' : parsed.field
  }

  it('names the first field it cannot read', () => {
    expect(
      fieldOf((json) => {
        json.days[1].vvvBurned = 5
      }),
    ).toBe('days.1.vvvBurned')
    expect(
      fieldOf((json) => {
        delete json.days[0].stakedVvv
      }),
    ).toBe('days.0.stakedVvv')
    expect(
      fieldOf((json) => {
        json.asOf.timestamp = '1789776000'
      }),
    ).toBe('asOf.timestamp')
    expect(
      fieldOf((json) => {
        json.poolDays[0].day = '2026-02-30'
      }),
    ).toBe('poolDays.0.day')
  })

  it('refuses amounts that are not canonical non-negative decimals', () => {
    for (const bad of ['-1', '01', '1.5', '1e18', ' 1', '', '0x10', (uint256Max + 1n).toString().padStart(79, '9')]) {
      expect(
        fieldOf((json) => {
          json.days[0].staked = bad
        }),
      ).toBe('days.0.staked')
    }
  })

  it('refuses days out of order, which the charts would fill wrongly', () => {
    expect(
      fieldOf((json) => {
        json.days.reverse()
      }),
    ).toBe('days')
  })

  it('checks reward kinds, transaction hashes and the account', () => {
    expect(
      fieldOf((json) => {
        json.rewards[0].kind = 'airdrop'
      }, accountHistory),
    ).toBe('rewards.0.kind')
    expect(
      fieldOf((json) => {
        json.rewards[0].txHash = '0x1234'
      }, accountHistory),
    ).toBe('rewards.0.txHash')
    expect(
      fieldOf((json) => {
        json.account = 'me'
      }, accountHistory),
    ).toBe('account')
  })

  it('checks movements: their token, kind and counterparty, and their chain order', () => {
    expect(
      fieldOf((json) => {
        json.movements[0].token = 'ETH'
      }, accountHistory),
    ).toBe('movements.0.token')
    expect(
      fieldOf((json) => {
        json.movements[1].kind = 'airdrop'
      }, accountHistory),
    ).toBe('movements.1.kind')
    expect(
      fieldOf((json) => {
        json.movements[0].counterparty = 'nobody'
      }, accountHistory),
    ).toBe('movements.0.counterparty')
    expect(
      fieldOf((json) => {
        json.movements[0].amount = '-1'
      }, accountHistory),
    ).toBe('movements.0.amount')
    expect(
      fieldOf((json) => {
        json.movements.reverse()
      }, accountHistory),
    ).toBe('movements')
    // An indexer that does not send them would make every export look empty.
    expect(
      fieldOf((json) => {
        delete json.movements
      }, accountHistory),
    ).toBe('movements')
  })

  it('says "the body" when the body is not even an object', () => {
    expect(parseNetworkHistory(null)).toEqual({ ok: false, field: 'the body' })
    expect(parseNetworkHistory([])).toEqual({ ok: false, field: 'the body' })
  })
})

describe('indexerHistorySource over HTTP', () => {
  type Handler = (request: IncomingMessage, response: ServerResponse) => void
  let handler: Handler
  let requests: { url: string | undefined; accept: string | undefined }[]
  let server: Server
  let baseUrl: string

  const sendJson =
    (body: string, status = 200): Handler =>
    (_request, response) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(body)
    }

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push({ url: request.url, accept: request.headers.accept })
      handler(request, response)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  beforeEach(() => {
    requests = []
    handler = sendJson(historyToJson(networkHistory))
  })

  it('reads the network history', async () => {
    await expect(indexerHistorySource(baseUrl).network()).resolves.toEqual(networkHistory)
    expect(requests).toEqual([{ url: '/history/network', accept: 'application/json' }])
  })

  it('reads an account’s history at its lowercased address, whatever slash ends the base URL', async () => {
    handler = sendJson(historyToJson(accountHistory))
    await expect(indexerHistorySource(`${baseUrl}/`).account(account)).resolves.toEqual(accountHistory)
    expect(requests[0]?.url).toBe(`/history/account/${account.toLowerCase()}`)
  })

  it('refuses the history of another account', async () => {
    handler = sendJson(historyToJson({ ...accountHistory, account: `0x${'00'.repeat(19)}01` }))
    await expect(indexerHistorySource(baseUrl).account(account)).rejects.toThrow(
      `The history indexer at ${baseUrl} sent the history of 0x0000000000000000000000000000000000000001 instead of ${account}.`,
    )
  })

  it('says what status the indexer answered', async () => {
    handler = sendJson('{"error":"overloaded"}', 503)
    const error = await indexerHistorySource(baseUrl)
      .network()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(HistoryUnavailableError)
    expect(error).toMatchObject({
      message: `The history indexer at ${baseUrl} answered 503.`,
      reason: 'status',
      status: 503,
    })
  })

  it('names the field it cannot read, or says the body is not JSON', async () => {
    const json = wire(networkHistory)
    json.days[0].vvvBurned = -1
    handler = sendJson(JSON.stringify(json))
    await expect(indexerHistorySource(baseUrl).network()).rejects.toMatchObject({
      message: `The history indexer at ${baseUrl} sent history Rialto cannot read: days.0.vvvBurned.`,
      reason: 'unreadable',
    })
    handler = sendJson('<html>Bad gateway</html>')
    await expect(indexerHistorySource(baseUrl).network()).rejects.toThrow(
      `The history indexer at ${baseUrl} sent history Rialto cannot read: the body is not JSON.`,
    )
  })

  it('gives up after the timeout, even while the body is still coming', async () => {
    handler = () => {}
    await expect(indexerHistorySource(baseUrl, { timeoutMs: 100 }).network()).rejects.toMatchObject({
      message: `The history indexer at ${baseUrl} did not answer within 0.1 s.`,
      reason: 'unreachable',
    })
    handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"asOf":')
    }
    await expect(indexerHistorySource(baseUrl, { timeoutMs: 100 }).network()).rejects.toMatchObject({
      reason: 'unreachable',
    })
  })

  it('says the indexer did not answer when nothing listens', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((resolve) => closed.close(resolve))
    await expect(indexerHistorySource(closedUrl).network()).rejects.toMatchObject({
      name: 'HistoryUnavailableError',
      message: `The history indexer at ${closedUrl} did not answer.`,
      reason: 'unreachable',
    })
  })
})

describe('indexerHistorySource with an injected fetch', () => {
  it('asks for an uncached copy, and calls fetch as a plain function', async () => {
    const calls: { url: string; init: RequestInit | undefined; self: unknown }[] = []
    const fetch = function (this: unknown, url: string | URL | Request, init?: RequestInit) {
      calls.push({ url: String(url), init, self: this })
      return Promise.resolve(new Response(historyToJson(networkHistory)))
    } as typeof globalThis.fetch
    await expect(indexerHistorySource('https://indexer.example', { fetch }).network()).resolves.toEqual(networkHistory)
    expect(calls[0]?.url).toBe('https://indexer.example/history/network')
    expect(calls[0]?.init?.cache).toBe('no-store')
    expect(calls[0]?.self).toBeUndefined()
  })
})
