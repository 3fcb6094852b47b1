import { db } from 'ponder:api'
import schema from 'ponder:schema'
import { Hono } from 'hono'
import { asc, eq, replaceBigInts, sql } from 'ponder'
import { isAddress } from 'viem'
import { decodeIndexedAt } from '../indexed-at'

/** The newest block Ponder has indexed, from its own checkpoint table: every answer is "as of" it. */
async function indexedAt() {
  const result = await db.execute<{ latest_checkpoint: string }>(
    sql`SELECT latest_checkpoint FROM _ponder_checkpoint LIMIT 1`,
  )
  const checkpoint = result.rows[0]?.latest_checkpoint
  return checkpoint ? decodeIndexedAt(checkpoint) : { block: 0n, timestamp: 0 }
}

// The wire format: the history types of packages/protocol/src/history.ts with every bigint as a decimal string.
const asJson = (value: unknown) => replaceBigInts(value, (bigint) => bigint.toString())

const app = new Hono()

app.get('/history/network', async (c) => {
  const [asOf, days, emissionRateChanges, poolDays] = await Promise.all([
    indexedAt(),
    db.select().from(schema.networkDay).orderBy(asc(schema.networkDay.day)),
    db.select().from(schema.emissionRateChange).orderBy(asc(schema.emissionRateChange.block)),
    db.select().from(schema.poolDay).orderBy(asc(schema.poolDay.day)),
  ])
  return c.json(
    asJson({
      asOf,
      days: days.map(({ lastBlock: _, ...day }) => day),
      emissionRateChanges: emissionRateChanges.map(({ id: _, ...change }) => change),
      poolDays,
    }),
  )
})

app.get('/history/account/:address', async (c) => {
  const address = c.req.param('address')
  if (!isAddress(address, { strict: false })) return c.json({ error: `"${address}" is not an address.` }, 400)
  const account = address.toLowerCase() as `0x${string}`
  const [asOf, days, rewards] = await Promise.all([
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
  ])
  return c.json(
    asJson({
      asOf,
      account,
      days: days.map(({ account: _, ...day }) => day),
      rewards: rewards.map(({ id: _, account: __, ...reward }) => reward),
    }),
  )
})

export default app
