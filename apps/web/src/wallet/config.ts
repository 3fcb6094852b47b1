import { base, devnet, devnetRpcUrl } from '@rialto/contracts-abi/chains'
import { type CreateConnectorFn, cookieStorage, createConfig, createStorage, http } from 'wagmi'

/** NEXT_PUBLIC_ variables are inlined by `next build`: the default chain is chosen at build time. */
function chainsDefaultFirst() {
  const choice = process.env.NEXT_PUBLIC_DEFAULT_CHAIN || 'devnet'
  if (choice === 'devnet') return [devnet, base] as const
  if (choice === 'base') return [base, devnet] as const
  throw new Error(`NEXT_PUBLIC_DEFAULT_CHAIN must be "devnet" or "base", not "${choice}".`)
}

/**
 * One wagmi config for the whole app. The server calls it without connectors: it has no wallet and only
 * needs the chains and the cookie storage to read back the state the browser saved.
 */
export function createWalletConfig(connectors: CreateConnectorFn[] = []) {
  return createConfig({
    // wagmi starts on the first chain when no wallet says otherwise.
    chains: chainsDefaultFirst(),
    connectors,
    transports: {
      // An unset URL lets viem use the chain's public RPC.
      [base.id]: http(process.env.NEXT_PUBLIC_BASE_RPC_URL || undefined),
      [devnet.id]: http(process.env.NEXT_PUBLIC_DEVNET_RPC_URL || devnetRpcUrl),
    },
    // Concurrent reads are folded into one Multicall3 call (both chains define `contracts.multicall3`).
    batch: { multicall: true },
    // How often a watched block number is polled: the local devnet is cheap to ask, public Base RPCs are not.
    pollingInterval: { [devnet.id]: 1_000, [base.id]: 4_000 },
    ssr: true,
    storage: createStorage({ storage: cookieStorage }),
  })
}

export type WalletConfig = ReturnType<typeof createWalletConfig>

declare module 'wagmi' {
  interface Register {
    config: WalletConfig
  }
}
