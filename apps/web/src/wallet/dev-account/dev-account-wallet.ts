import type { Wallet } from '@rainbow-me/rainbowkit'
import { createConnector } from 'wagmi'
import { type DevAccountConnectorOptions, devAccountConnector, devAccountConnectorId } from './dev-account-connector'

const icon =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#f59e0b"/>' +
      '<path d="M8 9h6a5 5 0 0 1 0 10H8z" fill="none" stroke="#0b0f19" stroke-width="2.5"/></svg>',
  )

/** The dev account as a RainbowKit wallet, so it sits in the same connect modal as the real wallets. */
export function devAccountWallet(options: DevAccountConnectorOptions) {
  return (): Wallet => ({
    id: devAccountConnectorId,
    name: 'Dev account (devnet)',
    shortName: 'Dev account',
    iconUrl: icon,
    iconBackground: '#f59e0b',
    installed: true,
    createConnector: (walletDetails) =>
      createConnector((config) => ({ ...devAccountConnector(options)(config), ...walletDetails })),
  })
}
