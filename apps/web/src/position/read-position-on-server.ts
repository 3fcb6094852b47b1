import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { readPosition } from '@rialto/protocol/position'
import type { Address } from 'viem'
import { publicClientOnServer } from '../chains/server-client'
import type { InitialPosition } from './initial-position'

/**
 * Reads a position while the server renders the page, so the HTML already has the numbers and the browser's
 * first load costs no read. `undefined` when the node does not answer quickly: the browser then reads itself.
 */
export async function readPositionOnServer(
  chainId: SupportedChainId,
  address: Address,
): Promise<InitialPosition | undefined> {
  const client = publicClientOnServer(chainId)
  if (!client) return undefined
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
