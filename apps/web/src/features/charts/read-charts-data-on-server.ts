import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { HistoryUnavailableError, indexerHistorySource } from '@rialto/protocol/indexer-history-source'
import { readMintRateTable } from '@rialto/protocol/mint-preview'
import type { MintRateTable } from '@rialto/protocol/mint-rate'
import { readNetworkNow } from '@rialto/protocol/network-now'
import type { Address } from 'viem'
import { appChains } from '../../chains/app-chains'
import { publicClientOnServer } from '../../chains/server-client'
import type { ChartsData, HistoryView } from './chart-data'

// The owner replaces the table rarely (a retarget every few months): one read of its 512 entries per 10 minutes
// serves every visitor, instead of 512 reads per page view.
const mintTableMaxAgeMs = 10 * 60_000
const mintTables = new Map<SupportedChainId, { table: MintRateTable; readAt: number }>()

async function mintTableFor(chainId: SupportedChainId, read: () => Promise<MintRateTable>) {
  const cached = mintTables.get(chainId)
  if (cached && Date.now() - cached.readAt < mintTableMaxAgeMs) return cached.table
  const table = await read()
  mintTables.set(chainId, { table, readAt: Date.now() })
  return table
}

/**
 * History from the indexer at INDEXER_URL (server-side only: the browser never talks to it). The indexer follows
 * one chain, the build's default: on another chain there is no history to show.
 */
async function readHistory(chainId: SupportedChainId, account: Address | null, headBlock: bigint) {
  const indexerUrl = process.env.INDEXER_URL
  if (!indexerUrl || chainId !== appChains()[0].id) return { kind: 'not-configured' } satisfies HistoryView
  const source = indexerHistorySource(indexerUrl, { timeoutMs: 4_000 })
  try {
    const [network, accountHistory] = await Promise.all([
      source.network(),
      account ? source.account(account) : Promise.resolve(null),
    ])
    const behindBlocks = headBlock > network.asOf.block ? headBlock - network.asOf.block : 0n
    return { kind: 'ready', network, account: accountHistory, behindBlocks } satisfies HistoryView
  } catch (error) {
    // The page says what happened in a sentence of its own; the indexer's URL stays on the server.
    const message =
      error instanceof HistoryUnavailableError
        ? {
            unreachable: 'it could not be reached',
            status: `it answered with HTTP ${error.status}`,
            unreadable: 'its answer could not be read',
          }[error.reason]
        : 'it failed'
    console.warn(`History read failed (${message}).`)
    return { kind: 'unavailable', message } satisfies HistoryView
  }
}

/** Everything the network section of `/` shows, read while the server renders it; undefined when the node is down. */
export async function readChartsDataOnServer(
  chainId: SupportedChainId,
  account: Address | null,
): Promise<ChartsData | undefined> {
  const client = publicClientOnServer(chainId)
  if (!client) return undefined
  try {
    const [now, mintTable] = await Promise.all([
      readNetworkNow(client, chainId),
      mintTableFor(chainId, () => readMintRateTable(client, chainId)),
    ])
    const history = await readHistory(chainId, account, now.blockNumber)
    return { chainId, now, mintTable, history, account }
  } catch (error) {
    console.warn(
      `Server read of the network on chain ${chainId} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    )
    return undefined
  }
}
