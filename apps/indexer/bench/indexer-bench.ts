// `pnpm --filter @rialto/indexer bench`: what the indexer costs on the seeded devnet. Figures, not a test:
// - backfill: from starting Ponder on an empty PGlite database to caught up with the chain head;
// - events handled and rows written; the database's size on disk;
// - time to serve the network and an account history over HTTP (median and p95 of 50 requests) and their size.
// `--json` prints the results as JSON on stdout (for `pnpm bench`).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, startDevnet } from '@rialto/contracts/devnet'
import { devAccounts, holderAccounts, treasuryAccount } from '@rialto/contracts/devnet-accounts'
import { indexerHistorySource } from '@rialto/protocol/indexer-history-source'
import { startIndexer } from '../scripts/indexer-process.mjs'

const asJson = process.argv.includes('--json')
const log = (line: string) => console.error(line)
const requestsPerRoute = 50

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * p)] ?? 0

async function timeRequests(url: string) {
  const times: number[] = []
  let bytes = 0
  for (let request = 0; request < requestsPerRoute; request++) {
    const started = performance.now()
    const body = await (await fetch(url)).arrayBuffer()
    times.push(performance.now() - started)
    bytes = body.byteLength
  }
  return { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), bytes }
}

/** Indexing functions run, from Ponder's Prometheus metrics: one per event handled. */
async function eventsHandled(url: string) {
  const metrics = await (await fetch(`${url}/metrics`)).text()
  return metrics
    .split('\n')
    .filter((line) => line.startsWith('ponder_indexing_function_duration_count'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0)
}

const folder = mkdtempSync(join(tmpdir(), 'rialto-indexer-bench-'))
try {
  log('Starting a seeded devnet…')
  const devnet = await startDevnet({ port: await freePort(), stateDir: join(folder, 'devnet') })
  try {
    log('Indexing it from an empty database…')
    const pgliteDirectory = join(folder, 'pglite')
    const indexer = await startIndexer({ rpcUrl: devnet.rpcUrl, port: await freePort(), pgliteDirectory })
    try {
      const source = indexerHistorySource(indexer.url)
      const network = await source.network()
      const accounts = [...devAccounts, ...holderAccounts, treasuryAccount]
      const histories = await Promise.all(accounts.map(({ address }) => source.account(address)))
      const rows = {
        networkDays: network.days.length,
        poolDays: network.poolDays.length,
        emissionRateChanges: network.emissionRateChanges.length,
        accountDays: histories.reduce((sum, history) => sum + history.days.length, 0),
        rewards: histories.reduce((sum, history) => sum + history.rewards.length, 0),
        movements: histories.reduce((sum, history) => sum + history.movements.length, 0),
      }
      const measured = {
        blocks: Number(network.asOf.block),
        backfillMs: indexer.readyInMs,
        events: await eventsHandled(indexer.url),
        rows,
        serveNetwork: await timeRequests(`${indexer.url}/history/network`),
        serveAccount: await timeRequests(`${indexer.url}/history/account/${devAccounts[0]?.address}`),
      }
      // Measured once Ponder has stopped: while it runs, PGlite removes files under `du`, which then fails.
      await indexer.stop()
      const databaseBytes = Number(execFileSync('du', ['-sb', pgliteDirectory]).toString().split('\t')[0])
      const results = { ...measured, databaseBytes }
      if (asJson) console.log(JSON.stringify(results))
      else console.dir(results, { depth: 3 })
    } finally {
      await indexer.stop()
    }
  } finally {
    await devnet.stop()
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}
