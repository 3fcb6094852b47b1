import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { readPosition } from '@rialto/protocol/position'
import { type Address, createPublicClient, http } from 'viem'
import { appChains, rpcUrlFor } from '../chains/app-chains'
import type { InitialPosition } from './initial-position'

/**
 * Reads a position while the server renders the page, so the HTML already has the numbers and the browser's
 * first load costs no read. `undefined` when the node does not answer quickly: the browser then reads itself.
 */
export async function readPositionOnServer(
  chainId: SupportedChainId,
  address: Address,
): Promise<InitialPosition | undefined> {
  const chain = appChains().find(({ id }) => id === chainId)
  if (!chain) return undefined
  const client = createPublicClient({ chain, transport: http(rpcUrlFor(chainId), { timeout: 4_000, retryCount: 0 }) })
  try {
    const position = await readPosition(client, { chainId, address })
    return { chainId, address, position, readAt: Date.now() }
  } catch (error) {
    console.warn(
      `Server read of ${address} on chain ${chainId} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    )
    return undefined
  }
}
