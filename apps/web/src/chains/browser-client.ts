import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { createPublicClient, http } from 'viem'
import { appChains, rpcUrlFor } from './app-chains'

function createClient(chainId: SupportedChainId) {
  const chain = appChains().find(({ id }) => id === chainId)
  if (!chain) throw new Error(`This build does not offer chain ${chainId}.`)
  return createPublicClient({ chain, transport: http(rpcUrlFor(chainId)) })
}

const clients = new Map<SupportedChainId, ReturnType<typeof createClient>>()

/**
 * A viem client for a page part that reads the chain without a wallet (the Safe batch check): the wallet stack, and
 * wagmi with it, loads only when someone connects, and a treasury preparing a batch for its Safe need not.
 */
export function publicClientInBrowser(chainId: SupportedChainId) {
  const client = clients.get(chainId) ?? createClient(chainId)
  clients.set(chainId, client)
  return client
}
