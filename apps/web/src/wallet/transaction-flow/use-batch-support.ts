import { useAccount, useCapabilities, useChainId } from 'wagmi'
import { devAccountConnectorId } from '../dev-account/dev-account-connector'

export type BatchSupport = {
  /** The wallet can take several calls with one confirmation (EIP-5792 `atomic` supported or ready). */
  oneConfirmation: boolean
  /** It sends them one after another rather than atomically (our dev account does). */
  sequential: boolean
}

/** Whether the connected wallet can approve and stake with one confirmation. Wallets without EIP-5792 say no. */
export function useBatchSupport(): BatchSupport {
  const { connector, isConnected } = useAccount()
  const chainId = useChainId()
  const { data: capabilities } = useCapabilities({ query: { enabled: isConnected, retry: false, staleTime: 60_000 } })
  const atomic = capabilities?.[chainId]?.atomic?.status
  return {
    oneConfirmation: atomic === 'supported' || atomic === 'ready',
    sequential: connector?.id === devAccountConnectorId,
  }
}
