import { supportedChains } from '@rialto/contracts-abi/chains'
import { dailyApiCreditUsd, readPosition } from '@rialto/protocol/position'
import { useQuery } from '@tanstack/react-query'
import { useAccount, useChainId, usePublicClient } from 'wagmi'
import { chatQueryKeyRoot } from '../chat-query-keys'

/**
 * The Venice API credit the connected wallet's staked DIEM buys each day ($1 per staked DIEM), read from the chain
 * in one multicall. `undefined` without a wallet.
 */
export function useDailyCredit() {
  const { address } = useAccount()
  const chainId = useChainId()
  const client = usePublicClient({ chainId })
  const supported = supportedChains.some((chain) => chain.id === chainId)
  const query = useQuery({
    queryKey: [...chatQueryKeyRoot, 'daily-credit', chainId, address],
    queryFn: async () => {
      if (address === undefined || client === undefined) throw new Error('No wallet is connected.')
      const position = await readPosition(client, { chainId, address })
      return { creditUsd: dailyApiCreditUsd(position), stakedDiemWei: position.diem.staked }
    },
    enabled: address !== undefined && client !== undefined && supported,
    staleTime: 60_000,
    retry: 1,
  })
  return { connected: address !== undefined, ...query }
}
