import { connectorsForWallets } from '@rainbow-me/rainbowkit'
import {
  coinbaseWallet,
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from '@rainbow-me/rainbowkit/wallets'

const appName = 'Rialto'

/** The wallets offered in the connect modal. Browser-only: RainbowKit is a client module. */
export function createWalletConnectors() {
  const projectId = process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID
  // Without a WalletConnect project id, offer only wallets that need no relay, so nothing calls WalletConnect.
  const wallets = projectId
    ? [injectedWallet, metaMaskWallet, coinbaseWallet, rainbowWallet, walletConnectWallet]
    : [injectedWallet, coinbaseWallet]
  return connectorsForWallets([{ groupName: 'Wallets', wallets }], { appName, projectId: projectId ?? '' })
}
