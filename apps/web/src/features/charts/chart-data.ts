import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { AccountHistory, NetworkHistory } from '@rialto/protocol/history'
import type { MintRateTable } from '@rialto/protocol/mint-rate'
import type { NetworkNow } from '@rialto/protocol/network-now'
import type { Address } from 'viem'

/** What the server knows of history when it renders `/`: the charts say which, never draw an empty line silently. */
export type HistoryView =
  | {
      kind: 'ready'
      network: NetworkHistory
      /** The watched or connected account's history; null when the page has no account. */
      account: AccountHistory | null
      /** How many blocks the indexer is behind the chain head the page was read at (0 when caught up). */
      behindBlocks: bigint
    }
  /** The indexer is configured but did not answer, or answered with something unreadable. */
  | { kind: 'unavailable'; message: string }
  /** No indexer configured (a web-only deploy): only what current chain state gives is shown. */
  | { kind: 'not-configured' }

/** Everything the network charts on `/` draw from, read on the server at one block. */
export type ChartsData = {
  chainId: SupportedChainId
  now: NetworkNow
  mintTable: MintRateTable
  history: HistoryView
  /** The account the page shows (watched, or the connected wallet the cookie remembers), if any. */
  account: Address | null
}
