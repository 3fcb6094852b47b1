import { type Address, type Chain, SwitchChainError } from 'viem'
import { ChainNotConfiguredError, createConnector } from 'wagmi'
import type { DevAccountControls } from './dev-account-controls'
import { createDevAccountProvider, type DevAccountProvider } from './dev-account-provider'
import { devAccountAddress } from './dev-accounts'

export const devAccountConnectorId = 'rialtoDevAccount'

type StorageItem = { 'rialtoDevAccount.connected': boolean }

export type DevAccountConnectorOptions = {
  /** The devnet: the only chain this connector ever signs on. */
  chain: Chain
  rpcUrl: string
  controls: DevAccountControls
}

/**
 * A wagmi connector over anvil's dev accounts #0–#7 and the smart account (see `createDevAccountProvider`). The account is picked with
 * `controls.selectAccount`; the connector follows the choice while connected.
 */
export function devAccountConnector({ chain, rpcUrl, controls }: DevAccountConnectorOptions) {
  let provider: DevAccountProvider | undefined
  const currentAddress = (): Address => devAccountAddress(controls.accountIndex())

  return createConnector<DevAccountProvider, Record<string, unknown>, StorageItem>((config) => ({
    id: devAccountConnectorId,
    name: 'Dev account',
    type: 'devAccount',

    async setup() {
      controls.subscribe(() => this.onAccountsChanged([currentAddress()]))
    },
    async connect({ withCapabilities } = {}) {
      if (!config.chains.some(({ id }) => id === chain.id)) throw new ChainNotConfiguredError()
      await config.storage?.setItem('rialtoDevAccount.connected', true)
      const address = currentAddress()
      return {
        // wagmi's generic return type cannot follow `withCapabilities` through this object literal.
        accounts: (withCapabilities ? [{ address, capabilities: {} }] : [address]) as never,
        chainId: chain.id,
      }
    },
    async disconnect() {
      await config.storage?.removeItem('rialtoDevAccount.connected')
    },
    async getAccounts() {
      return [currentAddress()]
    },
    async getChainId() {
      return chain.id
    },
    async getProvider() {
      provider ??= createDevAccountProvider({ chain, rpcUrl, controls })
      return provider
    },
    async isAuthorized() {
      return Boolean(await config.storage?.getItem('rialtoDevAccount.connected'))
    },
    async switchChain({ chainId }) {
      if (chainId !== chain.id) throw new SwitchChainError(new Error(`The dev account signs only on ${chain.name}.`))
      return chain
    },
    onAccountsChanged(accounts) {
      config.emitter.emit('change', { accounts: accounts as Address[] })
    },
    onChainChanged() {
      // The dev account never leaves the devnet.
    },
    onDisconnect() {
      config.emitter.emit('disconnect')
    },
  }))
}
