import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { readMintRateTable } from '@rialto/protocol/mint-preview'
import type { MintRateTable } from '@rialto/protocol/mint-rate'
import { readNetworkNow } from '@rialto/protocol/network-now'
import type { Address } from 'viem'
import { publicClientOnServer } from '../../chains/server-client'
import { historyFailure, historySourceOnServer } from '../../history/history-on-server'
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

async function readHistory(chainId: SupportedChainId, account: Address | null, headBlock: bigint) {
  const source = historySourceOnServer(chainId)
  if (!source) return { kind: 'not-configured' } satisfies HistoryView
  try {
    const [network, accountHistory] = await Promise.all([
      source.network(),
      account ? source.account(account) : Promise.resolve(null),
    ])
    const behindBlocks = headBlock > network.asOf.block ? headBlock - network.asOf.block : 0n
    return { kind: 'ready', network, account: accountHistory, behindBlocks } satisfies HistoryView
  } catch (error) {
    // The page says what happened in a sentence of its own.
    const message = historyFailure(error)
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
