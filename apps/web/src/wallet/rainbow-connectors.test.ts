import { connectorsForWallets, type WalletList } from '@rainbow-me/rainbowkit'
import { coinbaseWallet, injectedWallet, safeWallet, walletConnectWallet } from '@rainbow-me/rainbowkit/wallets'
import { devnet } from '@rialto/contracts-abi/chains'
import { describe, expect, it } from 'vitest'
import { createConfig, http } from 'wagmi'
import { createDevAccountControls } from './dev-account/dev-account-controls'
import { devAccountWallet } from './dev-account/dev-account-wallet'
import { rainbowConnectors } from './rainbow-connectors'

const walletList: WalletList = [
  { groupName: 'Wallets', wallets: [injectedWallet, coinbaseWallet, walletConnectWallet, safeWallet] },
  {
    groupName: 'Local devnet',
    wallets: [
      devAccountWallet({ chain: devnet, rpcUrl: 'http://127.0.0.1:1', controls: createDevAccountControls(null) }),
    ],
  },
]
const options = { appName: 'Rialto', projectId: 'test-project' }

/** What the RainbowKit modal reads from each connector. */
function rkDetailsOf(connectorFns: ReturnType<typeof rainbowConnectors>) {
  const config = createConfig({ chains: [devnet], connectors: connectorFns, transports: { [devnet.id]: http() } })
  return config.connectors.map((connector) => {
    const { rkDetails } = connector as unknown as { rkDetails: Record<string, unknown> }
    // Icons and deep-link builders are functions: compare where they are, not their identity.
    return JSON.parse(JSON.stringify(rkDetails, (_key, value) => (typeof value === 'function' ? 'function' : value)))
  })
}

describe('rainbowConnectors', () => {
  it('gives every connector the same rkDetails as RainbowKit’s connectorsForWallets', () => {
    expect(rkDetailsOf(rainbowConnectors(walletList, options))).toEqual(
      rkDetailsOf(connectorsForWallets(walletList, options)),
    )
  })
})
