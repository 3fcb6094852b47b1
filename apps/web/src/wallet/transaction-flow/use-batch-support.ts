import { useAccount, useCapabilities, useChainId } from 'wagmi'

export type BatchSupport = {
  /** The wallet can take several calls with one confirmation (EIP-5792 `atomic` supported or ready). */
  oneConfirmation: boolean
}

/** Whether the connected wallet can approve and stake with one confirmation. Wallets without EIP-5792 say no. */
export function useBatchSupport(): BatchSupport {
  const { isConnected } = useAccount()
  const chainId = useChainId()
  const { data: capabilities } = useCapabilities({ query: { enabled: isConnected, retry: false, staleTime: 60_000 } })
  const atomic = capabilities?.[chainId]?.atomic?.status
  return { oneConfirmation: atomic === 'supported' || atomic === 'ready' }
}
