import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import type { Address } from 'viem'
import { positionsClient, readPositions } from './read-positions'
import type { TreasurySnapshot } from './treasury-snapshot'

/**
 * Reads the watch list while the server renders the page, so a shared link shows its numbers without a wallet
 * and the browser's first load costs no read. `undefined` when the node does not answer quickly: the browser
 * then reads itself.
 */
export async function readTreasuryOnServer(
  chainId: SupportedChainId,
  addresses: readonly Address[],
): Promise<TreasurySnapshot | undefined> {
  // Short timeout and no retry: a page that waits on a slow node is worse than one whose browser reads.
  const client = positionsClient(chainId, { timeout: 4_000, retryCount: 0 })
  if (!client || addresses.length === 0) return undefined
  try {
    const positions = await readPositions(client, chainId, addresses)
    return { chainId, addresses, positions, readAt: Date.now() }
  } catch (error) {
    console.warn(
      `Server read of ${addresses.length} treasury address(es) on chain ${chainId} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    )
    return undefined
  }
}
