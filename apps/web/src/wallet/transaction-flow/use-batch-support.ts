import { useAccount, useCapabilities, useChainId } from 'wagmi'

export type BatchSupport = {
  /** The wallet can take several calls with one confirmation. */
  oneConfirmation: boolean
  /**
   * How a multi-step action goes out, said before signing: one Safe transaction (Safe{Wallet} runs the calls
   * through MultiSendCallOnly), one EIP-5792 batch with `atomicRequired`, or one step after another.
   */
  via: 'safe' | 'atomic-batch' | 'sequential'
}

/** Whether the connected wallet can approve and stake with one confirmation. Wallets without EIP-5792 say no. */
export function useBatchSupport(): BatchSupport {
  const { isConnected, connector } = useAccount()
  const chainId = useChainId()
  const insideSafe = connector?.id === 'safe'
  const { data: capabilities } = useCapabilities({
    // The Safe's own answer is in an older shape; the flow sends through the Safe Apps SDK anyway.
    query: { enabled: isConnected && !insideSafe, retry: false, staleTime: 60_000 },
  })
  if (insideSafe) return { oneConfirmation: true, via: 'safe' }
  const atomic = capabilities?.[chainId]?.atomic?.status
  const oneConfirmation = atomic === 'supported' || atomic === 'ready'
  return { oneConfirmation, via: oneConfirmation ? 'atomic-batch' : 'sequential' }
}
