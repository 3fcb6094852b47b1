import type { WalletList } from '@rainbow-me/rainbowkit'
import { coinbaseWallet, injectedWallet, walletConnectWallet } from '@rainbow-me/rainbowkit/wallets'
import { devnet, devnetRpcUrl } from '@rialto/contracts-abi/chains'
import { appChains, rpcUrlFor } from '../chains/app-chains'
import { devAccountControls } from './dev-account/dev-account-controls'
import { devAccountWallet } from './dev-account/dev-account-wallet'
import { rainbowConnectors } from './rainbow-connectors'
import { insideSafeApp } from './safe-app/inside-safe-app'
import { safeAppWallet } from './safe-app/safe-app-wallet'

const appName = 'Rialto'

/** The wallets offered in the connect modal. Browser-only: the connectors touch `window`. */
export function createWalletConnectors() {
  const projectId = process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID
  // Inside the Safe web app the Safe is the account: the Safe connector alone, so that no extension injected into
  // the frame connects first and signs as someone else.
  if (insideSafeApp()) {
    return rainbowConnectors([{ groupName: 'Safe', wallets: [safeAppWallet] }], { appName, projectId: projectId ?? '' })
  }
  // injectedWallet covers MetaMask, Rabby and any other extension (EIP-6963 ones are listed by name too).
  const wallets: WalletList = [
    {
      groupName: 'Wallets',
      wallets: [
        injectedWallet,
        coinbaseWallet,
        // Without a WalletConnect project id, offer only wallets that need no relay, so nothing calls WalletConnect.
        ...(projectId ? [walletConnectWallet] : []),
      ],
    },
  ]
  // The dev accounts sign with a public mnemonic: offered only when this build includes the local devnet.
  if (appChains().some(({ id }) => id === devnet.id)) {
    const options = { chain: devnet, rpcUrl: rpcUrlFor(devnet.id) ?? devnetRpcUrl, controls: devAccountControls }
    wallets.push({ groupName: 'Local devnet', wallets: [devAccountWallet(options)] })
  }
  return rainbowConnectors(wallets, { appName, projectId: projectId ?? '' })
}
