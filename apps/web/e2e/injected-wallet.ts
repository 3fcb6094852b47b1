import type { Address } from 'viem'

/**
 * A minimal EIP-1193 wallet for the page (`window.ethereum`) that holds `account` on `chainId`. Like a real
 * wallet it lists no account until the site asks for one, and remembers the approval for the tab's session.
 * It answers what the injected connector asks while connecting, and signs nothing.
 */
export function injectedWalletScript({ account, chainId }: { account: Address; chainId: number }): string {
  return `(() => {
    const account = ${JSON.stringify(account)}
    const approvalKey = 'test-wallet-approved'
    const approved = () => sessionStorage.getItem(approvalKey) === 'yes'
    const answers = {
      eth_accounts: () => (approved() ? [account] : []),
      eth_requestAccounts: () => {
        sessionStorage.setItem(approvalKey, 'yes')
        return [account]
      },
      eth_chainId: () => ${JSON.stringify(`0x${chainId.toString(16)}`)},
      wallet_requestPermissions: () => [{ parentCapability: 'eth_accounts' }],
      wallet_getPermissions: () => (approved() ? [{ parentCapability: 'eth_accounts' }] : []),
    }
    window.ethereum = {
      request: async ({ method }) => {
        if (method in answers) return answers[method]()
        throw Object.assign(new Error('The test wallet does not support ' + method), { code: 4200 })
      },
      on: () => {},
      removeListener: () => {},
    }
  })()`
}
