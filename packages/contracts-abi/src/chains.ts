import { type Chain, defineChain } from 'viem'
import { base } from 'viem/chains'

export { base }

/** Multicall3's canonical address: the same on Base and on the devnet (placed there by the deploy script). */
export const multicall3Address = '0xcA11bde05977b3631167028862bE2a173976CA11' as const

export const devnetRpcUrl = 'http://127.0.0.1:8545'

/** The local anvil chain that `npm start` runs, with the reference contracts deployed. */
export const devnet = defineChain({
  id: 31337,
  name: 'Rialto devnet',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [devnetRpcUrl] } },
  contracts: { multicall3: { address: multicall3Address, blockCreated: 0 } },
  /** Milliseconds between blocks: the devnet scripts mine at this pace, and the app polls at it (as on Base, 2 s). */
  blockTime: 1_000,
  testnet: true,
})

export const supportedChains = [base, devnet] as const satisfies readonly Chain[]

export type SupportedChainId = (typeof supportedChains)[number]['id']
