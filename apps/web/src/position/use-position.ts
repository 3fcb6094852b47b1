import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { readPosition } from '@rialto/protocol/position'
import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Address } from 'viem'
import { usePublicClient } from 'wagmi'
import type { InitialPosition } from './initial-position'
import { useLatestBlockNumber } from './use-latest-block-number'

/** Every position query starts with this key: invalidating it refreshes whatever account is on screen. */
export const positionQueryKeyRoot = ['position'] as const

export const positionQueryKey = (chainId: SupportedChainId, address: Address) =>
  [...positionQueryKeyRoot, chainId, address] as const

/**
 * The address's position from one multicall, read again whenever a new block arrives. A matching
 * server-side read is used as the first data, so the page does not read again until the chain moves.
 */
export function usePosition(address: Address, chainId: SupportedChainId, initial?: InitialPosition) {
  const client = usePublicClient({ chainId })
  const seeded = initial?.chainId === chainId && initial.address === address ? initial : undefined
  const query = useQuery({
    queryKey: positionQueryKey(chainId, address),
    queryFn: () => readPosition(client, { chainId, address }),
    initialData: seeded?.position,
    initialDataUpdatedAt: seeded?.readAt,
    // New blocks decide when the data is old, not a timer.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // The transport already retries; after that, the next block is the next try.
    retry: false,
  })
  const latestBlock = useLatestBlockNumber(chainId)
  const { data: position, errorUpdatedAt, refetch, isFetching } = query
  // Not `isError`: react-query resets it while a retry runs, and the message would flicker.
  const readFailed = position === undefined && errorUpdatedAt > 0

  const readAtBlock = position?.blockNumber
  useEffect(() => {
    if (latestBlock === undefined || isFetching) return
    const stale = readAtBlock === undefined ? readFailed : latestBlock > readAtBlock
    if (stale) refetch()
  }, [latestBlock, readAtBlock, readFailed, refetch, isFetching])

  return { position, readFailed, readAt: query.dataUpdatedAt }
}
