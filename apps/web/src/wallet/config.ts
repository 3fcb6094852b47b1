import { base, devnet } from '@rialto/contracts-abi/chains'
import { type CreateConnectorFn, cookieStorage, createConfig, createStorage, http } from 'wagmi'
import { appChains, rpcUrlFor } from '../chains/app-chains'

/**
 * One wagmi config for the whole app. The server calls it without connectors: it has no wallet and only
 * needs the chains and the cookie storage to read back the state the browser saved.
 */
export function createWalletConfig(connectors: CreateConnectorFn[] = []) {
  return createConfig({
    // wagmi starts on the first chain when no wallet says otherwise.
    chains: appChains(),
    connectors,
    transports: {
      // `batch`: JSON-RPC calls made in the same tick travel in one HTTP request.
      [base.id]: http(rpcUrlFor(base.id), { batch: true }),
      [devnet.id]: http(rpcUrlFor(devnet.id), { batch: true }),
    },
    // Concurrent reads are folded into one Multicall3 call (both chains define `contracts.multicall3`).
    batch: { multicall: true },
    // How often a transaction flow polls for its receipt (the position reads once per block on its own): the local
    // devnet is cheap to ask, public Base RPCs are not.
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
