import { db } from 'ponder:api'
import schema from 'ponder:schema'
import { historyToJson } from '@rialto/protocol/indexer-history-source'
import { Hono } from 'hono'
import { asc, eq, sql } from 'ponder'
import { type Address, isAddress } from 'viem'
import { decodeIndexedAt } from '../indexed-at'

/** The newest block Ponder has indexed, from its own checkpoint table: every answer is "as of" it. */
async function indexedAt() {
  const result = await db.execute<{ latest_checkpoint: string }>(
    sql`SELECT latest_checkpoint FROM _ponder_checkpoint LIMIT 1`,
  )
  const checkpoint = result.rows[0]?.latest_checkpoint
  return checkpoint ? decodeIndexedAt(checkpoint) : { block: 0n, timestamp: 0 }
}

// The wire format is protocol's (`historyToJson`), the one the web app's HistorySource parses.
const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }

const app = new Hono()

app.get('/history/network', async (c) => {
  const [asOf, days, emissionRateChanges, poolDays] = await Promise.all([
    indexedAt(),
    db.select().from(schema.networkDay).orderBy(asc(schema.networkDay.day)),
    db.select().from(schema.emissionRateChange).orderBy(asc(schema.emissionRateChange.block)),
    db.select().from(schema.poolDay).orderBy(asc(schema.poolDay.day)),
  ])
  return c.body(
    historyToJson({
      asOf,
      days: days.map(({ lastBlock: _, ...day }) => day),
      emissionRateChanges: emissionRateChanges.map(({ id: _, ...change }) => change),
      poolDays,
    }),
    200,
    jsonHeaders,
  )
})

app.get('/history/account/:address', async (c) => {
  const address = c.req.param('address')
  if (!isAddress(address, { strict: false })) return c.json({ error: `"${address}" is not an address.` }, 400)
  const account = address.toLowerCase() as Address
  const [asOf, days, rewards, movements] = await Promise.all([
    indexedAt(),
    db
      .select()
      .from(schema.accountDay)
      .where(eq(schema.accountDay.account, account))
      .orderBy(asc(schema.accountDay.day)),
    db
      .select()
      .from(schema.rewardEvent)
      .where(eq(schema.rewardEvent.account, account))
      .orderBy(asc(schema.rewardEvent.block)),
    db
      .select()
      .from(schema.tokenMovement)
      .where(eq(schema.tokenMovement.account, account))
      // The id breaks the tie of a self-transfer: its `from` row, then its `to` row.
      .orderBy(asc(schema.tokenMovement.block), asc(schema.tokenMovement.logIndex), asc(schema.tokenMovement.id)),
  ])
  return c.body(
    historyToJson({
      asOf,
      account,
      days: days.map(({ account: _, ...day }) => day),
      rewards: rewards.map(({ id: _, account: __, ...reward }) => reward),
      movements: movements.map(({ id: _, account: __, ...movement }) => movement),
    }),
    200,
    jsonHeaders,
  )
})

export default app
