import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { createPublicClient, http } from 'viem'
import { appChains, rpcUrlFor } from './app-chains'

/**
 * A viem client for reads made while the server renders a page: short timeout and no retry, because a page that
 * waits on a slow node is worse than one that lets the browser read for itself.
 */
export function publicClientOnServer(chainId: SupportedChainId) {
  const chain = appChains().find(({ id }) => id === chainId)
  if (!chain) return undefined
  return createPublicClient({ chain, transport: http(rpcUrlFor(chainId), { timeout: 4_000, retryCount: 0 }) })
}
