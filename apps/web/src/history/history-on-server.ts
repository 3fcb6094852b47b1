import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { HistorySource } from '@rialto/protocol/history'
import { HistoryUnavailableError, indexerHistorySource } from '@rialto/protocol/indexer-history-source'
import { appChains } from '../chains/app-chains'

/**
 * History from the indexer at INDEXER_URL (server-side only: the browser never talks to it). The indexer follows
 * one chain, the build's default: on another chain, or without INDEXER_URL, there is no history (null).
 */
export function historySourceOnServer(chainId: SupportedChainId = appChains()[0].id): HistorySource | null {
  const indexerUrl = process.env.INDEXER_URL
  if (!indexerUrl || chainId !== appChains()[0].id) return null
  return indexerHistorySource(indexerUrl, { timeoutMs: 4_000 })
}

/** Why a history read failed, as the end of a sentence ("History is unavailable: …"); the indexer's URL stays here. */
export function historyFailure(error: unknown): string {
  if (!(error instanceof HistoryUnavailableError)) return 'it failed'
  return {
    unreachable: 'it could not be reached',
    status: `it answered with HTTP ${error.status}`,
    unreadable: 'its answer could not be read',
  }[error.reason]
}
