import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { readMintRateTable } from '@rialto/protocol/mint-preview'
import { useQuery } from '@tanstack/react-query'
import { usePublicClient } from 'wagmi'

/**
 * The 256-bucket mint-rate table, read once per visit (the owner rarely replaces it; the live quote would notice),
 * and only once `wanted`: it is 512 reads, which a holder who does not mint should not pay for on every load.
 */
export function useMintRateTable(chainId: SupportedChainId, wanted: boolean) {
  const client = usePublicClient({ chainId })
  return useQuery({
    queryKey: ['mint-rate-table', chainId],
    queryFn: () => readMintRateTable(client, chainId),
    enabled: wanted,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: 1,
  })
}
