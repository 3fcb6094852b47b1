/**
 * The indexer's settings, read from the environment: one place, so `npm start`, the tests and a production deploy
 * agree. Without any, it indexes the local devnet into an embedded PGlite database.
 */
export type IndexerSettings = {
  chainName: 'devnet' | 'base'
  chainId: 31337 | 8453
  rpcUrl: string
  startBlock: number
  /** Postgres when set (production: several web instances read one database); PGlite otherwise. */
  databaseUrl: string | undefined
  pgliteDirectory: string
}

/**
 * A little before VVV's launch on Base (2025-01-27), from Base's 2-second blocks since its genesis.
 * UNVERIFIED: VVV's creation block on BaseScan is the exact value; starting earlier only costs empty ranges.
 */
export const baseStartBlock = 25_500_000

export function indexerSettings(env: Record<string, string | undefined>): IndexerSettings {
  const onBase = env.INDEXER_CHAIN === 'base'
  if (env.INDEXER_CHAIN && !onBase && env.INDEXER_CHAIN !== 'devnet') {
    throw new Error(`INDEXER_CHAIN must be "devnet" or "base", not "${env.INDEXER_CHAIN}".`)
  }
  const rpcUrl = env.INDEXER_RPC_URL || (onBase ? '' : `http://127.0.0.1:${env.RIALTO_DEVNET_PORT || 8545}`)
  if (!rpcUrl) throw new Error('Indexing Base needs an RPC URL: set INDEXER_RPC_URL.')
  const startBlock = env.INDEXER_START_BLOCK ? Number(env.INDEXER_START_BLOCK) : onBase ? baseStartBlock : 0
  if (!Number.isSafeInteger(startBlock) || startBlock < 0) {
    throw new Error(`INDEXER_START_BLOCK must be a block number, not "${env.INDEXER_START_BLOCK}".`)
  }
  return {
    chainName: onBase ? 'base' : 'devnet',
    chainId: onBase ? 8453 : 31337,
    rpcUrl,
    startBlock,
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDirectory: env.INDEXER_PGLITE_DIRECTORY || '.ponder/pglite',
  }
}
