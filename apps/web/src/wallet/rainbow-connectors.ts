import type { WalletDetailsParams, WalletList } from '@rainbow-me/rainbowkit'
import type { CreateConnectorFn } from 'wagmi'

export type RainbowConnectorsOptions = { appName: string; projectId: string }

/**
 * RainbowKit's `connectorsForWallets`, for the wallets Rialto offers. RainbowKit ships it in the same module as its
 * whole modal UI, so importing the original would put the modal in every page's first load; the modal is loaded
 * on demand instead (./connect-modal). The modal finds its wallets through the `rkDetails` set here; a test keeps
 * them equal to what the original produces.
 */
export function rainbowConnectors(walletList: WalletList, { appName, projectId }: RainbowConnectorsOptions) {
  const metadata = {
    name: appName,
    description: appName,
    url: typeof window === 'undefined' ? '' : window.location.origin,
    icons: [],
  }
  const connectors: CreateConnectorFn[] = []
  let index = -1
  for (const [groupIndex, { groupName, wallets }] of walletList.entries()) {
    for (const createWallet of wallets) {
      index++
      const { createConnector, hidden, ...wallet } = createWallet({
        projectId,
        appName,
        options: { metadata },
        walletConnectParameters: { metadata },
      })
      if (hidden?.()) continue
      const details = (extra: Partial<WalletDetailsParams['rkDetails']> = {}): WalletDetailsParams => ({
        rkDetails: withoutUndefined({
          ...wallet,
          index,
          groupIndex: groupIndex + 1,
          groupName,
          isRainbowKitConnector: true,
          ...extra,
        }),
      })
      // WalletConnect appears twice: RainbowKit's own QR code, and WalletConnect's modal.
      if (wallet.id === 'walletConnect') {
        connectors.push(createConnector(details({ isWalletConnectModalConnector: true, showQrModal: true })))
      }
      connectors.push(createConnector(details()))
    }
  }
  return connectors
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}
