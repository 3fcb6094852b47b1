// A stand-in for a browser extension wallet, for the browser tests and the benchmarks (both inject it into pages).

/**
 * A minimal EIP-1193 wallet for the page (`window.ethereum`) that holds `account` on `chainId`. Like a real
 * wallet it lists no account until the site asks for one, and remembers the approval for the tab's session.
 * It answers what the injected connector asks while connecting, switches chains when asked (announcing it with
 * `chainChanged`), and signs nothing; it has no EIP-5792 support. `window.testWallet.switchChain(hexId)` plays the
 * person switching networks in the wallet itself. With `refuseConnection`, the person clicks "Reject" on every
 * connection request (EIP-1193 error 4001) until `window.testWallet.acceptConnections()`.
 */
export function injectedWalletScript({ account, chainId, refuseConnection = false }) {
  return `(() => {
    const account = ${JSON.stringify(account)}
    const approvalKey = 'test-wallet-approved'
    const chainKey = 'test-wallet-chain'
    const acceptKey = 'test-wallet-accepts'
    const refuses = () => ${JSON.stringify(refuseConnection)} && sessionStorage.getItem(acceptKey) !== 'yes'
    const approved = () => sessionStorage.getItem(approvalKey) === 'yes'
    const chainId = () => sessionStorage.getItem(chainKey) ?? ${JSON.stringify(`0x${chainId.toString(16)}`)}
    const listeners = {}
    const emit = (event, value) => (listeners[event] ?? []).forEach((listener) => listener(value))
    const answers = {
      eth_accounts: () => (approved() ? [account] : []),
      eth_requestAccounts: () => {
        if (refuses()) throw Object.assign(new Error('User rejected the request.'), { code: 4001 })
        sessionStorage.setItem(approvalKey, 'yes')
        return [account]
      },
      eth_chainId: () => chainId(),
      wallet_requestPermissions: () => [{ parentCapability: 'eth_accounts' }],
      wallet_getPermissions: () => (approved() ? [{ parentCapability: 'eth_accounts' }] : []),
      wallet_switchEthereumChain: ([{ chainId: next }]) => {
        switchChain(next)
        return null
      },
    }
    function switchChain(next) {
      sessionStorage.setItem(chainKey, next)
      setTimeout(() => emit('chainChanged', next), 0)
    }
    window.testWallet = { switchChain, acceptConnections: () => sessionStorage.setItem(acceptKey, 'yes') }
    window.ethereum = {
      request: async ({ method, params }) => {
        if (method in answers) return answers[method](params)
        throw Object.assign(new Error('The test wallet does not support ' + method), { code: 4200 })
      },
      on: (event, listener) => {
        ;(listeners[event] ??= []).push(listener)
      },
      removeListener: (event, listener) => {
        listeners[event] = (listeners[event] ?? []).filter((other) => other !== listener)
      },
    }
  })()`
}
