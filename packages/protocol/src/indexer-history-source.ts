import * as v from 'valibot'
import { type Address, type Hex, isAddress } from 'viem'
import type {
  AccountDay,
  AccountHistory,
  EmissionRateChange,
  HistorySource,
  IndexedAt,
  NetworkDay,
  NetworkHistory,
  PoolDay,
  RewardEvent,
  TokenMovement,
} from './history'
import { movementTokens, tokenMovementKinds } from './history'
import { isUtcDay } from './history-series'

/**
 * The indexer's wire format and the `HistorySource` that reads it over HTTP. The JSON has the shape of the history
 * types with every bigint written as a decimal string (JSON numbers lose wei past 2^53); timestamps are numbers of
 * seconds. `historyToJson` writes it and the schemas below read it: the format lives here and nowhere else.
 */

/** A uint256 as the indexer writes it: decimal digits, no sign, no leading zeros, at most 78 digits. */
const wei = v.pipe(
  v.string(),
  v.maxLength(78),
  v.regex(/^(0|[1-9]\d*)$/),
  v.transform((digits) => BigInt(digits)),
)
const timestamp = v.pipe(v.number(), v.safeInteger(), v.minValue(0))
const day = v.pipe(v.string(), v.check(isUtcDay))
const txHash = v.pipe(
  v.string(),
  v.regex(/^0x[0-9a-fA-F]{64}$/),
  v.transform((hash) => hash as Hex),
)
const address = v.pipe(
  v.string(),
  v.check((text) => isAddress(text, { strict: false })),
  v.transform((text) => text as Address),
)

/** `v.object` for JSON: `v.object` alone lets an array through. */
function jsonObject<const Entries extends v.ObjectEntries>(entries: Entries) {
  return v.pipe(
    v.custom<{ [key in string]?: unknown }>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    ),
    v.object(entries),
  )
}

/** The charts fill gaps by walking days in order, so a history out of order is refused here, not drawn wrong. */
function sortedByDay<D extends { day: string }>(entry: v.GenericSchema<unknown, D>) {
  return v.pipe(
    v.array(entry),
    v.check((days) => days.every((current, index) => index === 0 || (days[index - 1] as D).day < current.day)),
  )
}

const indexedAtSchema = jsonObject({ block: wei, timestamp }) satisfies v.GenericSchema<unknown, IndexedAt>

const networkDaySchema = jsonObject({
  day,
  vvvTotalSupply: wei,
  vvvBurnedTotal: wei,
  stakedVvv: wei,
  lockedSvvv: wei,
  vvvInCooldown: wei,
  diemSupply: wei,
  diemStaked: wei,
  emissionRatePerSecond: wei,
  vvvEmitted: wei,
  vvvBurned: wei,
  staked: wei,
  unstakeStarted: wei,
  unstakeFinalized: wei,
}) satisfies v.GenericSchema<unknown, NetworkDay>

const emissionRateChangeSchema = jsonObject({
  timestamp,
  block: wei,
  ratePerSecond: wei,
}) satisfies v.GenericSchema<unknown, EmissionRateChange>

const poolDaySchema = jsonObject({ day, reserveVvv: wei, reserveDiem: wei }) satisfies v.GenericSchema<unknown, PoolDay>

const networkHistorySchema = jsonObject({
  asOf: indexedAtSchema,
  days: sortedByDay(networkDaySchema),
  emissionRateChanges: v.array(emissionRateChangeSchema),
  poolDays: sortedByDay(poolDaySchema),
}) satisfies v.GenericSchema<unknown, NetworkHistory>

const accountDaySchema = jsonObject({
  day,
  svvv: wei,
  lockedSvvv: wei,
  outstandingDiem: wei,
  diem: wei,
  diemStaked: wei,
  rewards: wei,
}) satisfies v.GenericSchema<unknown, AccountDay>

const rewardEventSchema = jsonObject({
  timestamp,
  block: wei,
  txHash,
  kind: v.picklist(['claim', 'compound', 'paid-on-change']),
  amount: wei,
}) satisfies v.GenericSchema<unknown, RewardEvent>

const tokenMovementSchema = jsonObject({
  timestamp,
  block: wei,
  txHash,
  logIndex: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  token: v.picklist(movementTokens),
  kind: v.picklist(tokenMovementKinds),
  amount: wei,
  counterparty: v.nullable(address),
}) satisfies v.GenericSchema<unknown, TokenMovement>

/** A CSV or a replay reads movements in chain order: a list out of order is refused, not exported wrong. */
const inChainOrder = v.pipe(
  v.array(tokenMovementSchema),
  v.check((movements) =>
    movements.every((current, index) => {
      const previous = movements[index - 1]
      if (!previous) return true
      return (
        previous.block < current.block || (previous.block === current.block && previous.logIndex <= current.logIndex)
      )
    }),
  ),
)

const accountHistorySchema = jsonObject({
  asOf: indexedAtSchema,
  account: address,
  days: sortedByDay(accountDaySchema),
  rewards: v.array(rewardEventSchema),
  movements: inChainOrder,
}) satisfies v.GenericSchema<unknown, AccountHistory>

/** What the indexer sends as a response body: bigints as decimal strings, the rest as it is. */
export function historyToJson(history: NetworkHistory | AccountHistory): string {
  return JSON.stringify(history, (_key, value) => (typeof value === 'bigint' ? value.toString() : value))
}

/** A parsed body, or the first field that could not be read ("days.3.vvvBurned"). */
export type HistoryParse<T> = { ok: true; history: T } | { ok: false; field: string }

export function parseNetworkHistory(json: unknown): HistoryParse<NetworkHistory> {
  return parseWith(networkHistorySchema, json)
}

export function parseAccountHistory(json: unknown): HistoryParse<AccountHistory> {
  return parseWith(accountHistorySchema, json)
}

function parseWith<T>(schema: v.GenericSchema<unknown, T>, json: unknown): HistoryParse<T> {
  const result = v.safeParse(schema, json, { abortEarly: true })
  if (result.success) return { ok: true, history: result.output }
  const [issue] = result.issues
  return { ok: false, field: (issue && v.getDotPath(issue)) || 'the body' }
}

export type HistoryUnavailableReason = 'unreachable' | 'status' | 'unreadable'

/** The indexer could not give history: the charts say so in this one sentence, rather than draw nothing. */
export class HistoryUnavailableError extends Error {
  override name = 'HistoryUnavailableError'
  readonly reason: HistoryUnavailableReason
  /** The HTTP status, when the indexer answered with an error. */
  readonly status: number | undefined
  constructor(
    message: string,
    { reason, status, cause }: { reason: HistoryUnavailableReason; status?: number; cause?: unknown },
  ) {
    super(message, { cause })
    this.reason = reason
    this.status = status
  }
}

export type IndexerHistorySourceOptions = {
  /** Injected in tests; the browser's or Node's `fetch` otherwise. */
  fetch?: typeof globalThis.fetch
  /** For the whole request, body included. */
  timeoutMs?: number
}

/** History from the indexer at `baseUrl`: `GET /history/network` and `GET /history/account/<address>`. */
export function indexerHistorySource(
  baseUrl: string,
  { fetch = globalThis.fetch, timeoutMs = 5000 }: IndexerHistorySourceOptions = {},
): HistorySource {
  const root = baseUrl.replace(/\/+$/, '')
  const indexer = `The history indexer at ${root}`

  async function getJson(path: string): Promise<unknown> {
    const signal = AbortSignal.timeout(timeoutMs)
    const unreachable = (cause: unknown) =>
      new HistoryUnavailableError(
        signal.aborted ? `${indexer} did not answer within ${timeoutMs / 1000} s.` : `${indexer} did not answer.`,
        { reason: 'unreachable', cause },
      )
    let response: Response
    try {
      // Called as a plain function: browsers refuse `fetch` called as a method of another object.
      // History changes with every block, so no cached copy may stand in for it.
      response = await fetch(`${root}${path}`, { cache: 'no-store', headers: { accept: 'application/json' }, signal })
    } catch (cause) {
      throw unreachable(cause)
    }
    if (!response.ok) {
      // Nothing in an error body is used; dropping it frees the connection.
      response.body?.cancel().catch(() => {})
      throw new HistoryUnavailableError(`${indexer} answered ${response.status}.`, {
        reason: 'status',
        status: response.status,
      })
    }
    let text: string
    try {
      text = await response.text()
    } catch (cause) {
      throw unreachable(cause)
    }
    try {
      return JSON.parse(text)
    } catch (cause) {
      throw unreadable('the body is not JSON', cause)
    }
  }

  const unreadable = (what: string, cause?: unknown) =>
    new HistoryUnavailableError(`${indexer} sent history Rialto cannot read: ${what}.`, { reason: 'unreadable', cause })

  function read<T>(parsed: HistoryParse<T>): T {
    if (!parsed.ok) throw unreadable(parsed.field)
    return parsed.history
  }

  return {
    async network() {
      return read(parseNetworkHistory(await getJson('/history/network')))
    },
    async account(account) {
      if (!isAddress(account, { strict: false })) throw new TypeError(`"${account}" is not an address.`)
      const requested = account.toLowerCase()
      const history = read(parseAccountHistory(await getJson(`/history/account/${requested}`)))
      if (history.account.toLowerCase() !== requested) {
        throw new HistoryUnavailableError(`${indexer} sent the history of ${history.account} instead of ${account}.`, {
          reason: 'unreadable',
        })
      }
      return history
    },
  }
}
