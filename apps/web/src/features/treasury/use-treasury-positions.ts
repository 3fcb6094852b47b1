import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { TreasurySnapshot } from './treasury-snapshot'

/**
 * The watch list's positions from one multicall, read once per block time of the chain, as the dashboard reads
 * one position: the multicall carries its block number, so no separate block poll is needed; a hidden tab reads
 * nothing. A matching server-side read is the first data. While a changed list is read, the last one stays.
 */
export function useTreasuryPositions(
  { chainId, blockTimeMs }: { chainId: SupportedChainId; blockTimeMs: number },
  addresses: readonly Address[],
  initial: TreasurySnapshot | undefined,
) {
  const seeded = initial?.chainId === chainId && initial.addresses.join() === addresses.join() ? initial : undefined
  const query = useQuery({
    queryKey: ['treasury', chainId, ...addresses],
    queryFn: () => readTreasuryInBrowser(chainId, addresses),
    enabled: addresses.length > 0,
    initialData: seeded,
    initialDataUpdatedAt: seeded?.readAt,
    placeholderData: keepPreviousData,
    staleTime: blockTimeMs,
    refetchInterval: blockTimeMs,
    // Spelled out because the RPC budget rests on them: no reads in a hidden tab, one as soon as it is visible.
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    retry: false,
  })
  const { data, errorUpdatedAt } = query
  return { snapshot: data, readFailed: data === undefined && errorUpdatedAt > 0 }
}

/**
 * viem's client and the contracts' ABIs load with the first read, after the server-rendered table is on screen;
 * one client per chain, so its multicall batching spans every read.
 */
async function readTreasuryInBrowser(
  chainId: SupportedChainId,
  addresses: readonly Address[],
): Promise<TreasurySnapshot> {
  const { chainReader, readPositions } = await import('./read-positions')
  const client = chainReader(chainId)
  return { chainId, addresses, positions: await readPositions(client, chainId, addresses), readAt: Date.now() }
}
