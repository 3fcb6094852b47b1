import { base, devnet, devnetRpcUrl, type SupportedChainId } from '@rialto/contracts-abi/chains'

export type AppChain = typeof base | typeof devnet

/**
 * The chains this build offers, default first (NEXT_PUBLIC_ values are inlined by `next build`).
 * A Base build offers Base only: the local devnet and its dev accounts are development tools.
 */
export function appChains(
  choice = process.env.NEXT_PUBLIC_DEFAULT_CHAIN || 'devnet',
): readonly [AppChain, ...AppChain[]] {
  if (choice === 'devnet') return [devnet, base]
  if (choice === 'base') return [base]
  throw new Error(`NEXT_PUBLIC_DEFAULT_CHAIN must be "devnet" or "base", not "${choice}".`)
}

/** The JSON-RPC URL for a chain: the environment's, or the devnet default, or (for Base) viem's public one. */
export function rpcUrlFor(chainId: SupportedChainId): string | undefined {
  if (chainId === devnet.id) return process.env.NEXT_PUBLIC_DEVNET_RPC_URL || devnetRpcUrl
  return process.env.NEXT_PUBLIC_BASE_RPC_URL || undefined
}

/** Where a transaction can be looked up, on chains that have a public explorer (BaseScan on Base). */
export function explorerTxUrl(chainId: SupportedChainId, hash: string): string | undefined {
  const explorer = chainId === base.id ? base.blockExplorers.default.url : undefined
  return explorer ? `${explorer}/tx/${hash}` : undefined
}

/** Every JSON-RPC URL this build's wallet config may call: a chain without one of ours uses its public default. */
export function rpcUrlsInUse(chains: readonly AppChain[] = appChains()): string[] {
  return chains.map((chain) => rpcUrlFor(chain.id) ?? chain.rpcUrls.default.http[0])
}
