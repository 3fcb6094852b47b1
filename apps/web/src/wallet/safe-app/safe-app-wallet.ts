import type { Wallet } from '@rainbow-me/rainbowkit'
import { safeWallet } from '@rainbow-me/rainbowkit/wallets'
import { createConnector } from 'wagmi'
import { safe } from 'wagmi/connectors'
import { safeAppOriginPatterns, safeAppOrigins } from './safe-app-origins'

/**
 * RainbowKit's Safe wallet, listening to the Safe web apps allowed to frame Rialto only: RainbowKit's own takes
 * the Safe Apps SDK's messages from any parent, and answers `getSafeInfo` within wagmi's 10 ms default, which a
 * busy machine's first round trip can miss (the connector then reports no Safe, and nothing connects).
 */
export function safeAppWallet(): Wallet {
  const parameters = { allowedDomains: safeAppOriginPatterns(safeAppOrigins()), unstable_getInfoTimeout: 2_000 }
  return {
    ...safeWallet(),
    createConnector: (walletDetails) =>
      createConnector((config) => ({ ...safe(parameters)(config), ...walletDetails })),
  }
}
